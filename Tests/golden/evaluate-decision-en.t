# A decision in English, as a prosecutor reads it.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --lang en
--- exit 0
--- stdout
Case — hr-2022 (version 2022-07-01)
  Practice after the Supreme Court rulings of 8 April 2022 and the Director of Public Prosecutions' letter of 13 May 2022
Decision date: 2023-05-02
Age at the time of the act: 25 — adult (25 and over)
Liability: punishable

IN SHORT
  Rule set: hr-2022 (2022-07-01) in force on the decision date 2023-05-02
  Recommended: fine notice (forelegg) (punishable)
  Caveats: none.

RECOMMENDED
  fine notice (forelegg)
    – For adults, a fine notice is the usual reaction for own-use use and possession.
    [strpl-255, ra-2014-2]

AVAILABLE
  waiver of prosecution (påtaleunnlatelse)
    conditions: probation period, drug testing and attendance at the municipal drug advisory unit
    requires the consent of: the suspect
    – A waiver with a probation period and individual conditions can be used, especially to prevent further drug use.
    – Consent is given by the suspect.
    [strpl-69, ra-2014-2]
  follow-up in the mediation service (konfliktråd)
    requires the consent of: the suspect
    – Consent is given by the suspect.
    [strpl-71a, pod-2019]

EXCLUDED
  – concern talk (bekymringssamtale): A concern talk is a preventive tool for children under 15; the person was 25 and criminally liable. [pl-13, strl-20]
  – simplified fine notice (forenklet forelegg): The simplified fine notice for drugs (legemiddelloven § 31 a) is introduced by LOV-2025-06-20-83 and is not part of hr-2022. [lml-31a, lov-2025-06-20-83]
  – youth follow-up (ungdomsoppfølging): Ungdomsoppfølging applies only to persons aged 15–17 at the time of the act; the person was 25. [strpl-71a]
  – youth sentence (ungdomsstraff): Ungdomsstraff is for the most serious offences and is not a reaction for a single offence against legemiddelloven alone. [strl-52a, pod-2019]
  – guilt without penalty (straffutmålingsfrafall): Guilt without penalty under HR-2022-731-A is for dependent users; the person is not given as dependent. [hr-2022-731-a, ra-2022-05-13, strl-61]
  – order to attend the municipal drug advisory unit: Under current practice, attending the advisory unit is not a reaction of its own but a possible condition of a waiver (from 2022-07-01). [strl-37-k, hotjl-3-9b, nou-2019-26]

NOTES
  • Use and possession only: legemiddelloven § 24 with § 31 (fine or up to 6 months). A fine for this does not appear on an ordinary police certificate. [lml-24, lml-31]

SOURCES
  [strpl-255] Straffeprosessloven, § 255 flg. (forelegg) (1981-05-22) — https://lovdata.no/lov/1981-05-22-25/§255
  [ra-2014-2] Riksadvokatens rundskriv 2/2014 «Narkotikasaker», om alternative reaksjoner for unge (2014-07-01) — https://www.riksadvokaten.no/document/narkotikasaker/
  [strpl-69] Straffeprosessloven, § 69 (påtaleunnlatelse) (1981-05-22) — https://lovdata.no/lov/1981-05-22-25/§69
  [strpl-71a] Straffeprosessloven, § 71 a (overføring til konfliktråd; ungdomsoppfølging) (2014-07-01) — https://lovdata.no/lov/1981-05-22-25/§71a
  [pod-2019] Politidirektoratet: Utredningsoppdrag – politiets rolle og straffereaksjoner for bruk og besittelse av narkotika, punkt 2 f) alternative straffereaksjoner; forebygging overfor barn og unge (2019)
  [pl-13] Politiloven, § 13 fjerde og femte ledd (bekymringssamtale) (1995-08-04) — https://lovdata.no/lov/1995-08-04-53/§13
  [strl-20] Straffeloven, § 20 (strafferettslig lavalder 15 år) (2005-05-20) — https://lovdata.no/lov/2005-05-20-28/§20
  [lml-31a] Legemiddelloven, § 31 a (forenklet forelegg etter faste satser; tilføyd ved LOV-2025-06-20-83, ikke i kraft) (2025-06-20) — https://lovdata.no/dokument/LTI/lov/2025-06-20-83
  [lov-2025-06-20-83] Lov om endringer i straffeloven og legemiddelloven mv. (befatning med mindre mengder narkotika til egen bruk) (LOV-2025-06-20-83), vedtatt 20. juni 2025; trer i kraft fra den tiden Kongen bestemmer (2025-06-20) — https://lovdata.no/dokument/LTI/lov/2025-06-20-83
  [strl-52a] Straffeloven, § 52 a (ungdomsstraff) (2014-07-01) — https://lovdata.no/lov/2005-05-20-28/§52a
  [hr-2022-731-a] Høyesteretts dom HR-2022-731-A, avsnitt 70 (2022-04-08) — https://lovdata.no/avgjorelse/hr-2022-731-a
  [ra-2022-05-13] Riksadvokaten: Retningslinjer etter Høyesterettsdommer om rusavhengige, brev av 13. mai 2022 med vedlagt notat (punkt 3.5: rusavhengighet som juridisk begrep) (2022-05-13) — https://www.riksadvokaten.no/document/retningslinjer-etter-hoyesterettsdommer-om-rusavhengige/
  [strl-61] Straffeloven, § 61 (straffutmålingsfrafall) (2005-05-20) — https://lovdata.no/lov/2005-05-20-28/§61
  [strl-37-k] Straffeloven, § 37 første ledd bokstav k, senere j (oppmøte for rådgivende enhet for russaker) (2022-07-01) — https://lovdata.no/lov/2005-05-20-28/§37
  [hotjl-3-9b] Helse- og omsorgstjenesteloven, § 3-9 b (rådgivende enhet for russaker) (2022-07-01) — https://lovdata.no/lov/2011-06-24-30/§3-9b
  [nou-2019-26] NOU 2019:26 Rusreform – fra straff til hjelp, terskelverdier (flertall og mindretall), gjengitt i Prop. 92 L (2020–2021) tabell 7.1 (2019) — https://www.regjeringen.no/no/dokumenter/nou-2019-26/id2682884/
  [lml-24] Legemiddelloven, § 24 første ledd (1992-12-04) — https://lovdata.no/lov/1992-12-04-132/§24
  [lml-31] Legemiddelloven, § 31 andre ledd (bøter eller fengsel inntil 6 måneder) (1992-12-04) — https://lovdata.no/lov/1992-12-04-132/§31
--- stderr
