import Foundation

/// The ways a comparison is written out: for people (text, markdown, html) and scripts (json, csv).
public enum ComparisonFormat: String, Sendable, CaseIterable {
    case text, json, csv, markdown, html
}

/// Renders a finished ``Comparison``. Shares are of the valid cases (of each group in breakdowns).
public struct ComparisonOutput {
    public let comparison: Comparison
    public let book: RuleBook
    public let showChanged: Bool

    public init(comparison: Comparison, book: RuleBook, showChanged: Bool) {
        self.comparison = comparison
        self.book = book
        self.showChanged = showChanged
    }

    public func render(_ format: ComparisonFormat) -> String {
        switch format {
        case .text: text()
        case .json: JSONWriter.pretty(json()) + "\n"
        case .csv: csv()
        case .markdown: markdown()
        case .html: HTMLReport(output: self).render()
        }
    }

    // MARK: - Shared pieces

    static func share(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : Double(count) / Double(total)
    }

    static func percent(_ count: Int, of total: Int) -> String {
        String(format: "%.1f%%", share(count, of: total) * 100)
    }

    /// Shares as JSON numbers with four decimals.
    static func shareNumber(_ count: Int, of total: Int) -> JSONValue {
        .number(JSONNumber(text: String(format: "%.4f", share(count, of: total))))
    }

    var summaries: [RuleSetSummary] { comparison.summaries }

    /// Age tracks and substances that occur, in vocabulary order.
    var ageTracks: [AgeTrack] { AgeTrack.allCases.filter { track in summaries[0].byAgeTrack[track] != nil } }
    var substances: [String] { book.vocabulary.substances.map(\.id).filter { summaries[0].bySubstance[$0] != nil } }

    func title(_ id: String) -> String { book.ruleSet(id)?.title.en ?? id }

    // MARK: - JSON

    func tallyJSON(_ tally: Tally) -> JSONObject {
        var liability = JSONObject()
        var liabilityShares = JSONObject()
        for key in Liability.allCases {
            liability.set(key.rawValue, .number(JSONNumber(tally.liability[key] ?? 0)))
            liabilityShares.set(key.rawValue, Self.shareNumber(tally.liability[key] ?? 0, of: tally.total))
        }
        var recommended = JSONObject()
        var recommendedShares = JSONObject()
        for key in Tally.recommendedKeys {
            recommended.set(key, .number(JSONNumber(tally.recommended[key] ?? 0)))
            recommendedShares.set(key, Self.shareNumber(tally.recommended[key] ?? 0, of: tally.total))
        }
        return JSONObject([
            "cases": .number(JSONNumber(tally.total)), "liability": .object(liability), "recommended": .object(recommended),
            "shares": .object(JSONObject(["liability": .object(liabilityShares), "recommended": .object(recommendedShares)])),
        ])
    }

    static func outcomeJSON(_ outcome: Outcome) -> JSONValue {
        .object(JSONObject(["liability": .string(outcome.liability.rawValue), "recommended": .string(outcome.recommendedKey)]))
    }

    public func json() -> JSONValue {
        var root = JSONObject()
        root.set("cases", .number(JSONNumber(comparison.cases)))
        root.set("validCases", .number(JSONNumber(comparison.validCases)))
        root.set("invalidCases", .number(JSONNumber(comparison.invalid.count)))
        root.set("baseline", .string(comparison.baseline))
        root.set("ruleSets", .array(summaries.map { summary in
            var object = JSONObject([
                "id": .string(summary.id), "kind": .string(book.ruleSet(summary.id)?.kind.rawValue ?? ""),
                "title": .string(title(summary.id)),
            ])
            for member in tallyJSON(summary.overall).members { object.set(member.key, member.value) }
            object.set("changedFromBaseline", summary.changedFromBaseline.map { .number(JSONNumber($0)) } ?? .null)
            object.set("byAgeTrack", .object(JSONObject(ageTracks.map {
                JSONObject.Member(key: $0.rawValue, value: .object(tallyJSON(summary.byAgeTrack[$0] ?? Tally())))
            })))
            object.set("bySubstance", .object(JSONObject(substances.map {
                JSONObject.Member(key: $0, value: .object(tallyJSON(summary.bySubstance[$0] ?? Tally())))
            })))
            return .object(object)
        }))
        root.set("transitions", .array(comparison.transitions.map { transition in
            .object(JSONObject([
                "ruleSet": .string(transition.ruleSet), "from": Self.outcomeJSON(transition.from),
                "to": Self.outcomeJSON(transition.to), "count": .number(JSONNumber(transition.count)),
            ]))
        }))
        root.set("invalid", .array(comparison.invalid.map { invalid in
            guard case .object(var object) = invalid.errors.json() else { return .null }
            object.set("index", .number(JSONNumber(invalid.index)))
            return .object(object)
        }))
        if showChanged {
            root.set("changed", .array(comparison.changed.map { changed in
                var object = JSONObject()
                object.set("index", .number(JSONNumber(changed.index)))
                if let id = changed.id { object.set("id", .string(id)) }
                object.set("ageTrack", .string(changed.ageTrack.rawValue))
                object.set("substances", .array(changed.substances.map { .string($0) }))
                object.set("baseline", Self.outcomeJSON(changed.baseline))
                object.set("outcomes", .object(JSONObject(changed.outcomes.map {
                    JSONObject.Member(key: $0.ruleSet, value: Self.outcomeJSON($0.outcome))
                })))
                return .object(object)
            }))
        }
        return .object(root)
    }

    // MARK: - CSV

    /// One row per number: `kind,ruleSet,breakdown,group,key,to,count,share`.
    public func csv() -> String { csv(dialect: .standard) }

    /// Counts and shares, one row each; with `--changed`, one row per changed case and rule set,
    /// with the case's index and id and each outcome's liability and reaction in columns of
    /// their own. `dialect` picks RFC 4180 or what Norwegian spreadsheets open as they are.
    public func csv(dialect: CSVDialect) -> String {
        let header = ["kind", "ruleSet", "breakdown", "group", "key", "to", "count", "share",
                      "caseIndex", "caseId", "baselineLiability", "baselineRecommended", "liability", "recommended"]
        var rows = [dialect.row(header)]
        func row(_ fields: [String], _ count: Int, _ total: Int) {
            rows.append(dialect.row(fields + [String(count), dialect.decimal(String(format: "%.4f", Self.share(count, of: total)))]
                                    + Array(repeating: "", count: 6)))
        }
        row(["cases", "", "all", "all", "valid", ""], comparison.validCases, comparison.cases)
        row(["cases", "", "all", "all", "invalid", ""], comparison.invalid.count, comparison.cases)
        for summary in summaries {
            var groups: [(String, String, Tally)] = [("all", "all", summary.overall)]
            groups += ageTracks.map { ("ageTrack", $0.rawValue, summary.byAgeTrack[$0] ?? Tally()) }
            groups += substances.map { ("substance", $0, summary.bySubstance[$0] ?? Tally()) }
            for (breakdown, group, tally) in groups {
                for key in Liability.allCases {
                    row(["liability", summary.id, breakdown, group, key.rawValue, ""], tally.liability[key] ?? 0, tally.total)
                }
                for key in Tally.recommendedKeys {
                    row(["recommended", summary.id, breakdown, group, key, ""], tally.recommended[key] ?? 0, tally.total)
                }
            }
            if let changed = summary.changedFromBaseline {
                row(["changed", summary.id, "all", "all", "", ""], changed, comparison.validCases)
            }
        }
        for transition in comparison.transitions {
            row(["transition", transition.ruleSet, "all", "all", transition.from.description, transition.to.description],
                transition.count, comparison.validCases)
        }
        if showChanged {
            for changed in comparison.changed {
                for (ruleSet, outcome) in changed.outcomes where outcome != changed.baseline {
                    rows.append(dialect.row(["changed-case", ruleSet, "", "", "", "", "1", "",
                                             String(changed.index), changed.id ?? "",
                                             changed.baseline.liability.rawValue, changed.baseline.recommendedKey,
                                             outcome.liability.rawValue, outcome.recommendedKey]))
                }
            }
        }
        return dialect.prefix + rows.joined(separator: dialect.lineEnd) + dialect.lineEnd
    }

    static func csvField(_ field: String) -> String {
        CSVDialect.standard.field(field)
    }

    // MARK: - Text and Markdown

    /// Rows of label + one cell per rule set, for a distribution of `keys`.
    func distributionRows(_ keys: [String], _ count: (RuleSetSummary, String) -> Int, _ total: (RuleSetSummary) -> Int)
        -> [[String]]
    {
        keys.compactMap { key in
            let counts = summaries.map { count($0, key) }
            guard counts.contains(where: { $0 > 0 }) else { return nil }
            return [key] + zip(summaries, counts).map { summary, value in "\(value) (\(Self.percent(value, of: total(summary))))" }
        }
    }

    func sections() -> [(title: String, header: [String], rows: [[String]])] {
        let header = [""] + summaries.map(\.id)
        var result: [(String, [String], [[String]])] = []
        result.append(("Liability", header, distributionRows(Liability.allCases.map(\.rawValue),
            { $0.overall.liability[Liability(rawValue: $1)!] ?? 0 }, { $0.overall.total })))
        result.append(("Recommended reaction", header, distributionRows(Tally.recommendedKeys,
            { $0.overall.recommended[$1] ?? 0 }, { $0.overall.total })))
        result.append(("Changed from the baseline", header, [["changed"] + summaries.map { summary in
            summary.changedFromBaseline.map { "\($0) (\(Self.percent($0, of: comparison.validCases)))" } ?? "—"
        }]))
        for (name, groups, tally) in [
            ("age track", ageTracks.map(\.rawValue), { (summary: RuleSetSummary, group: String) in summary.byAgeTrack[AgeTrack(rawValue: group)!] ?? Tally() }),
            ("substance", substances, { (summary: RuleSetSummary, group: String) in summary.bySubstance[group] ?? Tally() }),
        ] {
            var rows: [[String]] = []
            for group in groups {
                for liability in Liability.allCases {
                    let counts = summaries.map { tally($0, group).liability[liability] ?? 0 }
                    guard counts.contains(where: { $0 > 0 }) else { continue }
                    rows.append(["\(group): \(liability.rawValue)"] + zip(summaries, counts).map { summary, value in
                        "\(value) (\(Self.percent(value, of: tally(summary, group).total)))"
                    })
                }
            }
            result.append(("Liability by \(name) (share of the group)", header, rows))
        }
        for summary in summaries.dropFirst() {
            let rows = comparison.transitions.filter { $0.ruleSet == summary.id && $0.from != $0.to }.map {
                [$0.from.description, $0.to.description, String($0.count)]
            }
            result.append(("Transitions \(comparison.baseline) → \(summary.id) (\(summary.changedFromBaseline ?? 0) changed)",
                           ["from (\(comparison.baseline))", "to (\(summary.id))", "cases"], rows))
        }
        if showChanged {
            let rows = comparison.changed.map { changed in
                ["#\(changed.index)" + (changed.id.map { " \($0)" } ?? ""), changed.ageTrack.rawValue,
                 changed.substances.joined(separator: "+"), changed.baseline.description]
                    + changed.outcomes.map(\.outcome.description)
            }
            result.append(("Changed cases", ["case", "age track", "substances", comparison.baseline]
                           + summaries.dropFirst().map(\.id), rows))
        }
        if !comparison.invalid.isEmpty {
            result.append(("Invalid cases (not counted above)", ["case", "errors"], comparison.invalid.map { invalid in
                ["#\(invalid.index)" + (invalid.errors.id.map { " \($0)" } ?? ""),
                 invalid.errors.errors.map { "\($0.code) at \($0.pointer.description.isEmpty ? "/" : $0.pointer.description)" }
                     .joined(separator: "; ")]
            }))
        }
        return result
    }

    var headline: String {
        "Compared \(comparison.cases) case\(comparison.cases == 1 ? "" : "s") (\(comparison.validCases) valid, "
            + "\(comparison.invalid.count) invalid) under \(summaries.count) rule sets; baseline \(comparison.baseline)"
    }

    public func text() -> String {
        var lines = [headline]
        for section in sections() {
            lines += ["", section.title.uppercased()]
            if section.rows.isEmpty {
                lines.append("  (none)")
                continue
            }
            let table = [section.header] + section.rows
            let widths = (0..<section.header.count).map { column in table.map { $0[column].count }.max() ?? 0 }
            for row in table {
                lines.append("  " + row.enumerated().map { column, cell in
                    column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[column] - cell.count) + cell
                }.joined(separator: "   "))
            }
        }
        lines.append("")
        lines.append("Rule sets: " + summaries.map { "\($0.id) — \(title($0.id))" }.joined(separator: "; "))
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var lines = ["# Comparison of rule sets", "", headline + "."]
        for section in sections() {
            lines += ["", "## \(section.title)", ""]
            if section.rows.isEmpty {
                lines.append("None.")
                continue
            }
            let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
            lines.append("| " + section.header.map(escape).joined(separator: " | ") + " |")
            lines.append("|" + section.header.enumerated().map { $0.offset == 0 ? " --- " : " ---: " }.joined(separator: "|") + "|")
            for row in section.rows {
                lines.append("| " + row.map(escape).joined(separator: " | ") + " |")
            }
        }
        lines += ["", "## Rule sets", ""]
        lines += summaries.map { "- `\($0.id)`: \(title($0.id))" }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// How a CSV file is written: RFC 4180 (`,`, decimal point), or as Norwegian Excel and
/// LibreOffice open it by double-click (`excel-nb`: `;`, decimal comma, a UTF-8 byte order mark
/// so that æ, ø and å survive, CRLF line ends).
public enum CSVDialect: String, CaseIterable, Sendable {
    case standard
    case excelNB = "excel-nb"

    var separator: String { self == .standard ? "," : ";" }
    var prefix: String { self == .standard ? "" : "\u{FEFF}" }
    var lineEnd: String { self == .standard ? "\n" : "\r\n" }

    func decimal(_ number: String) -> String {
        self == .standard ? number : number.replacingOccurrences(of: ".", with: ",")
    }

    func field(_ field: String) -> String {
        field.contains(where: { String($0) == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: separator)
    }
}
