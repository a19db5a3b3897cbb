# A decision in English, as a prosecutor reads it.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --lang en
--- exit 0
--- stdout
The case: use and possession; cannabis (hashish, marijuana) 2 g
Decided 2 May 2023; aged 25 at the time of the act — adult (25 and over)

IN SHORT
  Rule set: Practice since 2022 (HR-2022) (version 2022-07-01), in force on
    2 May 2023
  Recommended: fine notice (forelegg) (punishable)
  Reasons: For adults, a fine notice is the usual reaction to using, acquiring
    or holding drugs for one's own use within the limits for minor reactions.
    [strpl-255, ra-2014-2]
  Caveats: none.

AVAILABLE
  waiver of prosecution (påtaleunnlatelse) with conditions of probation period,
    drug testing and attendance at the municipal drug advisory unit:
    Particularly where the aim is to prevent further drug use. Consent is given.
    [strpl-69, ra-2014-2]
  follow-up in the mediation service (konfliktråd): Consent is given.
    [strpl-71a, pod-2019]

EXCLUDED
  – concern talk (bekymringssamtale): Only for children under 18; the person was
    25.
  – simplified fine notice (forenklet forelegg): Introduced only by the 2025
    statute.
  – youth follow-up (ungdomsoppfølging): Only for a youth (15–17); the person
    was 25.
  – youth sentence (ungdomsstraff): Not for a single drug offence.
  – guilt without penalty (straffutmålingsfrafall): Only for dependent users.
  – order to attend the municipal drug advisory unit: Only as a condition.

NOTES
  • Use and possession: legemiddelloven § 24 with § 31 (a fine or imprisonment
    for up to 6 months); the fine does not appear on an ordinary police
    certificate. [lml-24, lml-31]

SOURCES: [strpl-255, strpl-69, strpl-71a] straffeprosessloven § 255 flg., § 69
  and § 71 a; [ra-2014-2] Riksadvokatens rundskriv 2/2014; [pod-2019]
  Politidirektoratets utredning (2019); [lml-24, lml-31] legemiddelloven § 24
  første ledd and § 31 andre ledd (in full: --all-sources)

Assessed 1 December 2025: rusctl 0.3.0 (local build), rule data {rule-data-fingerprint}
--- stderr
