// Rule data: ra-2014 (law spec §3, §4, §5.2). Strict JSON, loaded by RuleDataLoader; every value carries its
// provenance and citations. Edit here; `rusctl check` and the tests validate it.

extension BuiltInData {
    static let ra2014 = #"""
        {
          "id": "ra-2014",
          "kind": "practice",
          "label": {"nb": "Riksadvokatens rundskriv 2/2014", "en": "the DPP's circular 2/2014"},
          "title": {"nb": "Påtalepraksis etter Riksadvokatens rundskriv 2/2014", "en": "Prosecution practice under the Director of Public Prosecutions' circular 2/2014"},
          "version": "2014-07-01",
          "validity": {"from": "2014-07-01", "to": "2022-04-07"},
          "status": {"nb": "praksis for avgjørelser fra 1. juli 2014 til 7. april 2022", "en": "practice for decisions from 1 July 2014 to 7 April 2022"},
          "citations": ["ra-2014-2", "pod-2019", "strl-52a", "strpl-71a"],
          "rules": ["under-15", "not-own-use", "quantity", "ungdom", "adult"],
          "thresholds": {
            "prosecution": {
              "description": {"nb": "øvre grense for forelegg/alternativ reaksjon; over grensen ordinær straffeforfølgning", "en": "upper limit for a fine or alternative reaction; above it, ordinary prosecution"},
              "ceilings": {"from": "hr-2022", "table": "dependent-user", "provenance": "interpretation", "citations": ["fmr-2020", "nou-2019-26"],
                "comment": {"nb": "rundskrivets grenser fra 2014 var lavere enn NOU 2019:26s, som er de samme som HR-2022-verdiene (Forbundet Mot Rusgift, høringsuttalelse 7. april 2020: «fra 2 til 20 doser heroin»)", "en": "the circular's 2014 limits were lower than NOU 2019:26's, which are the same as the HR-2022 values (Forbundet Mot Rusgift, consultation answer of 7 April 2020: «fra 2 til 20 doser heroin»)"}},
              "limits": [
                {"substance": "heroin", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "cocaine", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "amphetamine", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "methamphetamine", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; ingen kilde gir et tak", "en": "the circular's own table was not available; no value is invented; no source bounds it"}},
                {"substance": "ghb", "unit": "ml", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "lsd", "unit": "blotters", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "lsd", "unit": "mg", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "mdma", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "cannabis", "unit": "g", "limit": 15, "provenance": "verified", "citations": ["ra-2014-2", "parat-2020"], "comment": {"nb": "fra offentlige gjengivelser av rundskrivet og høringssvaret fra Norges Politilederlag i Parat til NOU 2019:26 (2020)", "en": "from public reports of the circular, and the consultation answer of Norges Politilederlag i Parat on NOU 2019:26 (2020)"}},
                {"substance": "psilocybin-mushrooms", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "khat", "unit": "g", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}},
                {"substance": "medicines", "unit": "doses", "provenance": "unknown", "citations": ["ra-2014-2"], "comment": {"nb": "rundskrivets egen tabell har ikke vært tilgjengelig; ingen verdi er lagt til grunn uten kilde; taket er verdien etter praksis fra 2022", "en": "the circular's own table was not available; no value is invented; bounded by the HR-2022 value"}}
              ]
            }
          }
        }
        """#
}
