// Rule data: nou-2019-26-flertall (docs/law.md §3, §4, §5.4). Strict JSON, loaded by RuleDataLoader; every value carries its
// provenance and citations. Edit here; `rusctl check` and the tests validate it.

extension BuiltInData {
    static let nou2019Flertall = #"""
        {
          "id": "nou-2019-26-flertall",
          "kind": "proposal",
          "label": {"nb": "NOU 2019:26 flertallet", "en": "NOU 2019:26 majority"},
          "title": {"nb": "NOU 2019:26 Rusreform – fra straff til hjelp, flertallets forslag (8 medlemmer)", "en": "NOU 2019:26 drug reform, majority proposal (8 members)"},
          "version": "2019-12",
          "status": {"nb": "forslag, aldri vedtatt", "en": "proposal, never enacted"},
          "citations": ["nou-2019-26", "prop-92-l-2021", "innst-612-l-2020-2021"],
          "rules": ["under-15", "not-own-use", "proposal-tier"],
          "baseline": "hr-2022",
          "thresholds": {
            "terskel": {
              "label": {"nb": "terskelverdien", "en": "the threshold"},
              "description": {"nb": "terskelverdi for straffri befatning til eget bruk", "en": "threshold for non-punishable own-use possession"},
              "limits": [
                {"substance": "heroin", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "cocaine", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "amphetamine", "unit": "g", "limit": 5, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "methamphetamine", "unit": "g", "provenance": "unknown", "citations": ["nou-2019-26", "prop-92-l-2021"], "comment": {"nb": "forslaget angir ingen verdi; stoffet omfattes aldri", "en": "the proposal gives no value; the substance never qualifies"}},
                {"substance": "ghb", "unit": "ml", "limit": 100, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "lsd", "unit": "blotters", "limit": 3, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "lsd", "unit": "mg", "provenance": "unknown", "citations": ["nou-2019-26", "prop-92-l-2021"], "comment": {"nb": "forslaget angir ingen verdi; stoffet omfattes aldri", "en": "the proposal gives no value; the substance never qualifies"}},
                {"substance": "mdma", "unit": "g", "limit": 1, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "cannabis", "unit": "g", "limit": 15, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "psilocybin-mushrooms", "unit": "g", "limit": 50, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "khat", "unit": "g", "limit": 2000, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]},
                {"substance": "medicines", "unit": "doses", "limit": 25, "provenance": "verified", "citations": ["nou-2019-26", "prop-92-l-2021"]}
              ]
            }
          },
          "tiers": [
            {
              "id": "innenfor-terskel",
              "label": {"nb": "innenfor terskelverdien", "en": "within the threshold"},
              "thresholds": "terskel",
              "liability": "not-punishable",
              "recommended": "radgivende-enhet",
              "conditions": [],
              "alsoAvailable": [],
              "description": {"nb": "eget bruk og hvert stoff innenfor terskelverdien", "en": "own use and every substance within the threshold"},
              "citations": ["nou-2019-26", "parat-2020"],
              "notes": [
                {"code": "unlawful-not-punishable", "text": {"nb": "Ulovlig, men ikke straffbart: politiet pålegger oppmøte for kommunal rådgivende enhet for russaker. Unnlatt oppmøte sanksjoneres ikke.", "en": "Unlawful but not punishable: the police order attendance at the municipal drug advisory unit. Not attending carries no sanction."}, "citations": ["nou-2019-26", "parat-2020"]},
                {"code": "guardians-attend", "ageTracks": ["ungdom"], "text": {"nb": "Under 18 år møter sammen med foresatte.", "en": "Under 18, the person attends together with the guardians."}, "citations": ["nou-2019-26"]}
              ]
            }
          ]
        }
        """#
}
