/// A text a rule writes into an answer — a reason, note, warning or trace line — in both
/// languages, with the sources it rests on. Every rule declares its messages at the end of its
/// own file, so a rule's wording and citations are read and changed beside its logic.
struct RuleMessage {
    let text: LocalizedText
    let citations: [String]

    init(nb: String, en: String, citations: [String]) {
        text = LocalizedText(nb: nb, en: en)
        self.citations = citations
    }

    /// A message made from one template for both languages, rendered only when shown.
    init(citations: [String], _ render: @escaping @Sendable (Language) -> String) {
        text = LocalizedText(render)
        self.citations = citations
    }

    init(_ text: LocalizedText, citations: [String]) {
        self.text = text
        self.citations = citations
    }
}

extension RuleMessage {
    /// The message with a shorter form for the one-screen answer (an excluded reaction's reason
    /// on one line at 80 columns; a caveat or note without the sources' reasoning behind it); the
    /// full text stays in JSON, the «begrunnelse», `--forklar` and `--alle-kilder`. An empty
    /// brief leaves the text out of the one-screen answer, where its summary says it already.
    func briefly(nb: String, en: String) -> RuleMessage {
        RuleMessage(text.withBrief(LocalizedText(nb: nb, en: en)), citations: citations)
    }

    /// The message with a shorter form rendered from one template for both languages.
    func briefly(_ render: @escaping @Sendable (Language) -> String) -> RuleMessage {
        RuleMessage(text.withBrief(LocalizedText(render)), citations: citations)
    }

    /// The message as a remark (a warning or trace line) under `code`.
    func remark(_ code: String) -> Remark {
        Remark(code: code, text: text, citations: citations)
    }
}
