# A decision in English, as a prosecutor reads it.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --lang en
--- exit 0
--- stdout
Decided 2 May 2023; aged 25 at the time of the act — adult (25 and over)
The case: use and possession; cannabis (hashish, marijuana) 2 g
Liability: punishable

IN SHORT
  Rule set: Practice since 2022 (HR-2022) (version 2022-07-01), in force on the
    decision date 2 May 2023
  Recommended: fine notice (forelegg) (punishable)
  Caveats: none.

RECOMMENDED: fine notice (forelegg)
  For adults, a fine notice is the usual reaction for own-use use and
    possession. [strpl-255, ra-2014-2]

AVAILABLE
  waiver of prosecution (påtaleunnlatelse) with conditions of probation period,
    drug testing and attendance at the municipal drug advisory unit: A waiver
    with a probation period and individual conditions can be used, especially to
    prevent further drug use. Consent is given by the suspect. [strpl-69,
    ra-2014-2]
  follow-up in the mediation service (konfliktråd): Consent is given by the
    suspect. [strpl-71a, pod-2019]

EXCLUDED
  – concern talk (bekymringssamtale): A preventive measure for children under
    18; the person was 25.
  – simplified fine notice (forenklet forelegg): Introduced by the 2025 statute
    (legemiddelloven § 31 a); not part of Practice since 2022 (HR-2022).
  – youth follow-up (ungdomsoppfølging): Only for a youth (15–17) at the time of
    the act; the person was 25.
  – youth sentence (ungdomsstraff): For the most serious offences; not a
    reaction for a single offence against legemiddelloven alone.
  – guilt without penalty (straffutmålingsfrafall): For dependent users
    (HR-2022-731-A); the person is not given as dependent.
  – order to attend the municipal drug advisory unit: Under practice not a
    reaction of its own but a possible condition of a waiver (from 1 July 2022).

NOTES
  • Use and possession only: legemiddelloven § 24 with § 31 (fine or up to 6
    months). A fine for this does not appear on an ordinary police certificate.
    [lml-24, lml-31]

SOURCES (all, with date and address: --all-sources)
  [strpl-255] Straffeprosessloven, § 255 flg. (forelegg)
  [ra-2014-2] Riksadvokatens rundskriv 2/2014 «Narkotikasaker», om alternative
    reaksjoner for unge
  [strpl-69] Straffeprosessloven, § 69 (påtaleunnlatelse)
  [strpl-71a] Straffeprosessloven, § 71 a (overføring til konfliktråd;
    ungdomsoppfølging)
  [pod-2019] Politidirektoratet: Utredningsoppdrag – politiets rolle og
    straffereaksjoner for bruk og besittelse av narkotika, punkt 2 f)
    alternative straffereaksjoner; forebygging overfor barn og unge
  [lml-24] Legemiddelloven, § 24 første ledd
  [lml-31] Legemiddelloven, § 31 andre ledd (bøter eller fengsel inntil 6
    måneder)

Assessed on 1 December 2025 with rusctl 0.3.0, commit not recorded, rule data
  {rule-data-fingerprint}.
--- stderr
