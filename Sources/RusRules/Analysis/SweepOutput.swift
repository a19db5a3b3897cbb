import Foundation

/// Renders a ``Sweep``: a table, CSV, JSON, or an HTML page with an SVG curve per liability
/// that marks the rule set's own value. Text, Markdown and HTML in bokmål or English.
package struct SweepOutput {
    package let sweep: Sweep
    package let book: RuleBook
    package let language: Language
    package let provenance: ReportProvenance?
    /// What a reader should know before reading the figures (``Sweep/cautions(values:to:ruleSet:table:substance:unit:vocabulary:)``),
    /// shown in every format.
    package let cautions: [LocalizedText]

    package init(
        sweep: Sweep, book: RuleBook = .builtIn, language: Language = .en, provenance: ReportProvenance? = nil,
        cautions: [LocalizedText] = []
    ) {
        self.sweep = sweep
        self.book = book
        self.language = language
        self.provenance = provenance
        self.cautions = cautions
    }

    private var cautionLines: [String] { cautions.map { say("ADVARSEL: ", "WARNING: ") + $0.text(language) } }

    private func say(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    private var valid: Int { sweep.cases - sweep.invalid.count }

    private func percent(_ count: Int, of total: Int) -> String {
        ComparisonOutput.percent(ComparisonOutput.share(count, of: total), language)
    }

    /// «8 417 (84,2 %)».
    private func countAndShare(_ count: Int, of total: Int) -> String {
        Wording.count(count, language) + " (" + percent(count, of: total) + ")"
    }

    private var substanceName: String { Wording.substance(sweep.substance, book.vocabulary, language) }
    private var tableName: String {
        book.ruleSet(sweep.ruleSet)?.thresholds[sweep.table].map { ComparedRules(book: book, language: language).tableName($0) } ?? sweep.table
    }

    private var headline: String {
        say(
            "\(Wording.capitalized(tableName)) for \(substanceName) (\(sweep.unit)) varieres over \(Wording.count(valid, .nb)) gyldige saker (\(Wording.count(sweep.invalid.count, .nb)) ugyldige); grunnlag \(book.ruleSet(sweep.baseline)?.name(.nb) ?? sweep.baseline)",
            "\(Wording.capitalized(tableName)) for \(substanceName) (\(sweep.unit)), varied over \(Wording.count(valid, .en)) valid cases (\(Wording.count(sweep.invalid.count, .en)) invalid); baseline \(book.ruleSet(sweep.baseline)?.name(.en) ?? sweep.baseline)"
        )
    }

    /// The rule set's own limit for the swept substance, in the sweep's unit (nil when unknown).
    package var ownLimit: ExactDecimal? {
        let vocabulary = book.vocabulary
        guard let row = book.ruleSet(sweep.ruleSet)?.thresholds[sweep.table]?.limits.first(where: { $0.substance == sweep.substance }),
            let limit = row.limit, let from = vocabulary.unit(row.unit), let to = vocabulary.unit(sweep.unit), from.dimension == to.dimension
        else { return nil }
        return (limit * from.perBaseUnit).divided(by: to.perBaseUnit)
    }

    package func render(_ format: ComparisonFormat) -> String { render(format, dialect: .standard) }

    package func render(_ format: ComparisonFormat, dialect: CSVDialect) -> String {
        switch format {
        case .text, .markdown: table(markdown: format == .markdown)
        case .csv: csv(dialect)
        case .json: JSONWriter.pretty(json()) + "\n"
        case .html: html()
        }
    }

    private var columns: [String] { Liability.allCases.map(\.rawValue) + ["changed"] }
    private var columnNames: [String] {
        Liability.allCases.map { Wording.liability($0, language) } + [say("endret fra grunnlaget", "changed from the baseline")]
    }

    private func cells(_ point: Sweep.Point) -> [Int] {
        Liability.allCases.map { point.tally.liability[$0] ?? 0 } + [point.changedFromBaseline]
    }

    /// Whose the marked value is, by the swept rule set's kind: «egen» would read as the user's own.
    private var owner: (short: String, value: String) {
        switch book.ruleSet(sweep.ruleSet)?.kind ?? .proposal {
        case .proposal: (say("forslaget", "the proposal"), say("forslagets verdi", "the proposal's value"))
        case .practice: (say("praksis", "the practice"), say("praksisens verdi", "the practice's value"))
        case .statute: (say("loven", "the statute"), say("lovens verdi", "the statute's value"))
        }
    }

    private func limitText(_ point: Sweep.Point) -> String {
        Wording.number(point.limit, language) + (point.limit == ownLimit ? " (\(owner.short))" : "")
    }

    private func table(markdown: Bool) -> String {
        let header = [say("grense", "limit") + " (\(sweep.unit))"] + columnNames
        let rows = sweep.points.map { point in
            [limitText(point)] + cells(point).map { countAndShare($0, of: valid) }
        }
        let provenanceLines =
            provenance.map { provenance in
                (provenance.syntheticNotice(language).map { [(markdown ? "> " : "! ") + $0, ""] } ?? [])
                    + provenance.entries(language).map { (markdown ? "- **\($0.label):** " : "  \($0.label): ") + $0.value } + [""]
            } ?? []
        if markdown {
            var lines = ["# \(headline)", ""] + cautionLines.map { "> **\($0)**" } + (cautionLines.isEmpty ? [] : [""]) + provenanceLines
            lines += ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " ---: " }.joined(separator: "|") + "|"]
            lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        }
        // Wrapped at a memo's width like compare's text report; a table too wide for it becomes a block per limit.
        let lines = [headline, ""] + cautionLines + (cautionLines.isEmpty ? [] : [""]) + provenanceLines + ComparisonOutput.fitted(header, rows)
        return TextWrap.block(lines.joined(separator: "\n") + "\n", width: ComparisonOutput.textWidth)
    }

    private func csv(_ dialect: CSVDialect) -> String {
        let comments = (provenance?.csvComments(language) ?? []) + cautionLines.map { "# " + $0 }
        let rows =
            [dialect.row(["limit", "unit", "own"] + columns)]
            + sweep.points.map { point in
                dialect.row([dialect.decimal(point.limit.description), sweep.unit, point.limit == ownLimit ? "1" : "0"] + cells(point).map(String.init))
            }
        return dialect.prefix + (comments + rows).joined(separator: dialect.lineEnd) + dialect.lineEnd
    }

    private func json() -> JSONValue {
        var root = JSONObject()
        if let provenance { root.set("provenance", provenance.json()) }
        root.set("warnings", .array(cautions.map { .string($0.text(language)) }))
        for member in JSONObject([
            "ruleSet": .string(sweep.ruleSet), "table": .string(sweep.table), "substance": .string(sweep.substance),
            "unit": .string(sweep.unit), "ownLimit": ownLimit.map { .number(JSONNumber(text: $0.description)) } ?? .null,
            "baseline": .string(sweep.baseline), "cases": .number(JSONNumber(sweep.cases)),
            "invalidCases": .number(JSONNumber(sweep.invalid.count)),
            "points": .array(
                sweep.points.map { point in
                    var liability = JSONObject()
                    for key in Liability.allCases { liability.set(key.rawValue, .number(JSONNumber(point.tally.liability[key] ?? 0))) }
                    var recommended = JSONObject()
                    for key in Tally.recommendedKeys { recommended.set(key, .number(JSONNumber(point.tally.recommended[key] ?? 0))) }
                    return .object(
                        JSONObject([
                            "limit": .number(JSONNumber(point.limit)), "liability": .object(liability),
                            "recommended": .object(recommended), "changedFromBaseline": .number(JSONNumber(point.changedFromBaseline)),
                        ]))
                }),
        ]).members { root.set(member.key, member.value) }
        return .object(root)
    }

    /// A line per liability: share of cases (y) against the limit (x); a dashed line marks the
    /// rule set's own value, and both axis titles sit inside the drawing.
    private func html() -> String {
        let width = 680.0
        let height = 330.0
        let left = 64.0
        let right = 190.0
        let top = 12.0
        let bottom = 52.0
        let values = sweep.points.map { $0.limit.double }
        let low = values.first ?? 0
        let high = max(values.last ?? 1, low + 1e-9)
        func x(_ value: Double) -> Double { left + (value - low) / (high - low) * (width - left - right) }
        func y(_ share: Double) -> Double { top + (1 - share) * (height - bottom - top) }
        let n = HTMLReport.number
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLReport.escape(say("andel etter grense", "share by limit")))\" font-size=\"11\">"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += "<line x1=\"\(n(left))\" x2=\"\(n(x(high)))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\" stroke=\"#ddd\"/>"
            svg +=
                "<text x=\"\(n(left - 6))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\">\(HTMLReport.escape(ComparisonOutput.percent(tick, language)))</text>"
        }
        for (index, value) in values.enumerated() where values.count <= 12 || index % max(values.count / 10, 1) == 0 {
            svg +=
                "<text x=\"\(n(x(value)))\" y=\"\(n(height - bottom + 16))\" text-anchor=\"middle\">\(Wording.number(sweep.points[index].limit, language))</text>"
        }
        if let own = ownLimit, own.double >= low, own.double <= high {
            svg += "<line x1=\"\(n(x(own.double)))\" x2=\"\(n(x(own.double)))\" y1=\"\(n(top))\" y2=\"\(n(y(0)))\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>"
            svg +=
                "<text x=\"\(n(x(own.double) + 4))\" y=\"\(n(top + 10))\">\(HTMLReport.escape(owner.value)) \(Wording.amount(own, sweep.unit, language))</text>"
        }
        for (position, liability) in Liability.allCases.enumerated() {
            let points = zip(values, sweep.points).map { value, point in
                "\(n(x(value))),\(n(y(ComparisonOutput.share(point.tally.liability[liability] ?? 0, of: valid))))"
            }
            let colour = HTMLReport.liabilityColours[liability]!
            svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" points=\"\(points.joined(separator: " "))\"/>"
            svg += "<rect x=\"\(n(width - right + 14))\" y=\"\(20 + position * 18)\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(n(width - right + 30))\" y=\"\(30 + position * 18)\">\(HTMLReport.escape(Wording.liability(liability, language)))</text>"
        }
        let xTitle = say("grense for \(substanceName) (\(sweep.unit))", "limit for \(substanceName) (\(sweep.unit))")
        svg += "<text x=\"\(n((left + x(high)) / 2))\" y=\"\(n(height - 8))\" text-anchor=\"middle\" font-weight=\"600\">\(HTMLReport.escape(xTitle))</text>"
        svg +=
            "<text transform=\"translate(14 \(n((top + y(0)) / 2))) rotate(-90)\" text-anchor=\"middle\" font-weight=\"600\">\(HTMLReport.escape(say("andel av sakene", "share of cases")))</text></svg>"
        let rows = sweep.points.map { point in
            "<tr><th scope=\"row\">\(HTMLReport.escape(limitText(point)))</th>"
                + cells(point).map { "<td>\(HTMLReport.escape(countAndShare($0, of: valid)))</td>" }.joined() + "</tr>"
        }.joined()
        var body =
            "<h1>\(say("Terskelanalyse", "Threshold sweep"))</h1><p class=\"lead\">\(HTMLReport.escape(headline)).</p>"
            + cautionLines.map { "<p><strong>\(HTMLReport.escape($0))</strong></p>" }.joined()
        body += provenance.map { HTMLReport.notice($0, language) } ?? ""
        body += "<h2>\(say("Straffansvar etter grense", "Liability by limit"))</h2>\n\(svg)\n"
        body +=
            "<table><thead><tr><th>\(say("grense", "limit")) (\(HTMLReport.escape(sweep.unit)))</th>\(columnNames.map { "<th>\(HTMLReport.escape($0))</th>" }.joined())</tr></thead><tbody>\(rows)</tbody></table>"
        body += provenance.map { HTMLReport.provenanceBlock($0, language) } ?? ""
        return HTMLReport.page(language: language, title: "RusRules: " + say("terskelanalyse", "threshold sweep"), body: body)
    }
}
