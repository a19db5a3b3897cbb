import Foundation

/// One changed case at a time, in each format: what ``ChangeListing`` writes as the cases are
/// found, so that a report never holds them all.
extension ComparisonOutput {
    /// The changed cases' causes, per compared rule set in the order compared, largest first.
    package func causes() -> [ChangeListing.Cause] { changes?.byCause ?? [] }

    /// Whether the rule set at `offset` (from 0, after the baseline) gives the baseline's
    /// reaction on other conditions.
    func hasOtherConditions(_ changed: ChangedCase, _ offset: Int) -> Bool {
        changed.outcomes[offset].outcome == changed.baseline && !changed.conditions.isEmpty
            && changed.conditions[offset + 1] != changed.conditions[0]
    }

    /// Under each compared rule set where the case changed (its position, from 1), the cause.
    func changeCauses(_ changed: ChangedCase) -> [(position: Int, cause: String)] {
        changed.outcomes.indices.compactMap { offset in
            if changed.outcomes[offset].outcome != changed.baseline, let explanation = changed.explanation {
                return (offset + 1, cause(explanation, position: offset + 1))
            }
            return hasOtherConditions(changed, offset) ? (offset + 1, conditionsCause(changed, position: offset + 1)) : nil
        }
    }

    /// The case's row in the table of changed cases: the baseline's outcome and ground, then
    /// under each rule set its own, or «uendret».
    func changedRow(_ changed: ChangedCase) -> [String] {
        var row = [
            "#\(changed.index)" + (changed.id.map { " \($0)" } ?? ""), trackName(changed.ageTrack),
            changed.explanation.map { amountsText($0.amounts) } ?? changed.substances.map(substanceName).joined(separator: ", "),
        ]
        let explanation = changed.explanation
        row.append(explanation.map { outcomeAndGround(changed.baseline, $0, position: 0) } ?? outcomeName(changed.baseline))
        if !changed.conditions.isEmpty { row[row.count - 1] += " (" + conditionsName(changed.conditions[0]) + ")" }
        for (offset, entry) in changed.outcomes.enumerated() {
            row.append(
                hasOtherConditions(changed, offset)
                    ? outcomeName(entry.outcome) + " (" + conditionsName(changed.conditions[offset + 1]) + ")"
                    : entry.outcome == changed.baseline
                        ? say("uendret", "unchanged")
                        : explanation.map { outcomeAndGround(entry.outcome, $0, position: offset + 1) } ?? outcomeName(entry.outcome))
        }
        return row
    }

    /// The case in the JSON report's `changed` array.
    func changedJSON(_ changed: ChangedCase) -> JSONValue {
        var object = JSONObject()
        object.set("index", .number(JSONNumber(changed.index)))
        if let id = changed.id { object.set("id", .string(id)) }
        object.set("ageTrack", .string(changed.ageTrack.rawValue))
        object.set("substances", .array(changed.substances.map { .string($0) }))
        if let explanation = changed.explanation {
            object.set(
                "amounts",
                .array(
                    explanation.amounts.map { entry in
                        .object(
                            JSONObject([
                                "substance": .string(entry.substance), "amount": Self.decimalJSON(entry.amount),
                                "unit": entry.unit.map(JSONValue.string) ?? .null,
                            ]))
                    }))
        }
        object.set("baseline", Self.outcomeJSON(changed.baseline))
        object.set("outcomes", .object(JSONObject(changed.outcomes.map { JSONObject.Member(key: $0.ruleSet, value: Self.outcomeJSON($0.outcome)) })))
        if !changed.conditions.isEmpty {
            object.set(
                "conditions",
                .object(
                    JSONObject(
                        comparison.ruleSetIDs.enumerated().map { position, id in
                            JSONObject.Member(key: id, value: .array(changed.conditions[position].conditions.map { .string($0.rawValue) }))
                        })))
        }
        if let explanation = changed.explanation {
            object.set("grounds", .object(JSONObject(explanation.grounds.map { JSONObject.Member(key: $0.ruleSet, value: groundJSON($0)) })))
            object.set(
                "causes",
                .object(
                    JSONObject(
                        changed.outcomes.enumerated().compactMap { offset, entry in
                            entry.outcome == changed.baseline
                                ? nil : JSONObject.Member(key: entry.ruleSet, value: .string(cause(explanation, position: offset + 1)))
                        })))
        }
        return .object(object)
    }

    /// The case's rows in the CSV report: one per rule set where it changed.
    func changedReportCSV(_ changed: ChangedCase, dialect: CSVDialect) -> String {
        var text = ""
        let explanation = changed.explanation
        for (offset, entry) in changed.outcomes.enumerated() {
            let otherConditions = hasOtherConditions(changed, offset)
            guard entry.outcome != changed.baseline || otherConditions else { continue }
            text += dialect.row([
                "changed-case", entry.ruleSet, "", "", "", "", "1", "", "", "",
                String(changed.index), changed.id ?? "",
                changed.explanation.map { amountsText($0.amounts) } ?? "",
                changed.baseline.liability.rawValue, changed.baseline.recommendedKey,
                explanation.map { decider($0, position: 0) } ?? "", explanation.flatMap { comparisonText($0, position: 0) } ?? "",
                entry.outcome.liability.rawValue, entry.outcome.recommendedKey,
                explanation.map { decider($0, position: offset + 1) } ?? "",
                explanation.flatMap { comparisonText($0, position: offset + 1) } ?? "",
                otherConditions
                    ? conditionsCause(changed, position: offset + 1)
                    : changed.explanation.map { cause($0, position: offset + 1) } ?? "",
            ])
            text += dialect.lineEnd
        }
        return text
    }

    /// The header of the changed cases' own table (`--changed-csv`): one row per changed case
    /// and rule set.
    static let changedHeader = [
        "caseIndex", "caseId", "ruleSet", "ageGroup", "dependent", "substance", "amount", "unit", "substanceCount",
        "baselineLiability", "baselineRecommended", "baselineConditions", "liability", "recommended", "conditions", "cause",
    ]

    /// The start of the changed cases' own table: the dialect's prefix and the header.
    package static func changedCSVHead(dialect: CSVDialect) -> String {
        dialect.prefix + dialect.row(changedHeader) + dialect.lineEnd
    }

    /// The case's rows in the changed cases' own table, a tidy table for a spreadsheet or
    /// pandas: a row per rule set where the outcome or its conditions differ, typed columns
    /// (the amount a number in the dialect's decimal form; the first substance of a case with
    /// several, and their count), ids as the contract writes them; no comment lines.
    func changedTidyCSV(_ changed: ChangedCase, dialect: CSVDialect) -> String {
        var text = ""
        let words = { (set: ConditionSet) in set.conditions.map(\.rawValue).joined(separator: "+") }
        let amounts = changed.explanation?.amounts ?? changed.substances.map { SubstanceAmount(substance: $0, amount: nil, unit: nil) }
        let first = amounts.first
        for (offset, entry) in changed.outcomes.enumerated() {
            let otherConditions = hasOtherConditions(changed, offset)
            guard entry.outcome != changed.baseline || otherConditions else { continue }
            let cause =
                otherConditions
                ? conditionsCause(changed, position: offset + 1)
                : changed.explanation.map { self.cause($0, position: offset + 1) } ?? ""
            text += dialect.row([
                String(changed.index), changed.id ?? "", entry.ruleSet, changed.ageTrack.rawValue, changed.dependency.rawValue,
                first?.substance ?? "", first?.amount.map { dialect.decimal($0.description) } ?? "", first?.unit ?? "",
                String(amounts.count), changed.baseline.liability.rawValue, changed.baseline.recommendedKey,
                changed.conditions.isEmpty ? "" : words(changed.conditions[0]), entry.outcome.liability.rawValue,
                entry.outcome.recommendedKey, changed.conditions.isEmpty ? "" : words(changed.conditions[offset + 1]), cause,
            ])
            text += dialect.lineEnd
        }
        return text
    }

    /// The case's block in the text report, as ``rowBlock(_:_:)`` lays out a row: its number, age
    /// group and amounts on one line, then a line per rule set, each wrapped.
    private func changedBlock(_ changed: ChangedCase) -> String {
        let row = changedRow(changed)
        var text = "  " + row.prefix(3).filter { !$0.isEmpty }.joined(separator: " — ") + "\n"
        for (label, cell) in zip(changedLabels, row.dropFirst(3)) { text += label + cell + "\n" }
        return TextWrap.block(text, width: Self.textWidth)
    }

    /// The case as the report in `format` lists it, where the streamed rows go (``parts(_:dialect:)``):
    /// a block of lines in text, a table row in Markdown, an array element in JSON (without
    /// the comma before it), its rows in CSV; nothing in HTML, which lists a few per cause.
    func changedEntry(_ changed: ChangedCase, format: ComparisonFormat, dialect: CSVDialect) -> String {
        switch format {
        case .text: changedBlock(changed)
        case .markdown: Self.markdownRow(changedRow(changed)) + "\n"
        case .json:
            JSONWriter.pretty(changedJSON(changed), level: Self.changedLevel, after: Self.changedIndent)
        case .csv: changedReportCSV(changed, dialect: dialect)
        case .html: ""
        }
    }

    /// The depth of a changed case in the JSON report: an element of a member of the root.
    static let changedLevel = 2
    /// What precedes a changed case in the JSON report: a line break and its indentation.
    static let changedIndent = "\n" + String(repeating: " ", count: 2 * changedLevel)

    /// The report in two parts, around the place where the changed cases' entries
    /// (``changedEntry(_:format:dialect:)``) go, in input order; the tail is nil when no
    /// changed case is listed in `format` (none changed, or HTML).
    package func parts(_ format: ComparisonFormat, dialect: CSVDialect = .standard) -> (head: String, tail: ReportTail?) {
        let streamed = (changes?.count ?? 0) > 0 && format != .html
        let plain = { (parts: (head: String, tail: String?)) in (parts.head, parts.tail.map { ReportTail(text: $0) }) }
        switch format {
        case .text: return plain(Self.split(textLines(), width: Self.textWidth))
        case .markdown: return plain(Self.split(markdownLines(), width: nil))
        case .csv: return (csv(dialect: dialect), streamed ? ReportTail(text: "") : nil)
        case .html: return (HTMLReport(output: self).render(), nil)
        case .json: return jsonParts(streamed: streamed)
        }
    }

    /// The JSON report laid out as the pretty writer lays it out, opened at the `changed`
    /// array when its elements are written between the parts. Each cause's case numbers are
    /// written as text when the tail is written: a ``JSONValue`` per number, or one string of
    /// them all, would hold millions of them.
    private func jsonParts(streamed: Bool) -> (head: String, tail: ReportTail?) {
        guard case .object(let root) = json() else { return (JSONWriter.pretty(json()) + "\n", nil) }
        var head: String?
        var tail = ReportTail()
        var text = "{"
        for (position, member) in root.members.enumerated() {
            text += (position > 0 ? "," : "") + "\n  " + JSONWriter.compact(.string(member.key)) + ": "
            switch member.key {
            case "changed" where streamed:
                head = text + "["
                text = "\n  ]"
            case "causes":
                let causes = causes()
                guard case .array(let objects) = member.value, !objects.isEmpty else {
                    text += "[]"
                    continue
                }
                text += "["
                for (index, object) in objects.enumerated() {
                    // The object without its closing line, then its last member, `cases`.
                    text += (index > 0 ? "," : "") + "\n    " + JSONWriter.pretty(object, level: 2).dropLast(6) + ",\n      \"cases\": ["
                    if head != nil {
                        tail.append(text)
                        tail.append(causes[index].cases)
                        text = ""
                    } else {
                        text += causes[index].cases.map(String.init).joined(separator: ", ")
                    }
                    text += "]\n    }"
                }
                text += "\n  ]"
            default:
                text += JSONWriter.pretty(member.value, level: 1)
            }
        }
        text += "\n}\n"
        tail.append(text)
        return head.map { ($0, tail) } ?? (text, nil)
    }

    /// The line that stands where the changed cases' blocks or rows go in text and Markdown.
    static let changedMark = "\u{0}changed-cases\u{0}"

    /// The lines before and after ``changedMark`` as text, wrapped at `width` when given.
    private static func split(_ lines: [String], width: Int?) -> (head: String, tail: String?) {
        let join = { (lines: ArraySlice<String>) -> String in
            guard !lines.isEmpty else { return "" }
            let text = lines.joined(separator: "\n") + "\n"
            return width.map { TextWrap.block(text, width: $0) } ?? text
        }
        guard let mark = lines.firstIndex(of: changedMark) else { return (join(lines[...]), nil) }
        return (join(lines[..<mark]), join(lines[(mark + 1)...]))
    }
}
