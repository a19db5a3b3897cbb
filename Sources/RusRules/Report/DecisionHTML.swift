/// A decision as an HTML fragment for the page of `rusctl serve`: the same parts, in the same
/// order, as the text answer of `rusctl evaluate` — KORT SVAR with the caveats first, the
/// recommended option with its conditions and reasons, the available and the excluded ones,
/// the notes — and the sources as links to their public addresses. No script, no inline style.
public struct DecisionHTML: Sendable {
    /// The rule data the names and sources are read from.
    public let book: RuleBook
    /// The language the answer is written in.
    public let language: Language

    /// A renderer for `book`'s decisions in `language`.
    public init(book: RuleBook, language: Language) {
        self.book = book
        self.language = language
    }

    private func say(_ norwegian: String, _ english: String) -> String { language == .nb ? norwegian : english }
    private func escape(_ text: String) -> String { HTMLText.escape(text) }
    private var vocabulary: Vocabulary { book.vocabulary }

    /// The answer as an HTML fragment, every text escaped.
    public func render(_ decision: Decision) -> String {
        let ruleSet = book.ruleSet(decision.ruleSet)
        var html = "<section class=\"answer\" aria-labelledby=\"answer-title\">\n"
        html += "<h2 id=\"answer-title\">" + say("Kort svar", "In short") + "</h2>\n<dl class=\"summary\">\n"
        // Which case, and the case as read: a printed answer in the case file names both.
        if let id = decision.id { html += row(say("Sak", "Case"), id) }
        let facts = DecisionText(book: book, language: language).caseLine(decision)
        if !facts.isEmpty { html += row(say("Saken", "The case"), facts) }
        html += row(say("Regelsett", "Rule set"), decision.selection?.text.text(language) ?? ruleSet?.name(language, capitalized: true) ?? decision.ruleSet)
        html += row(
            say("Anbefalt", "Recommended"),
            decision.options.first { $0.status == .recommended }.map { optionName($0, ruleSet) + Wording.withConditions($0.conditions, vocabulary, language) }
                ?? say("ingen reaksjon for mindre narkotikalovbrudd", "no minor-offence reaction"))
        html += row(say("Ansvar", "Liability"), Wording.liability(decision.liability, language))
        html += row(say("Alder", "Age"), "\(decision.ageAtOffence)" + say(" år", "") + " — " + Wording.ageTrack(decision.ageTrack, vocabulary, language))
        html += row(
            say("Avgjørelsesdato", "Decision date"),
            Wording.date(decision.decisionDate, language)
                + (decision.decisionDateAssumed ? say(" (dagens dato, antatt)", " (today, assumed)") : ""))
        html += "</dl>\n"
        let caveats = decision.caveats
        if caveats.isEmpty {
            html += "<p class=\"no-caveats\">" + say("Forbehold: ingen.", "Caveats: none.") + "</p>\n"
        } else {
            html +=
                "<div class=\"caveats\" role=\"note\"><h3>" + say("Forbehold som kan endre svaret", "Caveats that can change the answer")
                + "</h3>\n<ul>\n" + caveats.map { "<li>" + escape($0.text.text(language)) + sourceLinks($0.citations) + "</li>\n" }.joined()
                + "</ul></div>\n"
        }
        html += "</section>\n"
        if let recommended = decision.options.first(where: { $0.status == .recommended }) {
            html += "<section><h2>" + say("Anbefalt", "Recommended") + "</h2>\n" + describe(recommended, ruleSet) + "</section>\n"
        }
        let available = decision.options.filter { $0.status == .available }
        if !available.isEmpty {
            html += "<section><h2>" + say("Mulige", "Available") + "</h2>\n" + available.map { describe($0, ruleSet) }.joined() + "</section>\n"
        }
        let excluded = decision.options.filter { $0.status == .excluded }
        if !excluded.isEmpty {
            html += "<section class=\"excluded\"><h2>" + say("Utelukket", "Excluded") + "</h2>\n<ul>\n"
            // Reactions excluded for the same reason share it, as in the text answer.
            html += Option.groupedByReason(excluded, language, inFull: true).map { group in
                let names = group.options.map { "<strong>" + escape(optionName($0, ruleSet)) + "</strong>" }
                return "<li>" + Wording.list(names, language) + ": " + escape(group.reason) + "</li>\n"
            }.joined()
            html += "</ul></section>\n"
        }
        let notes = decision.plainNotes
        if !notes.isEmpty {
            html +=
                "<section><h2>" + say("Merknader", "Notes") + "</h2>\n<ul>\n"
                + notes.map { "<li>" + escape($0.text.text(language)) + sourceLinks($0.citations) + "</li>\n" }.joined() + "</ul></section>\n"
        }
        let cited = DecisionDraft.unique(
            decision.options.filter { $0.status != .excluded }.flatMap(\.citations)
                + decision.notes.flatMap(\.citations) + decision.warnings.flatMap(\.citations))
        html += "<section class=\"sources\"><h2>" + say("Kilder", "Sources") + "</h2>\n<ol>\n"
        for id in cited {
            guard let citation = book.citation(id) else { continue }
            let name = escape("\(citation.title), \(citation.sectionWithTerms) (\(Wording.sourceDate(citation.date, language)))")
            let linked = citation.url.map { "<a href=\"" + escape($0) + "\" rel=\"noreferrer\">" + name + "</a>" } ?? name
            html += "<li id=\"source-" + escape(id) + "\">" + linked + "</li>\n"
        }
        html += "</ol></section>\n"
        return html
    }

    /// An invalid case: each error in plain words, as the text answer gives them.
    public func render(_ errors: CaseErrors) -> String {
        "<section class=\"errors\" role=\"alert\"><h2>" + say("Saken kan ikke vurderes ennå", "The case cannot be assessed yet") + "</h2>\n<ul>\n"
            + errors.errors.map { "<li>" + escape(ErrorText.plain($0, language)) + "</li>\n" }.joined() + "</ul></section>\n"
    }

    private func row(_ name: String, _ value: String) -> String {
        "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n"
    }

    private func optionName(_ option: Option, _ ruleSet: RuleSet?) -> String {
        Wording.option(option, vocabulary, language, under: ruleSet)
    }

    private func describe(_ option: Option, _ ruleSet: RuleSet?) -> String {
        var html = "<article class=\"option\"><h3>" + escape(optionName(option, ruleSet)) + "</h3>\n<ul>\n"
        if !option.conditions.isEmpty {
            html += "<li>" + escape(say("Vilkår: ", "Conditions: ") + Wording.conditions(option.conditions, vocabulary, language)) + "</li>\n"
        }
        // Whose consent it needs, unless a reason says so already with where the consent stands.
        let parties = option.requires.compactMap(\.party)
        if !parties.isEmpty && !option.reasons.contains(where: Consent.isConsentReason) {
            html += "<li>" + escape(say("Krever samtykke fra ", "Requires the consent of ") + Wording.consentParties(parties, language)) + "</li>\n"
        }
        if option.requires.contains(.limitCheck) {
            html +=
                "<li class=\"limit-check\">"
                + escape(
                    say(
                        "Krever kontroll av mengdegrensen (grensen er ukjent for dette verktøyet).",
                        "Requires a check of the quantity limit (the limit is not known to this tool).")) + "</li>\n"
        }
        html += option.reasons.map { "<li>" + escape($0.text(language)) + "</li>\n" }.joined()
        html += "</ul>" + sourceLinks(option.citations) + "</article>\n"
        return html
    }

    /// Links to the sources in the list at the end: "[1] [3]".
    private func sourceLinks(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "" }
        return " <span class=\"cites\">" + ids.map { "<a href=\"#source-" + escape($0) + "\">[" + escape($0) + "]</a>" }.joined(separator: " ")
            + "</span>"
    }
}
