// Rule data: prop-92-l-2021 (docs/law.md §3, §4, §5.4). Strict JSON, loaded by RuleDataLoader; every value carries its
// provenance and citations. Edit here; `rusctl check` and the tests validate it.

extension BuiltInData {
    static let prop92L2021 = #"""
        {
          "id": "prop-92-l-2021",
          "kind": "proposal",
          "label": {"nb": "Prop. 92 L (2020–2021)", "en": "Prop. 92 L (2020–2021)"},
          "title": {"nb": "Prop. 92 L (2020–2021) Rusreformen, nedre og øvre terskelverdi", "en": "Prop. 92 L (2020–2021) drug reform bill, lower and upper thresholds"},
          "version": "2021",
          "status": {"nb": "lovforslag, forkastet av Stortinget 3. juni 2021 (Innst. 612 L (2020–2021))", "en": "bill, rejected by the Storting on 3 June 2021 (Innst. 612 L (2020–2021))"},
          "citations": ["prop-92-l-2021", "innst-612-l-2020-2021", "nnpf-2021"],
          "rules": ["under-15", "not-own-use", "proposal-tier"],
          "baseline": "hr-2022",
          "thresholds": {
            "nedre": {
              "label": {"nb": "den nedre terskelverdien", "en": "the lower threshold"},
              "description": {"nb": "nedre terskelverdi: innenfor den er befatning til eget bruk ikke straffbar", "en": "lower threshold: own-use possession within it is not punishable"},
              "limits": [
                {"substance": "heroin", "unit": "g", "limit": 2, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "cocaine", "unit": "g", "limit": 2, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "amphetamine", "unit": "g", "limit": 2, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "methamphetamine", "unit": "g", "provenance": "unknown", "citations": ["prop-92-l-2021"], "comment": {"nb": "proposisjonen angir ingen verdi; stoffet omfattes aldri", "en": "the bill gives no value; the substance never qualifies"}},
                {"substance": "ghb", "unit": "ml", "limit": 50, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "lsd", "unit": "blotters", "limit": 1, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "lsd", "unit": "mg", "limit": 1, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "mdma", "unit": "g", "limit": 0.5, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "cannabis", "unit": "g", "limit": 10, "provenance": "verified", "citations": ["prop-92-l-2021", "nnpf-2021"]},
                {"substance": "psilocybin-mushrooms", "unit": "g", "limit": 20, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "khat", "unit": "g", "limit": 500, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "medicines", "unit": "doses", "limit": 15, "provenance": "verified", "citations": ["prop-92-l-2021"]}
              ]
            },
            "ovre": {
              "label": {"nb": "den øvre terskelverdien", "en": "the upper threshold"},
              "description": {"nb": "øvre terskelverdi: mellom nedre og øvre er befatning straffbar, normalt påtaleunnlatelse på vilkår", "en": "upper threshold: between the lower and upper threshold possession is punishable, normally a conditional waiver"},
              "limits": [
                {"substance": "heroin", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "cocaine", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "amphetamine", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "methamphetamine", "unit": "g", "provenance": "unknown", "citations": ["prop-92-l-2021"], "comment": {"nb": "proposisjonen angir ingen verdi; stoffet omfattes aldri", "en": "the bill gives no value; the substance never qualifies"}},
                {"substance": "ghb", "unit": "ml", "limit": 100, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "lsd", "unit": "blotters", "limit": 3, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "lsd", "unit": "mg", "limit": 2, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "mdma", "unit": "g", "limit": 1, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "cannabis", "unit": "g", "limit": 15, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "psilocybin-mushrooms", "unit": "g", "limit": 50, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "khat", "unit": "g", "limit": 2000, "provenance": "verified", "citations": ["prop-92-l-2021"]},
                {"substance": "medicines", "unit": "doses", "limit": 25, "provenance": "verified", "citations": ["prop-92-l-2021"]}
              ]
            }
          },
          "tiers": [
            {
              "id": "under-nedre",
              "label": {"nb": "innenfor nedre terskelverdi", "en": "within the lower threshold"},
              "thresholds": "nedre",
              "maxSubstances": 3,
              "liability": "not-punishable",
              "recommended": "radgivende-enhet",
              "conditions": [],
              "alsoAvailable": [],
              "description": {"nb": "eget bruk, høyst tre ulike stoffer, hvert innenfor nedre terskelverdi", "en": "own use, at most three different substances, each within the lower threshold"},
              "citations": ["prop-92-l-2021", "nnpf-2021"],
              "notes": [
                {"code": "administrative-fee", "text": {"nb": "Unnlatt oppmøte hos rådgivende enhet kan gi et administrativt gebyr på 2 × rettsgebyret (2 398 kr etter 2021-nivå); gebyret frafalles der det vil virke urimelig tyngende.", "en": "Not attending the advisory unit can incur an administrative fee of 2 × the court fee (NOK 2 398 at the 2021 level), waived where it would be unreasonably burdensome."}, "citations": ["prop-92-l-2021", "nnpf-2021"]},
                {"code": "guardians-may-be-ordered", "ageTracks": ["ungdom"], "text": {"nb": "Under 18 år kan også foresatte pålegges å møte.", "en": "Under 18, the guardians can be ordered to attend too."}, "citations": ["prop-92-l-2021", "nnpf-2021"]}
              ]
            },
            {
              "id": "under-ovre",
              "label": {"nb": "mellom nedre og øvre terskelverdi", "en": "between the lower and upper thresholds"},
              "thresholds": "ovre",
              "liability": "punishable",
              "recommended": "pataleunnlatelse",
              "conditions": ["provetid", "radgivende-enhet"],
              "alsoAvailable": ["forelegg"],
              "description": {"nb": "eget bruk, hvert stoff innenfor øvre terskelverdi", "en": "own use, each substance within the upper threshold"},
              "citations": ["prop-92-l-2021", "nnpf-2021"],
              "notes": [
                {"code": "main-rule", "text": {"nb": "Påtaleunnlatelse på vilkår er hovedregelen mellom nedre og øvre terskelverdi; forelegg er fortsatt mulig.", "en": "A conditional waiver is the main rule between the lower and upper threshold; a fine remains possible."}, "citations": ["prop-92-l-2021"]}
              ]
            }
          ]
        }
        """#
}
