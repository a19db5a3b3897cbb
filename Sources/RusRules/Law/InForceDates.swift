/// The in-force dates a user states for adopted statutes (docs/law.md §3): the law says a statute
/// takes effect «fra den tiden Kongen bestemmer», and this project knows no such date, so it
/// is an input (`--in-force lov-2025=2026-07-01`), never data.
public struct InForceDates: Sendable, Equatable {
    private var dates: [String: LegalDate]

    /// No in-force dates: each statute not yet in force stays so.
    public init() { dates = [:] }

    /// The stated in-force date of a statute, if any.
    public subscript(ruleSet: String) -> LegalDate? { dates[ruleSet] }

    /// Whether no date is given.
    public var isEmpty: Bool { dates.isEmpty }

    /// Every stated date, by rule set id.
    public var all: [(ruleSet: String, date: LegalDate)] {
        dates.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Adds `ruleSet=YYYY-MM-DD` after checking it against `book`: the rule set must be a
    /// statute, the date a real date not before its adoption, and each statute stated once.
    /// The error is a sentence saying what to write instead.
    public mutating func add(_ text: String, book: RuleBook) -> LocalizedText? {
        let statutes = book.statutes.map(\.id)
        let known = LocalizedText(
            nb: statutes.isEmpty ? "ingen" : statutes.joined(separator: ", "),
            en: statutes.isEmpty ? "none" : statutes.joined(separator: ", "))
        let equals = text.firstIndex(of: "=")
        let written = equals.map { String(text[text.index(after: $0)...]) } ?? ""
        guard let equals, let date = LegalDate(written) else {
            if let nb = LegalDate.calendarFault(written, .nb), let en = LegalDate.calendarFault(written, .en) {
                return LocalizedText(nb: "\(written) er ikke en dato som finnes: \(nb)", en: "\(written) is not a date that exists: \(en)")
            }
            if let equals, let date = LegalDate(typed: written) {
                let meant = "\(text[..<equals])=\(date)"
                return LocalizedText(nb: "skriv datoen ÅÅÅÅ-MM-DD: \(meant)", en: "write the date YYYY-MM-DD: \(meant)")
            }
            return LocalizedText(
                nb: "skriv REGELSETT=ÅÅÅÅ-MM-DD (for eksempel lov-2025=2026-07-01), ikke \"\(text)\"",
                en: "expected RULE-SET=YYYY-MM-DD (for example lov-2025=2026-07-01), not \"\(text)\"")
        }
        let id = String(text[..<equals])
        guard let statute = book.ruleSet(id), statute.kind == .statute else {
            // A misspelt statute («lov2025») is named; a practice's id is not a slip of the pen.
            let meant = book.ruleSet(id) == nil ? Spelling.closest(to: id, in: book.statutes.map(\.id)) : nil
            return LocalizedText(
                nb: "\"\(id)\" er ikke en lov med en ikrafttredelsesdato som kan oppgis" + (meant.map { " (mente du \"\($0)\"?)" } ?? "; lover: \(known.nb)"),
                en: "\"\(id)\" is not a statute whose in-force date can be stated" + (meant.map { " (did you mean \"\($0)\"?)" } ?? "; statutes: \(known.en)"))
        }
        if let adopted = statute.adopted, date < adopted {
            return LocalizedText(
                nb: "\(id) ble vedtatt \(adopted.written(.nb)); den kan ikke tre i kraft \(date.written(.nb))",
                en: "\(id) was adopted on \(adopted); it cannot take effect on \(date)")
        }
        if dates[id] != nil {
            return LocalizedText(nb: "ikrafttredelsesdatoen for \(id) er gitt to ganger", en: "the in-force date of \(id) is given twice")
        }
        dates[id] = date
        return nil
    }
}
