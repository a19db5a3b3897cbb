// Rule data: lov-2025 (law spec §3, §4, §5.5). Strict JSON, loaded by RuleDataLoader; every value
// carries its provenance and citations. Edit here; `rusctl check` and the tests validate it.
// A statute: adopted 2025-06-20, in force «fra den tiden Kongen bestemmer». Its in-force date is
// not data — the user states it (--in-force lov-2025=YYYY-MM-DD). The dependent-user table is
// hr-2022's, carried over (inheritsThresholdsFrom): the statute has no rule for dependent users.
// So is the prosecution table (ra-2014's, through hr-2022): above the «small-quantity» table the
// case falls under straffeloven § 231 and is decided as under the practice (docs/law.md §5.5.2).

extension BuiltInData {
    static let lov2025 = #"""
        {
          "id": "lov-2025",
          "kind": "statute",
          "label": {"nb": "lovendringen 2025 (LOV-2025-06-20-83)", "en": "the 2025 statute (LOV-2025-06-20-83)"},
          "title": {"nb": "Lov om endringer i straffeloven og legemiddelloven mv. (befatning med mindre mengder narkotika til egen bruk), LOV-2025-06-20-83", "en": "Act amending the Penal Code and the Medicines Act (handling small quantities of drugs for own use), LOV-2025-06-20-83"},
          "version": "2025-06-20",
          "adopted": "2025-06-20",
          "status": {"nb": "lov vedtatt 20. juni 2025; trer i kraft fra den tiden Kongen bestemmer (ikrafttredelsesdatoen er ikke kjent)", "en": "statute adopted on 20 June 2025; takes effect when the King decides (the in-force date is not known)"},
          "citations": ["lov-2025-06-20-83", "prop-112-l-2024-2025", "innst-518-l-2024-2025", "lml-31-2025"],
          "reactionNames": {"radgivende-enhet": {"nb": "henvisning til frivillig oppmøte ved rådgivende enhet", "en": "referral to voluntary attendance at the municipal drug advisory unit"}},
          "rules": ["under-15", "not-own-use", "dependent-user", "above-mindre-mengde", "ungdom-2025", "adult-2025"],
          "inheritsThresholdsFrom": "hr-2022",
          "useCoversAnyQuantity": true,
          "thresholds": {
            "small-quantity": {
              "description": {"nb": "«en mindre mengde» til egen bruk (legemiddelloven § 31 andre ledd); over grensen straffeloven § 231", "en": "«a small quantity» for own use (legemiddelloven § 31 second paragraph); above it, straffeloven § 231"},
              "ceilings": {"from": "hr-2022", "table": "dependent-user", "provenance": "interpretation", "citations": ["dagsavisen-2025", "prop-92-l-2021", "hr-2022-731-a"],
                "comment": {"nb": "Stortingets flertall holdt de veiledende mengdegrensene uendret, unntatt heroin fra 2 til 3 gram; lovforslagets verdier var ikke høyere enn dagens HR-2022-verdier", "en": "the Storting majority kept the guideline quantity limits unchanged, except heroin from 2 to 3 grams; the bill's values were not higher than today's HR-2022 values"}},
              "limits": [
                {"substance": "heroin", "unit": "g", "limit": 3, "provenance": "guideline", "citations": ["dagsavisen-2025", "innst-518-l-2024-2025"], "comment": {"nb": "stortingsflertallet hevet grensen for heroin fra 2 til 3 gram (sekundærkilde)", "en": "the Storting majority raised heroin from 2 to 3 grams (secondary source)"}},
                {"substance": "cocaine", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "amphetamine", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "methamphetamine", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "verken verdien eller et tak er kjent", "en": "no value and no ceiling is known"}},
                {"substance": "ghb", "unit": "ml", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "lsd", "unit": "blotters", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "lsd", "unit": "mg", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "mdma", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "cannabis", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "psilocybin-mushrooms", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "khat", "unit": "g", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}},
                {"substance": "medicines", "unit": "doses", "provenance": "unknown", "citations": ["lml-31-2025", "prop-112-l-2024-2025"], "comment": {"nb": "loven angir ikke noe tall; de veiledende grensene i forarbeidene har ikke vært tilgjengelige", "en": "the statute sets no number; the guideline limits in the preparatory works were not available"}}
              ]
            }
          }
        }
        """#
}
