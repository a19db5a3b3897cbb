# A decision in English, as a prosecutor reads it.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --lang en
--- exit 0
--- stdout
Practice since 2022 (HR-2022) (version 2022-07-01)
  Practice after the Supreme Court rulings of 8 April 2022 and the Director of Public Prosecutions' letter of 13 May 2022
Decision date: 2 May 2023
Age at the time of the act: 25 — adult (25 and over)
The case: use and possession; cannabis (hashish, marijuana) 2 g
Liability: punishable

IN SHORT
  Rule set: Practice since 2022 (HR-2022) (version 2022-07-01), in force on the decision date 2 May 2023
  Recommended: fine notice (forelegg) (punishable)
  Caveats: none.

RECOMMENDED
  fine notice (forelegg)
    – For adults, a fine notice is the usual reaction for own-use use and possession.
    [strpl-255, ra-2014-2]

AVAILABLE
  waiver of prosecution (påtaleunnlatelse)
    conditions: probation period, drug testing and attendance at the municipal drug advisory unit
    requires the consent of the suspect
    – A waiver with a probation period and individual conditions can be used, especially to prevent further drug use.
    – Consent is given by the suspect.
    [strpl-69, ra-2014-2]
  follow-up in the mediation service (konfliktråd)
    requires the consent of the suspect
    – Consent is given by the suspect.
    [strpl-71a, pod-2019]

EXCLUDED
  – concern talk (bekymringssamtale): A concern talk is a preventive measure for children under 18; the person was 25.
  – simplified fine notice (forenklet forelegg): The simplified fine notice for drugs (legemiddelloven § 31 a) is introduced by LOV-2025-06-20-83 and is not part of hr-2022.
  – youth follow-up (ungdomsoppfølging): Ungdomsoppfølging applies only to a youth (15–17) at the time of the act; the person was 25.
  – youth sentence (ungdomsstraff): Ungdomsstraff is for the most serious offences and is not a reaction for a single offence against legemiddelloven alone.
  – guilt without penalty (straffutmålingsfrafall): Guilt without penalty under HR-2022-731-A is for dependent users; the person is not given as dependent.
  – order to attend the municipal drug advisory unit: Under current practice, attending the advisory unit is not a reaction of its own but a possible condition of a waiver (from 2022-07-01).

NOTES
  • Use and possession only: legemiddelloven § 24 with § 31 (fine or up to 6 months). A fine for this does not appear on an ordinary police certificate. [lml-24, lml-31]

SOURCES (of the recommended and available options, the notes and the caveats; all with --all-sources)
  [strpl-255] Straffeprosessloven, § 255 flg. (forelegg) (1981-05-22) — https://lovdata.no/lov/1981-05-22-25/§255
  [ra-2014-2] Riksadvokatens rundskriv 2/2014 «Narkotikasaker», om alternative reaksjoner for unge (2014-07-01) — https://www.riksadvokaten.no/document/narkotikasaker/
  [strpl-69] Straffeprosessloven, § 69 (påtaleunnlatelse) (1981-05-22) — https://lovdata.no/lov/1981-05-22-25/§69
  [strpl-71a] Straffeprosessloven, § 71 a (overføring til konfliktråd; ungdomsoppfølging) (2014-07-01) — https://lovdata.no/lov/1981-05-22-25/§71a
  [pod-2019] Politidirektoratet: Utredningsoppdrag – politiets rolle og straffereaksjoner for bruk og besittelse av narkotika, punkt 2 f) alternative straffereaksjoner; forebygging overfor barn og unge (2019)
  [lml-24] Legemiddelloven, § 24 første ledd (1992-12-04) — https://lovdata.no/lov/1992-12-04-132/§24
  [lml-31] Legemiddelloven, § 31 andre ledd (bøter eller fengsel inntil 6 måneder) (1992-12-04) — https://lovdata.no/lov/1992-12-04-132/§31

Assessed on 1 December 2025 with rusctl 0.2.0, commit not recorded, rule data 2a5d6d118915ee32.
--- stderr
