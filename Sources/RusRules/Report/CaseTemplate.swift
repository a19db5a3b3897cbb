/// A case template to fill in (`rusctl mal`): every field with an example value and, on the line
/// above it, what it means and the values allowed, in the language asked. The allowed words
/// come from the vocabulary data, so the template cannot drift from what the decoder accepts.
///
/// Comment lines start with `//`; they are not JSON. With them removed (or written without
/// them, `commented: false`) the template is a valid case.
public enum CaseTemplate {
    public static func text(vocabulary: Vocabulary, language: Language, today: LegalDate, commented: Bool = true) -> String {
        let nb = language == .nb
        func words(_ list: [String], _ last: String) -> String {
            let quoted = list.map { "\"\($0)\"" }
            return quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " \(last) " + quoted.last! : quoted.joined()
        }
        let or = nb ? "eller" : "or"
        let actWords = vocabulary.acts.map { nb ? ($0.aliases.first ?? $0.act.rawValue) : $0.act.rawValue }
        let substanceWords = vocabulary.substances.map { nb ? ($0.aliases.first ?? $0.id) : $0.id }
        // Substances grouped by their units, in the vocabulary's order of first appearance.
        var groups: [(units: String, substances: [SubstanceDefinition])] = []
        for substance in vocabulary.substances {
            let units = substance.units.joined(separator: ", ")
            if let index = groups.firstIndex(where: { $0.units == units }) {
                groups[index].substances.append(substance)
            } else {
                groups.append((units, [substance]))
            }
        }
        let unitsBySubstance = groups
            .map { units, substances in
                let names = substances.map { nb ? ($0.aliases.first ?? $0.id) : $0.id }.joined(separator: ", ")
                let shown = units.replacingOccurrences(of: "blotters", with: nb ? "lapper" : "blotters")
                    .replacingOccurrences(of: "doses", with: nb ? "doser" : "doses")
                return "\(names): \(shown)"
            }
        let offence = LegalDate(daysSinceEpoch: today.daysSinceEpoch - 30) ?? today
        let birth = LegalDate(year: offence.year - 17, month: offence.month, day: min(offence.day, 28)) ?? offence
        var lines: [String] = []
        func comment(_ nbText: String, _ enText: String, indent: Int) {
            if commented { lines.append(String(repeating: " ", count: indent) + "// " + (nb ? nbText : enText)) }
        }
        comment("Mal for én sak. Fyll inn, slett alle linjer som begynner med //, og kjør: rusctl evaluate sak.json",
                "Template for one case. Fill it in, delete every line starting with //, and run: rusctl evaluate case.json", indent: 0)
        lines.append("{")
        comment("Saksnummer (valgfritt); vises i svaret", "Case number (optional); shown in the answer", indent: 2)
        lines.append("  \"id\": \"\(nb ? "sak" : "case")-\(today.year)-0001\",")
        comment("Gjerningsdato, ÅÅÅÅ-MM-DD", "Offence date, YYYY-MM-DD", indent: 2)
        lines.append("  \"offenceDate\": \"\(offence)\",")
        comment("Avgjørelsesdato, ÅÅÅÅ-MM-DD (valgfritt; uten den brukes dagens dato)",
                "Decision date, YYYY-MM-DD (optional; without it today's date is used)", indent: 2)
        lines.append("  \"decisionDate\": \"\(today)\",")
        lines.append("  \"person\": {")
        comment("Fødselsdato, ÅÅÅÅ-MM-DD — eller i stedet alderen på gjerningstidspunktet: \"ageAtOffence\": 17",
                "Date of birth, YYYY-MM-DD — or instead the age at the offence: \"ageAtOffence\": 17", indent: 4)
        lines.append("    \"birthDate\": \"\(birth)\",")
        comment("Rusavhengig: true (ja), false (nei) eller \"doubtful\" (tvil)", "Dependent: true, false or \"doubtful\"", indent: 4)
        lines.append("    \"dependent\": false,")
        comment("Tidligere narkotikareaksjoner: et helt tall, 0 eller mer", "Earlier drug reactions: a whole number, 0 or more", indent: 4)
        lines.append("    \"priorDrugReactions\": 0,")
        comment("Samtykke: true eller false; utelat linjen hvis det ikke er kjent",
                "Consent: true or false; leave the line out if it is not known", indent: 4)
        lines.append("    \"consent\": true,")
        comment("Vergens samtykke (bare under 18 år): true eller false; utelat linjen hvis det ikke er kjent",
                "Guardian's consent (under 18 only): true or false; leave the line out if it is not known", indent: 4)
        lines.append("    \"guardianConsent\": true")
        lines.append("  },")
        comment("Handlinger, én eller flere: \(words(actWords, or))", "Acts, one or more: \(words(actWords, or))", indent: 2)
        lines.append("  \"acts\": [\(actWords.prefix(2).map { "\"\($0)\"" }.joined(separator: ", "))],")
        comment("Til eget bruk: true eller false", "For own use: true or false", indent: 2)
        lines.append("  \"ownUse\": true,")
        comment("Stoffer, ett eller flere: \(words(substanceWords, or))", "Substances, one or more: \(words(substanceWords, or))", indent: 2)
        comment("Mengde med desimalpunktum (4.5, ikke 4,5). Enheter — \(unitsBySubstance.joined(separator: "; "))",
                "Amount with a decimal point (4.5). Units — \(unitsBySubstance.joined(separator: "; "))", indent: 2)
        comment("Ved bare bruk kan mengde og enhet utelates", "For use only, amount and unit may be left out", indent: 2)
        let example = vocabulary.substance(named: "cannabis").map { nb ? ($0.aliases.first ?? $0.id) : $0.id } ?? substanceWords[0]
        lines.append("  \"substances\": [")
        lines.append("    { \"substance\": \"\(example)\", \"amount\": 4.5, \"unit\": \"g\" }")
        lines.append("  ],")
        comment("Andre lovbrudd i samme sak: true eller false", "Other offences in the same case: true or false", indent: 2)
        lines.append("  \"otherOffences\": false")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
