# The list of rule sets in Norwegian: dates as 01.07.2014.
$ rusctl rules show ra-2014
--- exit 0
--- stdout
ra-2014 — Påtalepraksis etter Riksadvokatens rundskriv 2/2014
Type: praksis, versjon 2014-07-01
Status: praksis for avgjørelser fra 1. juli 2014 til 7. april 2022
Gjelder avgjørelser: 01.07.2014 – 07.04.2022
Kilder: ra-2014-2, pod-2019, strl-52a, strpl-71a

Terskeltabell «prosecution»: øvre grense for forelegg/alternativ reaksjon; over grensen ordinær straffeforfølgning
  Tak for ukjente grenser: verdiene i «dependent-user» (praksis fra 2022 (HR-2022)), tolkning: rundskrivets grenser fra 2014 var lavere enn NOU 2019:26s, som er de samme som HR-2022-verdiene (Forbundet Mot Rusgift, høringsuttalelse 7. april 2020: «fra 2 til 20 doser heroin») [fmr-2020, nou-2019-26]
  STOFF                          GRENSE             GRUNNLAG                KILDER
  heroin                         – (≤ 5 g)          ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  kokain                         – (≤ 5 g)          ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  amfetamin                      – (≤ 5 g)          ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  metamfetamin                   – (g)              ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; ingen kilde gir et tak
  GHB (GHB, GBL, 1,4-butandiol)  – (≤ 100 ml)       ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  LSD                            – (≤ 3 lapper)     ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  LSD                            – (≤ 2 mg)         ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  MDMA                           – (≤ 1 g)          ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  cannabis (hasj, marihuana)     15 g               kontrollert mot kilden  ra-2014-2, parat-2020 — fra offentlige gjengivelser av rundskrivet og høringssvaret fra Norges Politilederlag i Parat til NOU 2019:26 (2020)
  fleinsopp (psilocybin)         – (≤ 50 g)         ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  khat                           – (≤ 2000 g)       ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022
  legemidler (rusdoser)          – (≤ 25 rusdoser)  ukjent                  ra-2014-2 — rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022

Grensene er inklusive («ikke overstiger»): en mengde lik grensen er innenfor. «– (≤ x)»: grensen er ukjent, men ikke høyere enn x; en mengde over x er over grensen, en mengde opp til x vurderes som innenfor, og anbefalingen krever kontroll av grensen.
--- stderr
