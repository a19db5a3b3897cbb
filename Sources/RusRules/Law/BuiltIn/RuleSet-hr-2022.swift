// Rule data: hr-2022 (docs/law.md §3, §4, §5.3). Strict JSON, loaded by RuleDataLoader; every value carries its
// provenance and citations. Edit here; `rusctl check` and the tests validate it.
// Non-dependent users follow the ra-2014 limits: inheritsThresholdsFrom.

extension BuiltInData {
    static let hr2022 = #"""
        {
          "id": "hr-2022",
          "kind": "practice",
          "label": {"nb": "praksis fra 2022 (HR-2022)", "en": "practice since 2022 (HR-2022)"},
          "title": {"nb": "Praksis etter Høyesteretts dommer 8. april 2022 og Riksadvokatens brev 13. mai 2022", "en": "Practice after the Supreme Court rulings of 8 April 2022 and the Director of Public Prosecutions' letter of 13 May 2022"},
          "version": "2022-07-01",
          "validity": {"from": "2022-04-08"},
          "status": {"nb": "praksis for avgjørelser fra 8. april 2022", "en": "practice for decisions from 8 April 2022"},
          "citations": ["hr-2022-731-a", "hr-2022-732-a", "hr-2022-733-a", "ra-2022-05-13", "pod-2023"],
          "rules": ["under-15", "not-own-use", "dependent-user", "quantity", "ungdom", "adult"],
          "inheritsThresholdsFrom": "ra-2014",
          "thresholds": {
            "dependent-user": {
              "description": {"nb": "grense for rusavhengiges befatning til eget bruk (straffutmålingsfrafall / ubetinget påtaleunnlatelse)", "en": "limit for dependent users' own-use possession (guilt without penalty / unconditional waiver)"},
              "limits": [
                {"substance": "heroin", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["hr-2022-731-a", "ra-2022-05-13"], "comment": {"nb": "HR-2022-731-A avsnitt 70", "en": "HR-2022-731-A avsnitt 70"}},
                {"substance": "cocaine", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["hr-2022-731-a", "ra-2022-05-13"], "comment": {"nb": "HR-2022-731-A avsnitt 70", "en": "HR-2022-731-A avsnitt 70"}},
                {"substance": "amphetamine", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["hr-2022-731-a", "ra-2022-05-13"], "comment": {"nb": "HR-2022-731-A avsnitt 70", "en": "HR-2022-731-A avsnitt 70"}},
                {"substance": "methamphetamine", "unit": "g", "provenance": "unknown", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"], "comment": {"nb": "ingen veiledende verdi er kjent; mengden vurderes konkret (regnes som innenfor, med kontroll av grensen)", "en": "no guideline value is known; the amount is assessed concretely (read as within, with a limit check)"}},
                {"substance": "ghb", "unit": "ml", "limit": 100, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "lsd", "unit": "blotters", "limit": 3, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "lsd", "unit": "mg", "limit": 2, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "mdma", "unit": "g", "limit": 1, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "cannabis", "unit": "g", "limit": 15, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "psilocybin-mushrooms", "unit": "g", "limit": 50, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "khat", "unit": "g", "limit": 2000, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]},
                {"substance": "medicines", "unit": "doses", "limit": 25, "provenance": "guideline", "citations": ["hr-2022-731-a", "nou-2024-12", "prop-92-l-2021"]}
              ]
            }
          }
        }
        """#
}
