# The Norwegian report an analyst puts in a memo: provenance, the rules compared, counts, and why each case changed.
$ rusctl compare --rules nou-2019-26-mindretall,prop-92-l-2021,lov-2025 --changed --today 2024-06-01 Tests/golden/cases/memo.ndjson
--- exit 0
--- stdout
SAMMENLIGNING AV REGELSETT
Sammenlignet 8 saker (8 gyldige, 0 ugyldige) etter 4 regelsett; grunnlag praksis fra 2022 (HR-2022)

GRUNNLAG FOR TALLENE
  Laget: 2025-12-01T01:00:00+01:00
  Verktøy: rusctl 0.3.0, commit ikke registrert (utviklerbygg)
  Regeldata: innebygd, fingeravtrykk {rule-data-fingerprint}
  Regelsett: hr-2022 versjon 2022-07-01 — Praksis etter Høyesteretts dommer 8. april 2022 og
    Riksadvokatens brev 13. mai 2022 (praksis, avgjørelser fra 2022-04-08)
  Regelsett: nou-2019-26-mindretall versjon 2019-12 — NOU 2019:26 Rusreform – fra straff til hjelp,
    mindretallets forslag (2 medlemmer) (forslag, aldri i kraft)
  Regelsett: prop-92-l-2021 versjon 2021 — Prop. 92 L (2020–2021) Rusreformen, nedre og øvre
    terskelverdi (forslag, aldri i kraft)
  Regelsett: lov-2025 versjon 2025-06-20 — Lov om endringer i straffeloven og legemiddelloven mv.
    (befatning med mindre mengder narkotika til egen bruk), LOV-2025-06-20-83 (lov, vedtatt
    2025-06-20, ikrafttredelse ukjent: tallene viser loven som om den gjaldt)
  Inndata: Tests/golden/cases/memo.ndjson: 8 saker, SHA-256
    6af152dbfa162d9a2029c38aaed07fba13828879b69d059887d2f25f37fc5aa6
  Dato uten avgjørelsesdato (--today): 2024-06-01
  --in-force: ikke oppgitt

PRAKSIS FRA 2022 (HR-2022) — PRAKSIS ETTER HØYESTERETTS DOMMER 8. APRIL 2022 OG RIKSADVOKATENS BREV
  13. MAI 2022
  • Status: praksis, avgjørelser fra 2022-04-08; versjon 2022-07-01.
  • Grunnlaget: andre regelsett sammenlignes med dette.
                                  grensen for mindre reaksjoner
                                     i Riksadvokatens rundskriv     grensen for rusavhengige i
  Stoff                                                  2/2014     praksis fra 2022 (HR-2022)
  heroin                                      – (≤ 5 g, ukjent)   5 g (kontrollert mot kilden)
  kokain                                      – (≤ 5 g, ukjent)   5 g (kontrollert mot kilden)
  amfetamin                                   – (≤ 5 g, ukjent)   5 g (kontrollert mot kilden)
  metamfetamin                                       – (ukjent)                     – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)            – (≤ 100 ml, ukjent)            100 ml (veiledende)
  LSD                                    – (≤ 3 lapper, ukjent)          3 lapper (veiledende)
  MDMA                                        – (≤ 1 g, ukjent)               1 g (veiledende)
  cannabis (hasj, marihuana)      15 g (kontrollert mot kilden)              15 g (veiledende)
  fleinsopp (psilocybin)                     – (≤ 50 g, ukjent)              50 g (veiledende)
  khat                                     – (≤ 2000 g, ukjent)            2000 g (veiledende)
  legemidler (rusdoser)               – (≤ 25 rusdoser, ukjent)       25 rusdoser (veiledende)

NOU 2019:26 MINDRETALLET — NOU 2019:26 RUSREFORM – FRA STRAFF TIL HJELP, MINDRETALLETS FORSLAG (2
  MEDLEMMER)
  • Status: forslag, aldri i kraft; versjon 2019-12.
  • Når hvert stoff er innenfor terskelverdien i NOU 2019:26 mindretallet (heroin 1 g, kokain 1 g,
    amfetamin 1 g og GHB (GHB, GBL, 1,4-butandiol) 50 ml …): ikke straffbart, pålegg om oppmøte for
    rådgivende enhet for russaker.
  • Saker ingen av trinnene dekker, avgjøres som etter praksis fra 2022 (HR-2022) (sammenligningens
    grunnlag).
  • Lavere enn grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: cannabis (hasj,
    marihuana) 5 g (mot 15 g).
  • Forslag, aldri vedtatt.
  heroin
     terskelverdien i NOU 2019:26 mindretallet: 1 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
  kokain
     terskelverdien i NOU 2019:26 mindretallet: 1 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
  amfetamin
     terskelverdien i NOU 2019:26 mindretallet: 1 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
  metamfetamin
     terskelverdien i NOU 2019:26 mindretallet: – (ukjent)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)
     terskelverdien i NOU 2019:26 mindretallet: 50 ml (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 100 ml, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 100 ml (veiledende)
  LSD
     terskelverdien i NOU 2019:26 mindretallet: 1 lapp (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 3 lapper, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 3 lapper (veiledende)
  MDMA
     terskelverdien i NOU 2019:26 mindretallet: 1 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 1 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 1 g (veiledende)
  cannabis (hasj, marihuana)
     terskelverdien i NOU 2019:26 mindretallet: 5 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: 15 g (kontrollert mot kilden)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 15 g (veiledende)
  fleinsopp (psilocybin)
     terskelverdien i NOU 2019:26 mindretallet: 50 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 50 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 50 g (veiledende)
  khat
     terskelverdien i NOU 2019:26 mindretallet: 500 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 2000 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 2000 g (veiledende)
  legemidler (rusdoser)
     terskelverdien i NOU 2019:26 mindretallet: 5 rusdoser (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 25 rusdoser, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 25 rusdoser (veiledende)

PROP. 92 L (2020–2021) — PROP. 92 L (2020–2021) RUSREFORMEN, NEDRE OG ØVRE TERSKELVERDI
  • Status: forslag, aldri i kraft; versjon 2021.
  • Når hvert stoff er innenfor den nedre terskelverdien i Prop. 92 L (2020–2021) (heroin 2 g,
    kokain 2 g, amfetamin 2 g og GHB (GHB, GBL, 1,4-butandiol) 50 ml …, høyst 3 ulike stoffer): ikke
    straffbart, pålegg om oppmøte for rådgivende enhet for russaker.
  • Når hvert stoff er innenfor den øvre terskelverdien i Prop. 92 L (2020–2021) (heroin 5 g, kokain
    5 g, amfetamin 5 g og GHB (GHB, GBL, 1,4-butandiol) 100 ml …): straffbart, påtaleunnlatelse med
    vilkår om prøvetid og oppmøte for rådgivende enhet for russaker.
  • Saker ingen av trinnene dekker, avgjøres som etter praksis fra 2022 (HR-2022) (sammenligningens
    grunnlag).
  • Lovforslag, forkastet av Stortinget 3. juni 2021 (Innst. 612 L (2020–2021)).
  heroin
     den nedre terskelverdien i Prop. 92 L (2020–2021): 2 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 5 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
  kokain
     den nedre terskelverdien i Prop. 92 L (2020–2021): 2 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 5 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
  amfetamin
     den nedre terskelverdien i Prop. 92 L (2020–2021): 2 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 5 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
  metamfetamin
     den nedre terskelverdien i Prop. 92 L (2020–2021): – (ukjent)
     den øvre terskelverdien i Prop. 92 L (2020–2021): – (ukjent)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)
     den nedre terskelverdien i Prop. 92 L (2020–2021): 50 ml (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 100 ml (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 100 ml, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 100 ml (veiledende)
  LSD
     den nedre terskelverdien i Prop. 92 L (2020–2021): 1 lapp (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 3 lapper (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 3 lapper, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 3 lapper (veiledende)
  MDMA
     den nedre terskelverdien i Prop. 92 L (2020–2021): 0,5 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 1 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 1 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 1 g (veiledende)
  cannabis (hasj, marihuana)
     den nedre terskelverdien i Prop. 92 L (2020–2021): 10 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 15 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: 15 g (kontrollert mot kilden)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 15 g (veiledende)
  fleinsopp (psilocybin)
     den nedre terskelverdien i Prop. 92 L (2020–2021): 20 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 50 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 50 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 50 g (veiledende)
  khat
     den nedre terskelverdien i Prop. 92 L (2020–2021): 500 g (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 2000 g (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 2000 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 2000 g (veiledende)
  legemidler (rusdoser)
     den nedre terskelverdien i Prop. 92 L (2020–2021): 15 rusdoser (kontrollert mot kilden)
     den øvre terskelverdien i Prop. 92 L (2020–2021): 25 rusdoser (kontrollert mot kilden)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 25 rusdoser, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 25 rusdoser (veiledende)

LOVENDRINGEN 2025 (LOV-2025-06-20-83) — LOV OM ENDRINGER I STRAFFELOVEN OG LEGEMIDDELLOVEN MV.
  (BEFATNING MED MINDRE MENGDER NARKOTIKA TIL EGEN BRUK), LOV-2025-06-20-83
  • Status: lov, vedtatt 2025-06-20, ikrafttredelse ukjent: tallene viser loven som om den gjaldt;
    versjon 2025-06-20.
  • Ukjent grense der grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014 er kjent
    (tallene bygger på taket): cannabis (hasj, marihuana) (≤ 15 g).
  • Reaksjonen avgjøres av regelen for mengder over «en mindre mengde» («above-mindre-mengde»),
    regelen for ungdom etter lovendringen 2025 («ungdom-2025») og regelen for voksne etter
    lovendringen 2025 («adult-2025») i stedet for regelen for mengdegrensen («quantity»), regelen
    for ungdom («ungdom») og regelen for voksne («adult»).
  • Bruk alene er omfattet uansett mengde; mengden sammenlignes ikke med grensene.
  • Vedtatt, men ikrafttredelsen er ukjent: uten --in-force viser tallene loven som om den gjaldt.
  heroin
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): 3 g (veiledende)
  kokain
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 5 g, ukjent)
  amfetamin
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 5 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 5 g (kontrollert mot kilden)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 5 g, ukjent)
  metamfetamin
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): – (ukjent)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 100 ml, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 100 ml (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 100 ml, ukjent)
  LSD
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 3 lapper, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 3 lapper (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 3 lapper, ukjent)
  MDMA
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 1 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 1 g (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 1 g, ukjent)
  cannabis (hasj, marihuana)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: 15 g (kontrollert mot kilden)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 15 g (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 15 g, ukjent)
  fleinsopp (psilocybin)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 50 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 50 g (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 50 g, ukjent)
  khat
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 2000 g, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 2000 g (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 2000 g, ukjent)
  legemidler (rusdoser)
     grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: – (≤ 25 rusdoser, ukjent)
     grensen for rusavhengige i praksis fra 2022 (HR-2022): 25 rusdoser (veiledende)
     grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83): – (≤ 25 rusdoser,
       ukjent)

STRAFFANSVAR
                                      Praksis
                                     fra 2022    NOU 2019:26    Prop. 92 L     Lovendringen 2025
                                    (HR-2022)   mindretallet   (2020–2021)   (LOV-2025-06-20-83)
  ikke strafferettslig ansvarlig   1 (12,5 %)     1 (12,5 %)    1 (12,5 %)            1 (12,5 %)
  ikke straffbart                   0 (0,0 %)     3 (37,5 %)    3 (37,5 %)             0 (0,0 %)
  straffbart                       6 (75,0 %)     3 (37,5 %)    3 (37,5 %)            6 (75,0 %)
  ordinær straffeforfølgning       1 (12,5 %)     1 (12,5 %)    1 (12,5 %)            1 (12,5 %)

ANBEFALT REAKSJON
  bekymringssamtale
     Praksis fra 2022 (HR-2022): 1 (12,5 %)
     NOU 2019:26 mindretallet: 1 (12,5 %)
     Prop. 92 L (2020–2021): 1 (12,5 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (12,5 %)
  påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 3 (37,5 %)
     NOU 2019:26 mindretallet: 2 (25,0 %)
     Prop. 92 L (2020–2021): 3 (37,5 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 3 (37,5 %)
  forelegg
     Praksis fra 2022 (HR-2022): 3 (37,5 %)
     NOU 2019:26 mindretallet: 1 (12,5 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 3 (37,5 %)
  pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 3 (37,5 %)
     Prop. 92 L (2020–2021): 3 (37,5 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  ingen reaksjon
     Praksis fra 2022 (HR-2022): 1 (12,5 %)
     NOU 2019:26 mindretallet: 1 (12,5 %)
     Prop. 92 L (2020–2021): 1 (12,5 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (12,5 %)

ENDRET FRA GRUNNLAGET
                                          Praksis
                                         fra 2022   NOU 2019:26   Prop. 92 L    Lovendringen 2025
                                        (HR-2022)  mindretallet  (2020–2021)  (LOV-2025-06-20-83)
  endret                                        —    3 (37,5 %)   6 (75,0 %)           4 (50,0 %)
  av dem: samme reaksjon, andre vilkår          —     0 (0,0 %)   2 (25,0 %)           1 (12,5 %)
  «Endret» betyr at straffansvaret, den anbefalte reaksjonen eller vilkårene for den
    (påtaleunnlatelse uten vilkår eller med prøvetid, ruskontrakt, oppmøte for rådgivende enhet)
    avviker fra grunnlaget.

HVA SOM HVILER PÅ UKJENTE GRENSER
  saker som hviler på en ukjent grense
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (25,0 %)
  endringer som hviler på en ukjent grense
     Praksis fra 2022 (HR-2022): —
     NOU 2019:26 mindretallet: 0 av 3
     Prop. 92 L (2020–2021): 0 av 6
     Lovendringen 2025 (LOV-2025-06-20-83): 2 av 4
  anbefalt: forelegg
     Praksis fra 2022 (HR-2022): 3 (37,5 %)
     NOU 2019:26 mindretallet: 1 (12,5 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  anbefalt: forelegg — andre lesning
     Praksis fra 2022 (HR-2022): 3 (37,5 %)
     NOU 2019:26 mindretallet: 1 (12,5 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (25,0 %)
  anbefalt: forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 3 (37,5 %)
  anbefalt: forenklet forelegg — andre lesning
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (12,5 %)
  Alle andre tall i rapporten regner grenser som verktøyet ikke kjenner, som overholdt, slik reglene
    gjør (en ukjent verdi skal aldri gi et strengere svar); «andre lesning» setter hver ukjent
    grense under mengdene i sakene, som om den var overskredet. En sak hviler på en ukjent grense
    når de to lesningene gir ulikt straffansvar eller ulik anbefalt reaksjon etter regelsettet, en
    endring når de gjør det etter regelsettet eller grunnlaget. Forskjellen mellom lesningene er
    usikkerhet om rettskildene; intervallene fra --seeds måler bare tilfeldig variasjon mellom
    syntetiske trekk.

SAMME REAKSJON, ANDRE VILKÅR
  Prop. 92 L (2020–2021)
     etter grunnlaget: påtaleunnlatelse uten vilkår
     etter regelsettet: påtaleunnlatelse med prøvetid og oppmøte for rådgivende enhet for russaker
     saker: 2
  Lovendringen 2025 (LOV-2025-06-20-83)
     etter grunnlaget: påtaleunnlatelse med prøvetid, ruskontrakt og oppmøte for rådgivende enhet
       for russaker
     etter regelsettet: påtaleunnlatelse med prøvetid og oppmøte for rådgivende enhet for russaker
     saker: 1

STRAFFANSVAR ETTER ALDERSGRUPPE (ANDEL AV GRUPPEN)
  barn (under 15 år): ikke strafferettslig ansvarlig
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  ungdom (15–17 år): ikke straffbart
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  ungdom (15–17 år): straffbart
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  ung voksen (18–24 år): ikke straffbart
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  ung voksen (18–24 år): straffbart
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  voksen (25 år og eldre): ikke straffbart
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  voksen (25 år og eldre): straffbart
     Praksis fra 2022 (HR-2022): 4 (80,0 %)
     NOU 2019:26 mindretallet: 3 (60,0 %)
     Prop. 92 L (2020–2021): 3 (60,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 4 (80,0 %)
  voksen (25 år og eldre): ordinær straffeforfølgning
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)

STRAFFANSVAR ETTER STOFF (ANDEL AV SAKER MED STOFFET)
  heroin: straffbart
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  kokain: ikke straffbart
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  kokain: straffbart
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  amfetamin: straffbart
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  cannabis (hasj, marihuana): ikke strafferettslig ansvarlig
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)
  cannabis (hasj, marihuana): ikke straffbart
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 2 (40,0 %)
     Prop. 92 L (2020–2021): 2 (40,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  cannabis (hasj, marihuana): straffbart
     Praksis fra 2022 (HR-2022): 3 (60,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 3 (60,0 %)
  cannabis (hasj, marihuana): ordinær straffeforfølgning
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)

STRAFFANSVAR ETTER RUSAVHENGIGHET (ANDEL AV GRUPPEN)
  rusavhengig nei: ikke strafferettslig ansvarlig
     Praksis fra 2022 (HR-2022): 1 (16,7 %)
     NOU 2019:26 mindretallet: 1 (16,7 %)
     Prop. 92 L (2020–2021): 1 (16,7 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (16,7 %)
  rusavhengig nei: ikke straffbart
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 3 (50,0 %)
     Prop. 92 L (2020–2021): 3 (50,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  rusavhengig nei: straffbart
     Praksis fra 2022 (HR-2022): 4 (66,7 %)
     NOU 2019:26 mindretallet: 1 (16,7 %)
     Prop. 92 L (2020–2021): 1 (16,7 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 4 (66,7 %)
  rusavhengig nei: ordinær straffeforfølgning
     Praksis fra 2022 (HR-2022): 1 (16,7 %)
     NOU 2019:26 mindretallet: 1 (16,7 %)
     Prop. 92 L (2020–2021): 1 (16,7 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (16,7 %)
  rusavhengig ja: straffbart
     Praksis fra 2022 (HR-2022): 2 (100,0 %)
     NOU 2019:26 mindretallet: 2 (100,0 %)
     Prop. 92 L (2020–2021): 2 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (100,0 %)

ANBEFALT REAKSJON ETTER ALDERSGRUPPE (ANDEL AV GRUPPEN)
  barn (under 15 år): bekymringssamtale
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  ungdom (15–17 år): påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  ungdom (15–17 år): pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  ung voksen (18–24 år): forelegg
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  ung voksen (18–24 år): forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  ung voksen (18–24 år): pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  voksen (25 år og eldre): påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 2 (40,0 %)
     NOU 2019:26 mindretallet: 2 (40,0 %)
     Prop. 92 L (2020–2021): 3 (60,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (40,0 %)
  voksen (25 år og eldre): forelegg
     Praksis fra 2022 (HR-2022): 2 (40,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  voksen (25 år og eldre): forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (40,0 %)
  voksen (25 år og eldre): pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  voksen (25 år og eldre): ingen reaksjon
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)

ANBEFALT REAKSJON ETTER STOFF (ANDEL AV SAKER MED STOFFET)
  heroin: påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  kokain: forelegg
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  kokain: forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  kokain: pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  amfetamin: påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 1 (100,0 %)
     NOU 2019:26 mindretallet: 1 (100,0 %)
     Prop. 92 L (2020–2021): 1 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (100,0 %)
  cannabis (hasj, marihuana): bekymringssamtale
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)
  cannabis (hasj, marihuana): påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)
  cannabis (hasj, marihuana): forelegg
     Praksis fra 2022 (HR-2022): 2 (40,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  cannabis (hasj, marihuana): forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (40,0 %)
  cannabis (hasj, marihuana): pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 2 (40,0 %)
     Prop. 92 L (2020–2021): 2 (40,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  cannabis (hasj, marihuana): ingen reaksjon
     Praksis fra 2022 (HR-2022): 1 (20,0 %)
     NOU 2019:26 mindretallet: 1 (20,0 %)
     Prop. 92 L (2020–2021): 1 (20,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (20,0 %)

ANBEFALT REAKSJON ETTER RUSAVHENGIGHET (ANDEL AV GRUPPEN)
  rusavhengig nei: bekymringssamtale
     Praksis fra 2022 (HR-2022): 1 (16,7 %)
     NOU 2019:26 mindretallet: 1 (16,7 %)
     Prop. 92 L (2020–2021): 1 (16,7 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (16,7 %)
  rusavhengig nei: påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 1 (16,7 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 1 (16,7 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (16,7 %)
  rusavhengig nei: forelegg
     Praksis fra 2022 (HR-2022): 3 (50,0 %)
     NOU 2019:26 mindretallet: 1 (16,7 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  rusavhengig nei: forenklet forelegg
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 0 (0,0 %)
     Prop. 92 L (2020–2021): 0 (0,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 3 (50,0 %)
  rusavhengig nei: pålegg om oppmøte for rådgivende enhet for russaker
     Praksis fra 2022 (HR-2022): 0 (0,0 %)
     NOU 2019:26 mindretallet: 3 (50,0 %)
     Prop. 92 L (2020–2021): 3 (50,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 0 (0,0 %)
  rusavhengig nei: ingen reaksjon
     Praksis fra 2022 (HR-2022): 1 (16,7 %)
     NOU 2019:26 mindretallet: 1 (16,7 %)
     Prop. 92 L (2020–2021): 1 (16,7 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 1 (16,7 %)
  rusavhengig ja: påtaleunnlatelse
     Praksis fra 2022 (HR-2022): 2 (100,0 %)
     NOU 2019:26 mindretallet: 2 (100,0 %)
     Prop. 92 L (2020–2021): 2 (100,0 %)
     Lovendringen 2025 (LOV-2025-06-20-83): 2 (100,0 %)

OVERGANGER PRAKSIS FRA 2022 (HR-2022) → NOU 2019:26 MINDRETALLET (3 ENDRET)
  forelegg (straffbart)
     til (NOU 2019:26 mindretallet): pålegg om oppmøte for rådgivende enhet for russaker (ikke
       straffbart)
     saker: 2
  påtaleunnlatelse (straffbart)
     til (NOU 2019:26 mindretallet): pålegg om oppmøte for rådgivende enhet for russaker (ikke
       straffbart)
     saker: 1

OVERGANGER PRAKSIS FRA 2022 (HR-2022) → PROP. 92 L (2020–2021) (6 ENDRET)
  forelegg (straffbart)
     til (Prop. 92 L (2020–2021)): pålegg om oppmøte for rådgivende enhet for russaker (ikke
       straffbart)
     saker: 2
  påtaleunnlatelse (straffbart)
     til (Prop. 92 L (2020–2021)): pålegg om oppmøte for rådgivende enhet for russaker (ikke
       straffbart)
     saker: 1
  forelegg (straffbart)
     til (Prop. 92 L (2020–2021)): påtaleunnlatelse (straffbart)
     saker: 1

OVERGANGER PRAKSIS FRA 2022 (HR-2022) → LOVENDRINGEN 2025 (LOV-2025-06-20-83) (4 ENDRET)
  fra (praksis fra 2022 (HR-2022))   til (lovendringen 2025 (LOV-2025-06-20-83))   saker
  forelegg (straffbart)              forenklet forelegg (straffbart)                   3

ENDRINGER ETTER ÅRSAK
  1  NOU 2019:26 mindretallet: regelen for voksne («adult») → trinnet innenfor terskelverdien
     («innenfor-terskel»); cannabis (hasj, marihuana) ≤ 5 g (terskelverdien i NOU 2019:26
     mindretallet)
  1  NOU 2019:26 mindretallet: regelen for ungdom («ungdom») → trinnet innenfor terskelverdien
     («innenfor-terskel»); cannabis (hasj, marihuana) ≤ 5 g (terskelverdien i NOU 2019:26
     mindretallet)
  1  NOU 2019:26 mindretallet: regelen for voksne («adult») → trinnet innenfor terskelverdien
     («innenfor-terskel»); kokain uten mengde: bruk alene — ingenting å sammenligne (terskelverdien
     i NOU 2019:26 mindretallet)
  2  Prop. 92 L (2020–2021): samme reaksjon, andre vilkår: uten vilkår → med prøvetid og oppmøte for
     rådgivende enhet for russaker
  1  Prop. 92 L (2020–2021): regelen for voksne («adult») → trinnet innenfor nedre terskelverdi
     («under-nedre»); cannabis (hasj, marihuana) ≤ 10 g (den nedre terskelverdien i Prop. 92 L
     (2020–2021))
  1  Prop. 92 L (2020–2021): regelen for voksne («adult») → trinnet mellom nedre og øvre
     terskelverdi («under-ovre»); cannabis (hasj, marihuana) > 10 g (den nedre terskelverdien i
     Prop. 92 L (2020–2021))
  1  Prop. 92 L (2020–2021): regelen for ungdom («ungdom») → trinnet innenfor nedre terskelverdi
     («under-nedre»); cannabis (hasj, marihuana) ≤ 10 g (den nedre terskelverdien i Prop. 92 L
     (2020–2021))
  1  Prop. 92 L (2020–2021): regelen for voksne («adult») → trinnet innenfor nedre terskelverdi
     («under-nedre»); kokain uten mengde: bruk alene — ingenting å sammenligne (den nedre
     terskelverdien i Prop. 92 L (2020–2021))
  2  Lovendringen 2025 (LOV-2025-06-20-83): regelen for voksne («adult») → regelen for voksne etter
     lovendringen 2025 («adult-2025»); cannabis (hasj, marihuana), grensen ukjent (≤ 15 g) (grensen
     for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83))
  1  Lovendringen 2025 (LOV-2025-06-20-83): samme reaksjon, andre vilkår: med prøvetid, ruskontrakt
     og oppmøte for rådgivende enhet for russaker → med prøvetid og oppmøte for rådgivende enhet for
     russaker
  1  Lovendringen 2025 (LOV-2025-06-20-83): regelen for voksne («adult») → regelen for voksne etter
     lovendringen 2025 («adult-2025»); kokain uten mengde: bruk alene — ingenting å sammenligne
     (grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83))

ENDREDE SAKER
  #0 voksen-hasj-3g — voksen (25 år og eldre) — cannabis (hasj, marihuana) 3 g
     Praksis fra 2022 (HR-2022): forelegg (straffbart) — regelen for voksne («adult»); cannabis
       (hasj, marihuana) 3 g ≤ 15 g (grensen for mindre reaksjoner i Riksadvokatens rundskriv
       2/2014)
     NOU 2019:26 mindretallet: pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)
       — trinnet innenfor terskelverdien («innenfor-terskel»); cannabis (hasj, marihuana) 3 g ≤ 5 g
       (terskelverdien i NOU 2019:26 mindretallet)
     Prop. 92 L (2020–2021): pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) —
       trinnet innenfor nedre terskelverdi («under-nedre»); cannabis (hasj, marihuana) 3 g ≤ 10 g
       (den nedre terskelverdien i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): forenklet forelegg (straffbart) — regelen for voksne
       etter lovendringen 2025 («adult-2025»); cannabis (hasj, marihuana) 3 g, grensen ukjent (≤
       15 g) (grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83))
  #1 voksen-hasj-12g — voksen (25 år og eldre) — cannabis (hasj, marihuana) 12 g
     Praksis fra 2022 (HR-2022): forelegg (straffbart) — regelen for voksne («adult»); cannabis
       (hasj, marihuana) 12 g ≤ 15 g (grensen for mindre reaksjoner i Riksadvokatens rundskriv
       2/2014)
     NOU 2019:26 mindretallet: uendret
     Prop. 92 L (2020–2021): påtaleunnlatelse (straffbart) — trinnet mellom nedre og øvre
       terskelverdi («under-ovre»); cannabis (hasj, marihuana) 12 g > 10 g (den nedre terskelverdien
       i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): forenklet forelegg (straffbart) — regelen for voksne
       etter lovendringen 2025 («adult-2025»); cannabis (hasj, marihuana) 12 g, grensen ukjent (≤
       15 g) (grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83))
  #3 ungdom-hasj-4g — ungdom (15–17 år) — cannabis (hasj, marihuana) 4 g
     Praksis fra 2022 (HR-2022): påtaleunnlatelse (straffbart) — regelen for ungdom («ungdom»);
       cannabis (hasj, marihuana) 4 g ≤ 15 g (grensen for mindre reaksjoner i Riksadvokatens
       rundskriv 2/2014) (med prøvetid, ruskontrakt og oppmøte for rådgivende enhet for russaker)
     NOU 2019:26 mindretallet: pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)
       — trinnet innenfor terskelverdien («innenfor-terskel»); cannabis (hasj, marihuana) 4 g ≤ 5 g
       (terskelverdien i NOU 2019:26 mindretallet)
     Prop. 92 L (2020–2021): pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) —
       trinnet innenfor nedre terskelverdi («under-nedre»); cannabis (hasj, marihuana) 4 g ≤ 10 g
       (den nedre terskelverdien i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): påtaleunnlatelse (straffbart) (med prøvetid og oppmøte
       for rådgivende enhet for russaker)
  #4 voksen-heroin-2,5g — voksen (25 år og eldre) — heroin 2,5 g
     Praksis fra 2022 (HR-2022): påtaleunnlatelse (straffbart) — regelen for rusavhengige
       («dependent-user»); heroin 2,5 g ≤ 5 g (grensen for rusavhengige i praksis fra 2022
       (HR-2022)) (uten vilkår)
     NOU 2019:26 mindretallet: uendret
     Prop. 92 L (2020–2021): påtaleunnlatelse (straffbart) (med prøvetid og oppmøte for rådgivende
       enhet for russaker)
     Lovendringen 2025 (LOV-2025-06-20-83): uendret
  #5 avhengig-amfetamin-4g — voksen (25 år og eldre) — amfetamin 4 g
     Praksis fra 2022 (HR-2022): påtaleunnlatelse (straffbart) — regelen for rusavhengige
       («dependent-user»); amfetamin 4 g ≤ 5 g (grensen for rusavhengige i praksis fra 2022
       (HR-2022)) (uten vilkår)
     NOU 2019:26 mindretallet: uendret
     Prop. 92 L (2020–2021): påtaleunnlatelse (straffbart) (med prøvetid og oppmøte for rådgivende
       enhet for russaker)
     Lovendringen 2025 (LOV-2025-06-20-83): uendret
  #6 bruk-uten-mengde — ung voksen (18–24 år) — kokain
     Praksis fra 2022 (HR-2022): forelegg (straffbart) — regelen for voksne («adult»); kokain uten
       mengde: bruk alene — ingenting å sammenligne (grensen for mindre reaksjoner i Riksadvokatens
       rundskriv 2/2014)
     NOU 2019:26 mindretallet: pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)
       — trinnet innenfor terskelverdien («innenfor-terskel»); kokain uten mengde: bruk alene —
       ingenting å sammenligne (terskelverdien i NOU 2019:26 mindretallet)
     Prop. 92 L (2020–2021): pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) —
       trinnet innenfor nedre terskelverdi («under-nedre»); kokain uten mengde: bruk alene —
       ingenting å sammenligne (den nedre terskelverdien i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): forenklet forelegg (straffbart) — regelen for voksne
       etter lovendringen 2025 («adult-2025»); kokain uten mengde: bruk alene — ingenting å
       sammenligne (grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83))
--- stderr
