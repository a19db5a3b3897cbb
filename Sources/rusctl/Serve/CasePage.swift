import Foundation
import RusRules

/// The prosecutor's page: a case form generated from the case declaration — the same fields,
/// questions, help and checks as `rusctl ny`, since the answers go through the same
/// ``CaseInterview`` — and, once sent, the answer as `rusctl evaluate` gives it, with the stamp
/// and the «begrunnelse» for the case file. Plain HTML forms: no script.
struct CasePage {
    let book: RuleBook
    let language: Language
    let today: LegalDate
    /// The in-force dates the server was started with (a form may state its own).
    let inForce: InForceDates
    let stamp: Stamp

    /// What identifies the tool on a filed answer.
    struct Stamp {
        let version: String
        let commit: String
        let ruleData: String
    }

    /// How many substance rows the form offers at first.
    static let substanceRows = 4
    /// The form's name for the rows asked for with «Flere stofflinjer» (the button's value).
    static let rowsField = "rows"

    /// How many substance rows the form shows: at least four, and one empty row after the last
    /// one filled in, or as many as «Flere stofflinjer» asked for; never more than a case may list.
    func substanceRowCount(_ form: Form) -> Int {
        var filled = 0
        for item in form.items where !item.value.isEmpty {
            let parts = item.name.split(separator: ".")
            if parts.count == 2, parts[0] == "substance" || parts[0] == "amount", let row = Int(parts[1]), row >= 0 {
                filled = max(filled, min(row, CaseDecoder.maximumSubstances) + 1)
            }
        }
        let asked = Int(form[Self.rowsField]) ?? 0
        return min(CaseDecoder.maximumSubstances, max(Self.substanceRows, filled + 1, asked))
    }

    /// Whether the form was sent to show more substance rows, not to be assessed.
    static func asksForRows(_ form: Form) -> Bool { !form[rowsField].isEmpty }
    /// The form's name for the statute's in-force date.
    static let inForceField = "inForce"

    private func say(_ norwegian: String, _ english: String) -> String { language == .nb ? norwegian : english }
    private func escape(_ text: String) -> String { HTMLText.escape(text) }

    // MARK: - Reading the form

    /// What the form gave, read through the interview: the case, or the errors by field.
    struct Reading {
        var caseJSON: JSONValue?
        /// The mistakes by field.
        private(set) var errors: [String: String] = [:]
        /// The fields with mistakes, in the order the form asks for them.
        private(set) var fieldsInError: [String] = []
        var inForce: InForceDates

        mutating func flag(_ field: String, _ problem: String) {
            if errors[field] == nil { fieldsInError.append(field) }
            errors[field] = problem
        }
    }

    func read(_ form: Form) -> Reading {
        var reading = Reading(inForce: inForce)
        let interview = readCase(form, into: &reading)
        // The in-force date stands last on the form.
        let statedInForce = form[Self.inForceField].trimmingCharacters(in: .whitespaces)
        if !statedInForce.isEmpty, let statute = book.statutes.first {
            var dates = InForceDates()
            if let date = LegalDate(typed: statedInForce) {
                // The date is stated for the statute alone, so the only mistake left is a date
                // before its adoption.
                if dates.add("\(statute.id)=\(date)", book: book) == nil {
                    reading.inForce = dates
                } else {
                    let adopted = statute.adopted
                    reading.flag(
                        Self.inForceField,
                        say(
                            "Loven ble vedtatt \(adopted?.written(.nb) ?? ""); den kan ikke tre i kraft \(date.written(.nb)).",
                            "The statute was adopted on \(adopted?.written(.en) ?? ""); it cannot take effect on \(date.written(.en))."))
                }
            } else if let fault = LegalDate.calendarFault(statedInForce, language, typed: true) {
                reading.flag(
                    Self.inForceField,
                    say("«\(statedInForce)» er ikke en dato som finnes: \(fault).", "\"\(statedInForce)\" is not a date that exists: \(fault)."))
            } else {
                reading.flag(Self.inForceField, say("Skriv datoen som DD.MM.ÅÅÅÅ.", "Write the date as YYYY-MM-DD."))
            }
        }
        if reading.errors.isEmpty { reading.caseJSON = interview.caseJSON }
        return reading
    }

    /// The case's fields through the interview, every mistake flagged on its field: after one,
    /// the interview goes on with a neutral answer, so that all are shown at once.
    private func readCase(_ form: Form, into reading: inout Reading) -> CaseInterview {
        var interview = CaseInterview(vocabulary: book.vocabulary, language: language, today: today)
        var row = -1
        // Every field once, and three steps a substance row (substance, amount, more): the
        // interview cannot loop on a form, but a bound that fits every row keeps it so.
        let steps = CaseDeclaration.standard.fields.count + 3 * substanceRowCount(form) + 10
        var guardRail = 0
        while let step = interview.step, guardRail < steps {
            guardRail += 1
            if step == .substance { row += 1 }
            let key = fieldKey(step, row: row)
            let given = answer(step, row: row, form)
            if CaseInterview.backWords.contains(given.lowercased()) || CaseInterview.stopWords.contains(given.lowercased()) {
                reading.flag(key, say("«\(given)» er ikke et gyldig svar her.", "\"\(given)\" is not a valid answer here."))
                guard case .accepted = interview.answer(fallback(step, row: row, form)) else { return interview }
                continue
            }
            switch interview.answer(given) {
            case .accepted, .back:
                continue
            case .rejected(let problem):
                reading.flag(key, problem)
                guard case .accepted = interview.answer(fallback(step, row: row, form)) else { return interview }
            }
        }
        return interview
    }

    /// The form field a step reads.
    private func fieldKey(_ step: CaseInterview.Step, row: Int) -> String {
        switch step {
        case .substance: "substance.\(row)"
        case .amount: "amount.\(row)"
        case .moreSubstances: "substance.\(row + 1)"
        case .declared(let key): key
        default: step.field?.key ?? ""
        }
    }

    private func answer(_ step: CaseInterview.Step, row: Int, _ form: Form) -> String {
        switch step {
        case .acts: return form.all(CaseField.acts.key).joined(separator: ",")
        case .moreSubstances:
            let more = (row + 1..<max(row + 1, substanceRowCount(form))).contains { !form["substance.\($0)"].isEmpty }
            return more ? "ja" : "nei"
        default: return form[fieldKey(step, row: row)]
        }
    }

    /// An answer the interview takes at that step, to go on after a mistake.
    private func fallback(_ step: CaseInterview.Step, row: Int, _ form: Form) -> String {
        switch step {
        // The decision date given, when it is one: the fields weighed against the offence date
        // (the decision date, the date of birth) are then not flagged for a date not given.
        case .offenceDate: return LegalDate(typed: form[CaseField.decisionDate.key]).map { min($0, today) }?.description ?? today.description
        case .age: return "30"
        case .acts: return "use"
        case .substance: return book.vocabulary.substances[0].id
        case .amount:
            let substance = book.vocabulary.substance(named: form["substance.\(row)"]) ?? book.vocabulary.substances[0]
            return "1 " + substance.units[0]
        case .moreSubstances: return answer(step, row: row, form)
        default: return ""
        }
    }

    // MARK: - Writing the page

    func page(_ form: Form, reading: Reading?, answer: String?, begrunnelse: String?, caseLine: String?, ruleSet: String? = nil) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language == .nb ? "nb" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(say("Reaksjoner i mindre narkotikasaker", "Reactions in minor drug cases"))</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            <header><h1>\(say("Reaksjoner i mindre narkotikasaker", "Reactions in minor drug cases"))</h1>
            <p class="screen-only">\(newCaseLink(shown: !form.items.isEmpty))<a href="/?lang=\(language == .nb ? "en" : "nb")">\(say("English", "Norsk (bokmål)"))</a></p></header>
            <main>

            """
        if let reading, !reading.errors.isEmpty {
            html +=
                "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2>" + say("Rett opp feltene som er merket", "Correct the marked fields")
                + "</h2><ul>"
                + reading.fieldsInError.map {
                    "<li><a href=\"#field-\(escape($0))\">" + escape(capitalized(label(for: $0))) + ": " + escape(reading.errors[$0] ?? "") + "</a></li>"
                }.joined()
                + "</ul></div>\n"
        }
        if let answer {
            html += "<div class=\"result\">\n" + answer
            if let begrunnelse {
                html += "<section class=\"begrunnelse\"><h2>" + say("Begrunnelse", "Reasons") + "</h2>\n<p>" + escape(begrunnelse) + "</p></section>\n"
            }
            html += stampHTML(caseLine: caseLine ?? "", ruleSet: ruleSet)
            html += "</div>\n"
        }
        html += formHTML(form, errors: reading?.errors ?? [:])
        html += "</main>\n<footer><p>" + escape(stampLine()) + "</p></footer>\n</body>\n</html>\n"
        return html
    }

    /// Once a case is entered: a link to an empty form for the next case (the form keeps what
    /// was entered, for corrections).
    private func newCaseLink(shown: Bool) -> String {
        shown ? "<a href=\"/?lang=\(language.rawValue)\">" + say("Ny sak", "New case") + "</a> · " : ""
    }

    private func stampLine() -> String {
        say(
            "Vurdert \(today.written(.nb)): rusctl \(stamp.version), commit \(stamp.commit), regeldata \(stamp.ruleData).",
            "Assessed \(today.written(.en)): rusctl \(stamp.version), commit \(stamp.commit), rule data \(stamp.ruleData).")
    }

    private func stampHTML(caseLine: String, ruleSet: String?) -> String {
        "<section class=\"stamp\"><h2>" + say("Stempel for saksmappen", "Stamp for the case file") + "</h2>\n<p>" + escape(stampLine())
            + (ruleSet.map { escape(say(" Regelsett: \($0).", " Rule set: \($0).")) } ?? "")
            + "</p>\n<p>" + say("Saken slik den ble oppgitt: ", "The case as entered: ") + "<code>" + escape(caseLine) + "</code></p></section>\n"
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A field's name for the error summary.
    private func label(for key: String) -> String {
        if key == Self.inForceField { return say("Ikrafttredelse", "In-force date") }
        let parts = key.split(separator: ".")
        if parts.count == 2, let row = Int(parts[1]) {
            let field = parts[0] == "amount" ? CaseField.amount : CaseField.substance
            return field.name.text(language) + say(" nr. \(row + 1)", " no. \(row + 1)")
        }
        return CaseDeclaration.standard.field(key)?.name.text(language) ?? key
    }

    private func formHTML(_ form: Form, errors: [String: String]) -> String {
        var html = "<form method=\"post\" action=\"/?lang=\(language.rawValue)\" class=\"case-form screen-only\" novalidate>\n"
        html += "<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">\n"
        for field in CaseDeclaration.standard.fields(at: .case) {
            html += control(field, form, errors)
        }
        for field in CaseDeclaration.standard.additionalFields where field.place != .substance {
            html += control(field, form, errors)
        }
        if let statute = book.statutes.first {
            let help = say(
                "Valgfritt. \(statute.title.nb) trer i kraft når Kongen bestemmer; datoen er ikke kjent. Oppgi den hvis den er fastsatt.",
                "Optional. \(statute.title.en) takes effect when the King decides; the date is not known. Give it if it has been set.")
            html += textInput(
                Self.inForceField, label: say("Ikrafttredelse for lovendringen 2025", "In-force date of the 2025 statute"),
                help: help, value: form[Self.inForceField], error: errors[Self.inForceField], placeholder: say("DD.MM.ÅÅÅÅ", "YYYY-MM-DD"))
        }
        // «Vurder saken» first: Enter in a field presses the form's first button.
        html += "<div class=\"buttons\"><button type=\"submit\">" + say("Vurder saken", "Assess the case") + "</button>\n"
        let rows = substanceRowCount(form)
        if rows < CaseDecoder.maximumSubstances {
            // The page opens again at the new row, nothing assessed.
            html +=
                "<button type=\"submit\" name=\"\(Self.rowsField)\" value=\"\(rows + 1)\" "
                + "formaction=\"/?lang=\(language.rawValue)#field-substance.\(rows)\" class=\"secondary\">"
                + say("Flere stofflinjer", "More substance lines") + "</button>\n"
        }
        html +=
            "<button type=\"submit\" formaction=\"/sak.json?lang=\(language.rawValue)\" class=\"secondary\">"
            + say("Last ned saken som JSON", "Download the case as JSON") + "</button></div>\n</form>\n"
        return html
    }

    private func control(_ field: CaseField, _ form: Form, _ errors: [String: String]) -> String {
        let label = field.question?.text(language) ?? field.name.text(language)
        let help = (field.hint ?? field.help).text(language)
        switch field.kind {
        case .person:
            var html = "<fieldset><legend>" + escape(field.name.text(language).prefix(1).uppercased() + field.name.text(language).dropFirst()) + "</legend>\n"
            for part in CaseDeclaration.standard.fields(at: .person) where part.question != nil {
                html += control(part, form, errors)
            }
            return html + "</fieldset>\n"
        case .acts:
            var html =
                "<fieldset id=\"field-\(field.key)\"" + (errors[field.key] != nil ? " class=\"has-error\"" : "") + "><legend>" + escape(label) + "</legend>\n"
            html += errorLine(field.key, errors[field.key])
            let chosen = Set(form.all(field.key))
            for act in book.vocabulary.acts {
                let id = "act-\(act.act.rawValue)"
                html +=
                    "<label class=\"check\" for=\"\(id)\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(field.key)\" value=\"\(act.act.rawValue)\""
                    + (chosen.contains(act.act.rawValue) ? " checked" : "") + "> "
                    + escape(language == .nb ? act.aliases.first ?? act.act.rawValue : act.act.rawValue) + "</label>\n"
            }
            return html + "</fieldset>\n"
        case .substances:
            var html = "<fieldset><legend>" + escape(field.name.text(language).prefix(1).uppercased() + field.name.text(language).dropFirst()) + "</legend>\n"
            html +=
                "<p class=\"help\">"
                + escape(
                    say(
                        "Ett stoff per linje; mengde med enhet, for eksempel 4,5 g eller 2 lapper. Ved bare bruk kan mengden stå tom. Flere stoffer: trykk «Flere stofflinjer» nederst.",
                        "One substance per line; the amount with its unit, for example 4.5 g or 2 blotters. For use only, the amount may be left empty. More substances: press “More substance lines” at the bottom."
                    ))
                + "</p>\n"
            let rows = substanceRowCount(form)
            for row in 0..<rows {
                let substanceKey = "substance.\(row)", amountKey = "amount.\(row)"
                html += "<div class=\"substance-row\">"
                html += "<div id=\"field-\(substanceKey)\"" + (errors[substanceKey] != nil ? " class=\"has-error\"" : "") + ">"
                html +=
                    "<label for=\"in-\(substanceKey)\">" + escape(CaseField.substance.question?.text(language) ?? "")
                    + say(" nr. \(row + 1)", " no. \(row + 1)") + "</label>"
                html +=
                    "<select id=\"in-\(substanceKey)\" name=\"\(substanceKey)\"" + invalid(errors[substanceKey], substanceKey)
                    + "><option value=\"\">—</option>"
                let chosen = book.vocabulary.substance(named: form[substanceKey])?.id
                for substance in book.vocabulary.substances {
                    html +=
                        "<option value=\"\(substance.id)\"" + (chosen == substance.id ? " selected" : "") + ">"
                        + escape(substance.name.text(language)) + "</option>"
                }
                html += "</select>" + errorLine(substanceKey, errors[substanceKey]) + "</div>"
                html += "<div id=\"field-\(amountKey)\"" + (errors[amountKey] != nil ? " class=\"has-error\"" : "") + ">"
                html += "<label for=\"in-\(amountKey)\">" + escape(CaseField.amount.question?.text(language) ?? "") + "</label>"
                html +=
                    "<input type=\"text\" id=\"in-\(amountKey)\" name=\"\(amountKey)\" value=\"" + escape(form[amountKey]) + "\" placeholder=\""
                    + say("4,5 g", "4.5 g") + "\" autocomplete=\"off\"" + invalid(errors[amountKey], amountKey) + ">" + errorLine(amountKey, errors[amountKey])
                    + "</div>"
                html += "</div>\n"
            }
            return html + "</fieldset>\n"
        case .dependency:
            return select(
                field.key, label: label, help: help, value: form[field.key], error: errors[field.key],
                choices: [("nei", say("nei", "no")), ("ja", say("ja", "yes")), ("tvil", say("tvil", "doubtful"))])
        case .boolean where field.defaultValue == nil:
            return select(
                field.key, label: label, help: help, value: form[field.key], error: errors[field.key],
                choices: [("", say("ukjent", "unknown")), ("ja", say("ja", "yes")), ("nei", say("nei", "no"))])
        case .boolean:
            let yesFirst = field.defaultValue == "true"
            let choices = [("ja", say("ja", "yes")), ("nei", say("nei", "no"))]
            return select(
                field.key, label: label, help: help, value: form[field.key], error: errors[field.key],
                choices: yesFirst ? choices : choices.reversed())
        default:
            let placeholder = field.kind == .date ? say("DD.MM.ÅÅÅÅ", "YYYY-MM-DD") : ""
            return textInput(field.key, label: label, help: help, value: form[field.key], error: errors[field.key], placeholder: placeholder)
        }
    }

    private func invalid(_ error: String?, _ key: String) -> String {
        error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"error-\(key)\""
    }

    private func errorLine(_ key: String, _ error: String?) -> String {
        guard let error else { return "" }
        return "<p class=\"error\" id=\"error-\(escape(key))\">" + escape(error) + "</p>"
    }

    private func textInput(_ key: String, label: String, help: String, value: String, error: String?, placeholder: String) -> String {
        "<div class=\"field" + (error != nil ? " has-error" : "") + "\" id=\"field-\(key)\"><label for=\"in-\(key)\">" + escape(label) + "</label>"
            + "<p class=\"help\" id=\"help-\(key)\">" + escape(help) + "</p>"
            + "<input type=\"text\" id=\"in-\(key)\" name=\"\(key)\" value=\"" + escape(value) + "\" placeholder=\"" + escape(placeholder)
            + "\" aria-describedby=\"help-\(key)" + (error != nil ? " error-\(key)" : "") + "\"" + (error != nil ? " aria-invalid=\"true\"" : "") + ">"
            + errorLine(key, error) + "</div>\n"
    }

    private func select(_ key: String, label: String, help: String, value: String, error: String?, choices: [(String, String)]) -> String {
        var html =
            "<div class=\"field" + (error != nil ? " has-error" : "") + "\" id=\"field-\(key)\"><label for=\"in-\(key)\">" + escape(label) + "</label>"
            + "<p class=\"help\" id=\"help-\(key)\">" + escape(help) + "</p>"
            + "<select id=\"in-\(key)\" name=\"\(key)\" aria-describedby=\"help-\(key)\">"
        for (option, text) in choices {
            html += "<option value=\"\(option)\"" + (value == option ? " selected" : "") + ">" + escape(text) + "</option>"
        }
        return html + "</select>" + errorLine(key, error) + "</div>\n"
    }
}

/// A submitted form (`application/x-www-form-urlencoded`): every value of a name, in order.
struct Form {
    let items: [(name: String, value: String)]

    init(items: [(name: String, value: String)] = []) {
        self.items = items
    }

    /// The first value of `name`, or "".
    subscript(name: String) -> String { items.first { $0.name == name }?.value ?? "" }

    func all(_ name: String) -> [String] { items.filter { $0.name == name }.map(\.value) }
}
