# The Norwegian report an analyst puts in a memo: provenance, the rules compared, counts, and why each case changed.
$ rusctl compare --rules nou-2019-26-mindretall,prop-92-l-2021,lov-2025 --changed --today 2024-06-01 Tests/golden/cases/memo.ndjson
--- exit 0
--- stdout
SAMMENLIGNING AV REGELSETT
Sammenlignet 8 saker (8 gyldige, 0 ugyldige) etter 4 regelsett; grunnlag Praksis fra 2022 (HR-2022)

GRUNNLAG FOR TALLENE
  Laget: 2025-12-01T01:00:00+01:00
  Verktøy: rusctl 0.2.0, commit ikke registrert (utviklerbygg)
  Regeldata: innebygd, fingeravtrykk {rule-data-fingerprint}
  Regelsett: hr-2022 versjon 2022-07-01 — Praksis etter Høyesteretts dommer 8. april 2022 og Riksadvokatens brev 13. mai 2022 (praksis, avgjørelser fra 2022-04-08)
  Regelsett: nou-2019-26-mindretall versjon 2019-12 — NOU 2019:26 Rusreform – fra straff til hjelp, mindretallets forslag (2 medlemmer) (forslag, aldri i kraft)
  Regelsett: prop-92-l-2021 versjon 2021 — Prop. 92 L (2020–2021) Rusreformen, nedre og øvre terskelverdi (forslag, aldri i kraft)
  Regelsett: lov-2025 versjon 2025-06-20 — Lov om endringer i straffeloven og legemiddelloven mv. (befatning med mindre mengder narkotika til egen bruk), LOV-2025-06-20-83 (lov, vedtatt 2025-06-20, ikrafttredelse ukjent: tallene viser loven som om den gjaldt)
  Inndata: Tests/golden/cases/memo.ndjson: 8 saker, SHA-256 6af152dbfa162d9a2029c38aaed07fba13828879b69d059887d2f25f37fc5aa6
  Dato uten avgjørelsesdato (--today): 2024-06-01
  --in-force: ikke oppgitt

PRAKSIS FRA 2022 (HR-2022) — PRAKSIS ETTER HØYESTERETTS DOMMER 8. APRIL 2022 OG RIKSADVOKATENS BREV 13. MAI 2022
  • Status: praksis, avgjørelser fra 2022-04-08; versjon 2022-07-01.
  • Grunnlaget: andre regelsett sammenlignes med dette.
  Stoff                           grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014   grensen for rusavhengige i Praksis fra 2022 (HR-2022)
  heroin                                                                        – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  kokain                                                                        – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  amfetamin                                                                     – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  metamfetamin                                                                         – (ukjent)                                              – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)                                              – (≤ 100 ml, ukjent)                                     100 ml (veiledende)
  LSD                                                                      – (≤ 3 lapper, ukjent)                                   3 lapper (veiledende)
  MDMA                                                                          – (≤ 1 g, ukjent)                                        1 g (veiledende)
  cannabis (hasj, marihuana)                                        15 g (kontrollert mot kilden)                                       15 g (veiledende)
  fleinsopp (psilocybin)                                                       – (≤ 50 g, ukjent)                                       50 g (veiledende)
  khat                                                                       – (≤ 2000 g, ukjent)                                     2000 g (veiledende)
  legemidler (rusdoser)                                                 – (≤ 25 rusdoser, ukjent)                                25 rusdoser (veiledende)

NOU 2019:26 MINDRETALLET — NOU 2019:26 RUSREFORM – FRA STRAFF TIL HJELP, MINDRETALLETS FORSLAG (2 MEDLEMMER)
  • Status: forslag, aldri i kraft; versjon 2019-12.
  • Når hvert stoff er innenfor terskelverdien «terskel» i NOU 2019:26 mindretallet (heroin 1 g, kokain 1 g, amfetamin 1 g og GHB (GHB, GBL, 1,4-butandiol) 50 ml …): ikke straffbart, pålegg om oppmøte for rådgivende enhet for russaker.
  • Saker ingen av trinnene dekker, avgjøres som etter Praksis fra 2022 (HR-2022) (sammenligningens grunnlag).
  • Lavere enn grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014: cannabis (hasj, marihuana) 5 g (mot 15 g).
  • Forslag, aldri vedtatt.
  Stoff                           terskelverdien «terskel» i NOU 2019:26 mindretallet   grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014   grensen for rusavhengige i Praksis fra 2022 (HR-2022)
  heroin                                                 1 g (kontrollert mot kilden)                                                 – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  kokain                                                 1 g (kontrollert mot kilden)                                                 – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  amfetamin                                              1 g (kontrollert mot kilden)                                                 – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  metamfetamin                                                             – (ukjent)                                                        – (ukjent)                                              – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)                        50 ml (kontrollert mot kilden)                                              – (≤ 100 ml, ukjent)                                     100 ml (veiledende)
  LSD                                                 1 lapp (kontrollert mot kilden)                                            – (≤ 3 lapper, ukjent)                                   3 lapper (veiledende)
  MDMA                                                   1 g (kontrollert mot kilden)                                                 – (≤ 1 g, ukjent)                                        1 g (veiledende)
  cannabis (hasj, marihuana)                             5 g (kontrollert mot kilden)                                     15 g (kontrollert mot kilden)                                       15 g (veiledende)
  fleinsopp (psilocybin)                                50 g (kontrollert mot kilden)                                                – (≤ 50 g, ukjent)                                       50 g (veiledende)
  khat                                                 500 g (kontrollert mot kilden)                                              – (≤ 2000 g, ukjent)                                     2000 g (veiledende)
  legemidler (rusdoser)                           5 rusdoser (kontrollert mot kilden)                                         – (≤ 25 rusdoser, ukjent)                                25 rusdoser (veiledende)

PROP. 92 L (2020–2021) — PROP. 92 L (2020–2021) RUSREFORMEN, NEDRE OG ØVRE TERSKELVERDI
  • Status: forslag, aldri i kraft; versjon 2021.
  • Når hvert stoff er innenfor terskelverdien «nedre» i Prop. 92 L (2020–2021) (heroin 2 g, kokain 2 g, amfetamin 2 g og GHB (GHB, GBL, 1,4-butandiol) 50 ml …, høyst 3 ulike stoffer): ikke straffbart, pålegg om oppmøte for rådgivende enhet for russaker.
  • Når hvert stoff er innenfor terskelverdien «ovre» i Prop. 92 L (2020–2021) (heroin 5 g, kokain 5 g, amfetamin 5 g og GHB (GHB, GBL, 1,4-butandiol) 100 ml …): straffbart, påtaleunnlatelse (prøvetid og oppmøte for rådgivende enhet for russaker).
  • Saker ingen av trinnene dekker, avgjøres som etter Praksis fra 2022 (HR-2022) (sammenligningens grunnlag).
  • Lovforslag, forkastet av Stortinget 3. juni 2021 (Innst. 612 L (2020–2021)).
  Stoff                           terskelverdien «nedre» i Prop. 92 L (2020–2021)   terskelverdien «ovre» i Prop. 92 L (2020–2021)   grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014   grensen for rusavhengige i Praksis fra 2022 (HR-2022)
  heroin                                             2 g (kontrollert mot kilden)                     5 g (kontrollert mot kilden)                                                 – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  kokain                                             2 g (kontrollert mot kilden)                     5 g (kontrollert mot kilden)                                                 – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  amfetamin                                          2 g (kontrollert mot kilden)                     5 g (kontrollert mot kilden)                                                 – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)
  metamfetamin                                                         – (ukjent)                                       – (ukjent)                                                        – (ukjent)                                              – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)                    50 ml (kontrollert mot kilden)                  100 ml (kontrollert mot kilden)                                              – (≤ 100 ml, ukjent)                                     100 ml (veiledende)
  LSD                                             1 lapp (kontrollert mot kilden)                3 lapper (kontrollert mot kilden)                                            – (≤ 3 lapper, ukjent)                                   3 lapper (veiledende)
  MDMA                                             0,5 g (kontrollert mot kilden)                     1 g (kontrollert mot kilden)                                                 – (≤ 1 g, ukjent)                                        1 g (veiledende)
  cannabis (hasj, marihuana)                        10 g (kontrollert mot kilden)                    15 g (kontrollert mot kilden)                                     15 g (kontrollert mot kilden)                                       15 g (veiledende)
  fleinsopp (psilocybin)                            20 g (kontrollert mot kilden)                    50 g (kontrollert mot kilden)                                                – (≤ 50 g, ukjent)                                       50 g (veiledende)
  khat                                             500 g (kontrollert mot kilden)                  2000 g (kontrollert mot kilden)                                              – (≤ 2000 g, ukjent)                                     2000 g (veiledende)
  legemidler (rusdoser)                      15 rusdoser (kontrollert mot kilden)             25 rusdoser (kontrollert mot kilden)                                         – (≤ 25 rusdoser, ukjent)                                25 rusdoser (veiledende)

LOVENDRINGEN 2025 (LOV-2025-06-20-83) — LOV OM ENDRINGER I STRAFFELOVEN OG LEGEMIDDELLOVEN MV. (BEFATNING MED MINDRE MENGDER NARKOTIKA TIL EGEN BRUK), LOV-2025-06-20-83
  • Status: lov, vedtatt 2025-06-20, ikrafttredelse ukjent: tallene viser loven som om den gjaldt; versjon 2025-06-20.
  • Ukjent grense (tallene bygger på taket): cannabis (hasj, marihuana) (≤ 15 g).
  • Reaksjonen avgjøres av regelen for over «en mindre mengde» («above-mindre-mengde»), regelen for ungdom etter lovendringen 2025 («ungdom-2025») og regelen for voksne etter lovendringen 2025 («adult-2025») i stedet for regelen for mengdegrensen («quantity»), regelen for ungdom («ungdom») og regelen for voksne («adult»).
  • Bruk alene er omfattet uansett mengde; mengden sammenlignes ikke med grensene.
  • Vedtatt, men ikrafttredelsen er ukjent: uten --in-force viser tallene loven som om den gjaldt.
  Stoff                           grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014   grensen for rusavhengige i Praksis fra 2022 (HR-2022)   grensen for «en mindre mengde» i Lovendringen 2025 (LOV-2025-06-20-83)
  heroin                                                                        – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)                                                         3 g (veiledende)
  kokain                                                                        – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)                                                        – (≤ 5 g, ukjent)
  amfetamin                                                                     – (≤ 5 g, ukjent)                            5 g (kontrollert mot kilden)                                                        – (≤ 5 g, ukjent)
  metamfetamin                                                                         – (ukjent)                                              – (ukjent)                                                               – (ukjent)
  GHB (GHB, GBL, 1,4-butandiol)                                              – (≤ 100 ml, ukjent)                                     100 ml (veiledende)                                                     – (≤ 100 ml, ukjent)
  LSD                                                                      – (≤ 3 lapper, ukjent)                                   3 lapper (veiledende)                                                   – (≤ 3 lapper, ukjent)
  MDMA                                                                          – (≤ 1 g, ukjent)                                        1 g (veiledende)                                                        – (≤ 1 g, ukjent)
  cannabis (hasj, marihuana)                                        15 g (kontrollert mot kilden)                                       15 g (veiledende)                                                       – (≤ 15 g, ukjent)
  fleinsopp (psilocybin)                                                       – (≤ 50 g, ukjent)                                       50 g (veiledende)                                                       – (≤ 50 g, ukjent)
  khat                                                                       – (≤ 2000 g, ukjent)                                     2000 g (veiledende)                                                     – (≤ 2000 g, ukjent)
  legemidler (rusdoser)                                                 – (≤ 25 rusdoser, ukjent)                                25 rusdoser (veiledende)                                                – (≤ 25 rusdoser, ukjent)

STRAFFANSVAR
                                   Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  ikke strafferettslig ansvarlig                   1 (12,5 %)                 1 (12,5 %)               1 (12,5 %)                              1 (12,5 %)
  ikke straffbart                                   0 (0,0 %)                 3 (37,5 %)               3 (37,5 %)                               0 (0,0 %)
  straffbart                                       6 (75,0 %)                 3 (37,5 %)               3 (37,5 %)                              6 (75,0 %)
  ordinær straffeforfølgning                       1 (12,5 %)                 1 (12,5 %)               1 (12,5 %)                              1 (12,5 %)

ANBEFALT REAKSJON
                                                        Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  bekymringssamtale                                                     1 (12,5 %)                 1 (12,5 %)               1 (12,5 %)                              1 (12,5 %)
  påtaleunnlatelse                                                      3 (37,5 %)                 2 (25,0 %)               3 (37,5 %)                              3 (37,5 %)
  forelegg                                                              3 (37,5 %)                 1 (12,5 %)                0 (0,0 %)                               0 (0,0 %)
  forenklet forelegg                                                     0 (0,0 %)                  0 (0,0 %)                0 (0,0 %)                              3 (37,5 %)
  pålegg om oppmøte for rådgivende enhet for russaker                    0 (0,0 %)                 3 (37,5 %)               3 (37,5 %)                               0 (0,0 %)
  ingen reaksjon                                                        1 (12,5 %)                 1 (12,5 %)               1 (12,5 %)                              1 (12,5 %)

ENDRET FRA GRUNNLAGET
                                         Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  endret                                                          —                 3 (37,5 %)               6 (75,0 %)                              4 (50,0 %)
  av dem: samme reaksjon, andre vilkår                            —                  0 (0,0 %)               2 (25,0 %)                              1 (12,5 %)
  «Endret» betyr at straffansvaret, den anbefalte reaksjonen eller vilkårene for den (påtaleunnlatelse uten vilkår eller med prøvetid, ruskontrakt, oppmøte for rådgivende enhet) er en annen enn etter grunnlaget.

SAMME REAKSJON, ANDRE VILKÅR
  regelsett                                                                                                      etter grunnlaget                                                            etter regelsettet   saker
  Prop. 92 L (2020–2021)                                                                             påtaleunnlatelse uten vilkår   påtaleunnlatelse med prøvetid og oppmøte for rådgivende enhet for russaker       2
  Lovendringen 2025 (LOV-2025-06-20-83)   påtaleunnlatelse med prøvetid, ruskontrakt og oppmøte for rådgivende enhet for russaker   påtaleunnlatelse med prøvetid og oppmøte for rådgivende enhet for russaker       1

STRAFFANSVAR ETTER ALDERSGRUPPE (ANDEL AV GRUPPEN)
                                                        Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  barn (under 15 år): ikke strafferettslig ansvarlig                   1 (100,0 %)                1 (100,0 %)              1 (100,0 %)                             1 (100,0 %)
  ungdom (15–17 år): ikke straffbart                                     0 (0,0 %)                1 (100,0 %)              1 (100,0 %)                               0 (0,0 %)
  ungdom (15–17 år): straffbart                                        1 (100,0 %)                  0 (0,0 %)                0 (0,0 %)                             1 (100,0 %)
  ung voksen (18–24 år): ikke straffbart                                 0 (0,0 %)                1 (100,0 %)              1 (100,0 %)                               0 (0,0 %)
  ung voksen (18–24 år): straffbart                                    1 (100,0 %)                  0 (0,0 %)                0 (0,0 %)                             1 (100,0 %)
  voksen (25 år og eldre): ikke straffbart                               0 (0,0 %)                 1 (20,0 %)               1 (20,0 %)                               0 (0,0 %)
  voksen (25 år og eldre): straffbart                                   4 (80,0 %)                 3 (60,0 %)               3 (60,0 %)                              4 (80,0 %)
  voksen (25 år og eldre): ordinær straffeforfølgning                   1 (20,0 %)                 1 (20,0 %)               1 (20,0 %)                              1 (20,0 %)

STRAFFANSVAR ETTER STOFF (ANDEL AV SAKER MED STOFFET)
                                                               Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  heroin: straffbart                                                          1 (100,0 %)                1 (100,0 %)              1 (100,0 %)                             1 (100,0 %)
  kokain: ikke straffbart                                                       0 (0,0 %)                1 (100,0 %)              1 (100,0 %)                               0 (0,0 %)
  kokain: straffbart                                                          1 (100,0 %)                  0 (0,0 %)                0 (0,0 %)                             1 (100,0 %)
  amfetamin: straffbart                                                       1 (100,0 %)                1 (100,0 %)              1 (100,0 %)                             1 (100,0 %)
  cannabis (hasj, marihuana): ikke strafferettslig ansvarlig                   1 (20,0 %)                 1 (20,0 %)               1 (20,0 %)                              1 (20,0 %)
  cannabis (hasj, marihuana): ikke straffbart                                   0 (0,0 %)                 2 (40,0 %)               2 (40,0 %)                               0 (0,0 %)
  cannabis (hasj, marihuana): straffbart                                       3 (60,0 %)                 1 (20,0 %)               1 (20,0 %)                              3 (60,0 %)
  cannabis (hasj, marihuana): ordinær straffeforfølgning                       1 (20,0 %)                 1 (20,0 %)               1 (20,0 %)                              1 (20,0 %)

STRAFFANSVAR ETTER RUSAVHENGIGHET (ANDEL AV GRUPPEN)
                                                    Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  rusavhengig nei: ikke strafferettslig ansvarlig                   1 (16,7 %)                 1 (16,7 %)               1 (16,7 %)                              1 (16,7 %)
  rusavhengig nei: ikke straffbart                                   0 (0,0 %)                 3 (50,0 %)               3 (50,0 %)                               0 (0,0 %)
  rusavhengig nei: straffbart                                       4 (66,7 %)                 1 (16,7 %)               1 (16,7 %)                              4 (66,7 %)
  rusavhengig nei: ordinær straffeforfølgning                       1 (16,7 %)                 1 (16,7 %)               1 (16,7 %)                              1 (16,7 %)
  rusavhengig ja: straffbart                                       2 (100,0 %)                2 (100,0 %)              2 (100,0 %)                             2 (100,0 %)

ANBEFALT REAKSJON ETTER ALDERSGRUPPE (ANDEL AV GRUPPEN)
                                                                                 Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  barn (under 15 år): bekymringssamtale                                                         1 (100,0 %)                1 (100,0 %)              1 (100,0 %)                             1 (100,0 %)
  ungdom (15–17 år): påtaleunnlatelse                                                           1 (100,0 %)                  0 (0,0 %)                0 (0,0 %)                             1 (100,0 %)
  ungdom (15–17 år): pålegg om oppmøte for rådgivende enhet for russaker                          0 (0,0 %)                1 (100,0 %)              1 (100,0 %)                               0 (0,0 %)
  ung voksen (18–24 år): forelegg                                                               1 (100,0 %)                  0 (0,0 %)                0 (0,0 %)                               0 (0,0 %)
  ung voksen (18–24 år): forenklet forelegg                                                       0 (0,0 %)                  0 (0,0 %)                0 (0,0 %)                             1 (100,0 %)
  ung voksen (18–24 år): pålegg om oppmøte for rådgivende enhet for russaker                      0 (0,0 %)                1 (100,0 %)              1 (100,0 %)                               0 (0,0 %)
  voksen (25 år og eldre): påtaleunnlatelse                                                      2 (40,0 %)                 2 (40,0 %)               3 (60,0 %)                              2 (40,0 %)
  voksen (25 år og eldre): forelegg                                                              2 (40,0 %)                 1 (20,0 %)                0 (0,0 %)                               0 (0,0 %)
  voksen (25 år og eldre): forenklet forelegg                                                     0 (0,0 %)                  0 (0,0 %)                0 (0,0 %)                              2 (40,0 %)
  voksen (25 år og eldre): pålegg om oppmøte for rådgivende enhet for russaker                    0 (0,0 %)                 1 (20,0 %)               1 (20,0 %)                               0 (0,0 %)
  voksen (25 år og eldre): ingen reaksjon                                                        1 (20,0 %)                 1 (20,0 %)               1 (20,0 %)                              1 (20,0 %)

ANBEFALT REAKSJON ETTER STOFF (ANDEL AV SAKER MED STOFFET)
                                                                                    Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  heroin: påtaleunnlatelse                                                                         1 (100,0 %)                1 (100,0 %)              1 (100,0 %)                             1 (100,0 %)
  kokain: forelegg                                                                                 1 (100,0 %)                  0 (0,0 %)                0 (0,0 %)                               0 (0,0 %)
  kokain: forenklet forelegg                                                                         0 (0,0 %)                  0 (0,0 %)                0 (0,0 %)                             1 (100,0 %)
  kokain: pålegg om oppmøte for rådgivende enhet for russaker                                        0 (0,0 %)                1 (100,0 %)              1 (100,0 %)                               0 (0,0 %)
  amfetamin: påtaleunnlatelse                                                                      1 (100,0 %)                1 (100,0 %)              1 (100,0 %)                             1 (100,0 %)
  cannabis (hasj, marihuana): bekymringssamtale                                                     1 (20,0 %)                 1 (20,0 %)               1 (20,0 %)                              1 (20,0 %)
  cannabis (hasj, marihuana): påtaleunnlatelse                                                      1 (20,0 %)                  0 (0,0 %)               1 (20,0 %)                              1 (20,0 %)
  cannabis (hasj, marihuana): forelegg                                                              2 (40,0 %)                 1 (20,0 %)                0 (0,0 %)                               0 (0,0 %)
  cannabis (hasj, marihuana): forenklet forelegg                                                     0 (0,0 %)                  0 (0,0 %)                0 (0,0 %)                              2 (40,0 %)
  cannabis (hasj, marihuana): pålegg om oppmøte for rådgivende enhet for russaker                    0 (0,0 %)                 2 (40,0 %)               2 (40,0 %)                               0 (0,0 %)
  cannabis (hasj, marihuana): ingen reaksjon                                                        1 (20,0 %)                 1 (20,0 %)               1 (20,0 %)                              1 (20,0 %)

ANBEFALT REAKSJON ETTER RUSAVHENGIGHET (ANDEL AV GRUPPEN)
                                                                         Praksis fra 2022 (HR-2022)   NOU 2019:26 mindretallet   Prop. 92 L (2020–2021)   Lovendringen 2025 (LOV-2025-06-20-83)
  rusavhengig nei: bekymringssamtale                                                     1 (16,7 %)                 1 (16,7 %)               1 (16,7 %)                              1 (16,7 %)
  rusavhengig nei: påtaleunnlatelse                                                      1 (16,7 %)                  0 (0,0 %)               1 (16,7 %)                              1 (16,7 %)
  rusavhengig nei: forelegg                                                              3 (50,0 %)                 1 (16,7 %)                0 (0,0 %)                               0 (0,0 %)
  rusavhengig nei: forenklet forelegg                                                     0 (0,0 %)                  0 (0,0 %)                0 (0,0 %)                              3 (50,0 %)
  rusavhengig nei: pålegg om oppmøte for rådgivende enhet for russaker                    0 (0,0 %)                 3 (50,0 %)               3 (50,0 %)                               0 (0,0 %)
  rusavhengig nei: ingen reaksjon                                                        1 (16,7 %)                 1 (16,7 %)               1 (16,7 %)                              1 (16,7 %)
  rusavhengig ja: påtaleunnlatelse                                                      2 (100,0 %)                2 (100,0 %)              2 (100,0 %)                             2 (100,0 %)

OVERGANGER PRAKSIS FRA 2022 (HR-2022) → NOU 2019:26 MINDRETALLET (3 ENDRET)
  fra (Praksis fra 2022 (HR-2022))                                          til (NOU 2019:26 mindretallet)   saker
  forelegg (straffbart)              pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)       2
  påtaleunnlatelse (straffbart)      pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)       1

OVERGANGER PRAKSIS FRA 2022 (HR-2022) → PROP. 92 L (2020–2021) (6 ENDRET)
  fra (Praksis fra 2022 (HR-2022))                                            til (Prop. 92 L (2020–2021))   saker
  forelegg (straffbart)              pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)       2
  påtaleunnlatelse (straffbart)      pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart)       1
  forelegg (straffbart)                                                      påtaleunnlatelse (straffbart)       1

OVERGANGER PRAKSIS FRA 2022 (HR-2022) → LOVENDRINGEN 2025 (LOV-2025-06-20-83) (4 ENDRET)
  fra (Praksis fra 2022 (HR-2022))   til (Lovendringen 2025 (LOV-2025-06-20-83))   saker
  forelegg (straffbart)                          forenklet forelegg (straffbart)       3

ENDRINGER ETTER ÅRSAK
  1  NOU 2019:26 mindretallet: regelen for voksne («adult») → trinnet «innenfor-terskel»; cannabis (hasj, marihuana) ≤ 5 g (terskelverdien «terskel» i NOU 2019:26 mindretallet)
  1  NOU 2019:26 mindretallet: regelen for ungdom («ungdom») → trinnet «innenfor-terskel»; cannabis (hasj, marihuana) ≤ 5 g (terskelverdien «terskel» i NOU 2019:26 mindretallet)
  1  NOU 2019:26 mindretallet: regelen for voksne («adult») → trinnet «innenfor-terskel»; kokain uten mengde, grense 1 g (terskelverdien «terskel» i NOU 2019:26 mindretallet)
  2  Prop. 92 L (2020–2021): samme reaksjon, andre vilkår: uten vilkår → med prøvetid og oppmøte for rådgivende enhet for russaker
  1  Prop. 92 L (2020–2021): regelen for voksne («adult») → trinnet «under-nedre»; cannabis (hasj, marihuana) ≤ 10 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
  1  Prop. 92 L (2020–2021): regelen for voksne («adult») → trinnet «under-ovre»; cannabis (hasj, marihuana) > 10 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
  1  Prop. 92 L (2020–2021): regelen for ungdom («ungdom») → trinnet «under-nedre»; cannabis (hasj, marihuana) ≤ 10 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
  1  Prop. 92 L (2020–2021): regelen for voksne («adult») → trinnet «under-nedre»; kokain uten mengde, grense 2 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
  2  Lovendringen 2025 (LOV-2025-06-20-83): regelen for voksne («adult») → regelen for voksne etter lovendringen 2025 («adult-2025»); cannabis (hasj, marihuana), grensen ukjent (≤ 15 g) (grensen for «en mindre mengde» i Lovendringen 2025 (LOV-2025-06-20-83))
  1  Lovendringen 2025 (LOV-2025-06-20-83): samme reaksjon, andre vilkår: med prøvetid, ruskontrakt og oppmøte for rådgivende enhet for russaker → med prøvetid og oppmøte for rådgivende enhet for russaker
  1  Lovendringen 2025 (LOV-2025-06-20-83): regelen for voksne («adult») → regelen for voksne etter lovendringen 2025 («adult-2025»); kokain uten mengde, grensen ukjent (≤ 5 g) (grensen for «en mindre mengde» i Lovendringen 2025 (LOV-2025-06-20-83))

ENDREDE SAKER
  #0 voksen-hasj-3g — voksen (25 år og eldre) — cannabis (hasj, marihuana) 3 g
     Praksis fra 2022 (HR-2022): forelegg (straffbart) — regelen for voksne («adult»); cannabis (hasj, marihuana) 3 g ≤ 15 g (grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014)
     NOU 2019:26 mindretallet: pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) — trinnet «innenfor-terskel»; cannabis (hasj, marihuana) 3 g ≤ 5 g (terskelverdien «terskel» i NOU 2019:26 mindretallet)
     Prop. 92 L (2020–2021): pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) — trinnet «under-nedre»; cannabis (hasj, marihuana) 3 g ≤ 10 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): forenklet forelegg (straffbart) — regelen for voksne etter lovendringen 2025 («adult-2025»); cannabis (hasj, marihuana) 3 g, grensen ukjent (≤ 15 g) (grensen for «en mindre mengde» i Lovendringen 2025 (LOV-2025-06-20-83))
  #1 voksen-hasj-12g — voksen (25 år og eldre) — cannabis (hasj, marihuana) 12 g
     Praksis fra 2022 (HR-2022): forelegg (straffbart) — regelen for voksne («adult»); cannabis (hasj, marihuana) 12 g ≤ 15 g (grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014)
     NOU 2019:26 mindretallet: uendret
     Prop. 92 L (2020–2021): påtaleunnlatelse (straffbart) — trinnet «under-ovre»; cannabis (hasj, marihuana) 12 g > 10 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): forenklet forelegg (straffbart) — regelen for voksne etter lovendringen 2025 («adult-2025»); cannabis (hasj, marihuana) 12 g, grensen ukjent (≤ 15 g) (grensen for «en mindre mengde» i Lovendringen 2025 (LOV-2025-06-20-83))
  #3 ungdom-hasj-4g — ungdom (15–17 år) — cannabis (hasj, marihuana) 4 g
     Praksis fra 2022 (HR-2022): påtaleunnlatelse (straffbart) — regelen for ungdom («ungdom»); cannabis (hasj, marihuana) 4 g ≤ 15 g (grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014) (med prøvetid, ruskontrakt og oppmøte for rådgivende enhet for russaker)
     NOU 2019:26 mindretallet: pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) — trinnet «innenfor-terskel»; cannabis (hasj, marihuana) 4 g ≤ 5 g (terskelverdien «terskel» i NOU 2019:26 mindretallet)
     Prop. 92 L (2020–2021): pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) — trinnet «under-nedre»; cannabis (hasj, marihuana) 4 g ≤ 10 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): påtaleunnlatelse (straffbart) (med prøvetid og oppmøte for rådgivende enhet for russaker)
  #4 voksen-heroin-2,5g — voksen (25 år og eldre) — heroin 2,5 g
     Praksis fra 2022 (HR-2022): påtaleunnlatelse (straffbart) — regelen for rusavhengige («dependent-user»); heroin 2,5 g ≤ 5 g (grensen for rusavhengige i Praksis fra 2022 (HR-2022)) (uten vilkår)
     NOU 2019:26 mindretallet: uendret
     Prop. 92 L (2020–2021): påtaleunnlatelse (straffbart) (med prøvetid og oppmøte for rådgivende enhet for russaker)
     Lovendringen 2025 (LOV-2025-06-20-83): uendret
  #5 avhengig-amfetamin-4g — voksen (25 år og eldre) — amfetamin 4 g
     Praksis fra 2022 (HR-2022): påtaleunnlatelse (straffbart) — regelen for rusavhengige («dependent-user»); amfetamin 4 g ≤ 5 g (grensen for rusavhengige i Praksis fra 2022 (HR-2022)) (uten vilkår)
     NOU 2019:26 mindretallet: uendret
     Prop. 92 L (2020–2021): påtaleunnlatelse (straffbart) (med prøvetid og oppmøte for rådgivende enhet for russaker)
     Lovendringen 2025 (LOV-2025-06-20-83): uendret
  #6 bruk-uten-mengde — ung voksen (18–24 år) — kokain
     Praksis fra 2022 (HR-2022): forelegg (straffbart) — regelen for voksne («adult»); kokain uten mengde, grensen ukjent (≤ 5 g) (grensen for mindre reaksjoner i Riksadvokatens rundskriv 2/2014)
     NOU 2019:26 mindretallet: pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) — trinnet «innenfor-terskel»; kokain uten mengde, grense 1 g (terskelverdien «terskel» i NOU 2019:26 mindretallet)
     Prop. 92 L (2020–2021): pålegg om oppmøte for rådgivende enhet for russaker (ikke straffbart) — trinnet «under-nedre»; kokain uten mengde, grense 2 g (terskelverdien «nedre» i Prop. 92 L (2020–2021))
     Lovendringen 2025 (LOV-2025-06-20-83): forenklet forelegg (straffbart) — regelen for voksne etter lovendringen 2025 («adult-2025»); kokain uten mengde, grensen ukjent (≤ 5 g) (grensen for «en mindre mengde» i Lovendringen 2025 (LOV-2025-06-20-83))
--- stderr
