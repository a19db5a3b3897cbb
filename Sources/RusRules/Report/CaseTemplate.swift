/// A case template to fill in (`rusctl mal`): every field of the case declaration with an
/// example value and, on the line above it, what it means and the values allowed, in the
/// language asked. Fields and help come from ``CaseDeclaration``, the allowed words from the
/// vocabulary data, so the template cannot drift from what the decoder accepts.
///
/// Comment lines start with `//`; they are not JSON. With them removed (or written without
/// them, `commented: false`) the template is a valid case.
package enum CaseTemplate {
    package static func text(
        vocabulary: Vocabulary, language: Language, today: LegalDate, commented: Bool = true,
        declaration: CaseDeclaration = .standard
    ) -> String {
        let nb = language == .nb
        func words(_ list: [String]) -> String { Wording.alternatives(list.map { "\"\($0)\"" }, language) }
        let actWords = vocabulary.acts.map { nb ? ($0.aliases.first ?? $0.act.rawValue) : $0.act.rawValue }
        let substanceWords = vocabulary.substances.map { vocabulary.word(for: $0, language) }
        let offence = LegalDate(daysSinceEpoch: today.daysSinceEpoch - 30) ?? today
        let birth = LegalDate(year: offence.year - 17, month: offence.month, day: min(offence.day, 28)) ?? offence
        let example = vocabulary.substance(named: "cannabis").map { vocabulary.word(for: $0, language) } ?? substanceWords[0]

        var lines: [String] = []
        func comment(_ text: String, indent: Int) {
            if commented { lines.append(String(repeating: " ", count: indent) + "// " + text) }
        }
        func value(_ field: CaseField) -> String {
            switch field.key {
            case CaseField.offenceDate.key: "\"\(offence)\""
            case CaseField.decisionDate.key: "\"\(today)\""
            case CaseField.birthDate.key: "\"\(birth)\""
            case CaseField.id.key: "\"\(nb ? "sak" : "case")-\(today.year)-0001\""
            case CaseField.substance.key: "\"\(example)\""
            default:
                if case .acts = field.kind { "[" + actWords.prefix(2).map { "\"\($0)\"" }.joined(separator: ", ") + "]" } else { field.example }
            }
        }
        func emit(_ place: CaseField.Place, indent: Int) {
            let pad = String(repeating: " ", count: indent)
            let fields = declaration.fields(at: place).filter(\.inTemplate)
            for (index, field) in fields.enumerated() {
                let comma = index == fields.count - 1 ? "" : ","
                comment(field.help.text(language), indent: indent)
                switch field.kind {
                case .person:
                    lines.append("\(pad)\"\(field.key)\": {")
                    emit(.person, indent: indent + 2)
                    lines.append("\(pad)}\(comma)")
                case .acts:
                    comment((nb ? "Tillatte verdier: " : "Allowed values: ") + words(actWords), indent: indent)
                    lines.append("\(pad)\"\(field.key)\": \(value(field))\(comma)")
                case .substances:
                    comment((nb ? "Stoffer: " : "Substances: ") + words(substanceWords), indent: indent)
                    comment((nb ? "Enheter — " : "Units — ") + unitsBySubstance(vocabulary, language), indent: indent)
                    for part in declaration.fields(at: .substance) where part.key != CaseField.substance.key {
                        comment(part.help.text(language), indent: indent)
                    }
                    let entry = declaration.fields(at: .substance).filter(\.inTemplate).map { "\"\($0.key)\": \(value($0))" }
                    lines.append("\(pad)\"\(field.key)\": [")
                    lines.append("\(pad)  { " + entry.joined(separator: ", ") + " }")
                    lines.append("\(pad)]\(comma)")
                default:
                    lines.append("\(pad)\"\(field.key)\": \(value(field))\(comma)")
                }
            }
        }
        comment(
            nb
                ? "Mal for én sak. Fyll inn, slett alle linjer som begynner med //, og kjør: rusctl evaluate sak.json"
                : "Template for one case. Fill it in, delete every line starting with //, and run: rusctl evaluate case.json", indent: 0)
        lines.append("{")
        emit(.case, indent: 2)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "hasj, kokain, …: g, mg, kg; GHB: ml, dl, l; …": substances grouped by their units, in the
    /// vocabulary's order, counted units by their Norwegian names in Norwegian.
    private static func unitsBySubstance(_ vocabulary: Vocabulary, _ language: Language) -> String {
        let nb = language == .nb
        var groups: [(units: [String], substances: [String])] = []
        for substance in vocabulary.substances {
            let name = vocabulary.word(for: substance, language)
            if let index = groups.firstIndex(where: { $0.units == substance.units }) {
                groups[index].substances.append(name)
            } else {
                groups.append((substance.units, [name]))
            }
        }
        return groups.map { units, names in
            let shown = units.map { unit in (nb ? vocabulary.unit(unit)?.names?[.nb]?.other : nil) ?? unit }
            return names.joined(separator: ", ") + ": " + shown.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
