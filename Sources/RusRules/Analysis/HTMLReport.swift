import Foundation

/// One self-contained HTML page (no scripts, no network): stacked bars per rule set, the
/// transition flows from the baseline, and the tables of the text report. Prints on A4.
struct HTMLReport {
    let output: ComparisonOutput

    private var comparison: Comparison { output.comparison }

    static let liabilityColours: [Liability: String] = [
        .notCriminallyLiable: "#8da0cb", .notPunishable: "#66c2a5", .punishable: "#fc8d62", .ordinaryProsecution: "#d9534f",
    ]
    /// A chart colour for every reaction (a new reaction does not compile until it has one).
    static func colour(of reaction: Reaction?) -> String {
        switch reaction {
        case .bekymringssamtale: "#a6cee3"
        case .pataleunnlatelse: "#1f78b4"
        case .forelegg: "#fb9a99"
        case .forenkletForelegg: "#e31a1c"
        case .ungdomsoppfolging: "#b2df8a"
        case .ungdomsstraff: "#33a02c"
        case .straffutmalingsfrafall: "#fdbf6f"
        case .oppfolgingIKonfliktrad: "#ff7f00"
        case .radgivendeEnhet: "#66c2a5"
        case nil: "#bbbbbb"
        }
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private func say(_ nb: String, _ en: String) -> String { output.say(nb, en) }

    func render() -> String {
        var body: [String] = []
        body.append("<h1>\(Self.escape(output.reportTitle))</h1>")
        body.append("<p class=\"lead\">\(Self.escape(output.headline)).</p>")
        if let provenance = output.provenance {
            body.append(Self.notice(provenance, output.language, intervals: output.study != nil))
            body.append(Self.provenanceBlock(provenance, output.language))
        }
        body.append("<h2>\(say("Straffansvar", "Liability"))</h2>")
        body.append(
            stackedBars(
                keys: Liability.allCases.map(\.rawValue),
                colour: { Self.liabilityColours[Liability(rawValue: $0)!]! },
                name: { output.liabilityName(Liability(rawValue: $0)!) },
                count: { summary, key in summary.overall.liability[Liability(rawValue: key)!] ?? 0 },
                label: say("straffansvar", "liability")))
        body.append("<h2>\(say("Anbefalt reaksjon", "Recommended reaction"))</h2>")
        body.append(
            stackedBars(
                keys: Tally.recommendedKeys,
                colour: { Self.colour(of: Reaction(rawValue: $0)) },
                name: output.recommendedName,
                count: { summary, key in summary.overall.recommended[key] ?? 0 },
                label: say("anbefalt reaksjon", "recommended reaction")))
        // Over several draws, the shares' intervals belong beside the charts they qualify.
        if let study = output.study {
            let section = output.variationSection(study)
            body.append("<h2 id=\"variation\">\(Self.escape(section.title))</h2>")
            body.append(table(header: section.header, rows: section.rows))
            body.append("<p class=\"note\">\(Self.escape(output.variationNote(study)))</p>")
        }
        body.append("<h2>\(say("Regelsettene", "The rule sets"))</h2>")
        for block in output.ruleBlocks() {
            body.append(
                "<section class=\"rules\"><h3>\(Self.escape(block.title))</h3><ul>" + block.sentences.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>")
            body.append(table(header: block.table.header, rows: block.table.rows) + "</section>")
        }
        if !output.substances.isEmpty {
            body.append("<h2>\(say("Straffansvar etter stoff", "Liability by substance"))</h2>")
            body.append(
                "<p>\(say("Ett lite diagram per stoff: andelen av sakene med stoffet under hvert regelsett. En sak med flere stoffer telles under hvert av dem.", "One small chart per substance: the share of the cases with it under each rule set. A case with several substances counts under each."))</p>"
            )
            body.append("<div class=\"multiples\">" + output.substances.map(substancePanel).joined() + "</div>")
        }
        for summary in output.summaries.dropFirst() {
            let from = Self.escape(output.name(comparison.baseline))
            let to = Self.escape(output.name(summary.id))
            body.append("<section class=\"keep\"><h2>\(say("Overganger", "Flows")) \(from) → \(to)</h2>")
            body.append(
                "<p>"
                    + say(
                        "\(output.count(summary.changedFromBaseline ?? 0)) av \(output.count(comparison.validCases)) saker får et annet utfall. Båndene går fra utfallet etter grunnlaget (venstre) til utfallet etter \(to) (høyre); høyden er antallet saker.",
                        "\(output.count(summary.changedFromBaseline ?? 0)) of \(output.count(comparison.validCases)) cases change outcome. Bands run from each outcome under the baseline (left) to the outcome under \(to) (right); their height is the number of cases."
                    ) + "</p>")
            body.append(flows(summary) + "</section>")
        }
        for section in output.sections() where section.anchor != "variation" {
            body.append("<h2 id=\"\(section.anchor ?? "")\">\(Self.escape(section.title))</h2>".replacingOccurrences(of: " id=\"\"", with: ""))
            guard !section.isEmpty else {
                body.append("<p>\(say("Ingen.", "None."))</p>")
                continue
            }
            switch section.anchor {
            case "causes": body.append(causes())
            case "changed": body.append(changedExamples())
            default: body.append(table(header: section.header, rows: section.rows))
            }
            if let note = section.note { body.append("<p>\(Self.escape(note))</p>") }
        }
        body.append(
            "<footer>\(say("Laget av rusctl compare. Andelene er av de gyldige sakene; en sak med flere stoffer telles under hvert av dem.", "Generated by rusctl compare. Shares are of the valid cases; a case with several substances counts under each."))</footer>"
        )
        return Self.page(language: output.language, title: "RusRules: " + output.reportTitle.lowercased(), body: body.joined(separator: "\n"))
    }

    /// The synthetic-cases notice, when the cases are synthetic.
    static func notice(_ provenance: ReportProvenance, _ language: Language, intervals: Bool = false) -> String {
        provenance.syntheticNotice(language, intervals: intervals).map {
            "<p class=\"notice\" role=\"note\"><strong>\(language == .nb ? "Merk" : "Note"):</strong> \(escape($0))</p>"
        } ?? ""
    }

    /// Where the figures come from, as a list of labels and values.
    static func provenanceBlock(_ provenance: ReportProvenance, _ language: Language) -> String {
        "<h2>\(language == .nb ? "Grunnlag for tallene" : "Provenance")</h2><dl class=\"provenance\">"
            + provenance.entries(language).map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>"
    }

    /// A complete page with the shared stylesheet (screen and A4 print).
    static func page(language: Language, title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .nb ? "nb" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
        h3 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
        .lead { color: #555; } svg { display: block; max-width: 100%; height: auto; }
        .notice { background: #fff4d6; border-left: 4px solid #e0a800; padding: 0.5rem 0.8rem; }
        .note { color: #555; font-size: 0.85rem; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; font-size: 0.85rem; margin: 0.5rem 0; }
        dl.provenance dt { font-weight: 600; } dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
        th, td { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: right; vertical-align: top; } thead th { background: #f4f4f4; }
        th[scope=row] { text-align: left; font-weight: normal; } td { white-space: nowrap; } td.text { text-align: left; white-space: normal; } th.text { text-align: left; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.8rem 1.2rem; }
        .multiples figure { margin: 0; } .multiples figcaption { font-weight: 600; font-size: 0.9rem; }
        .cause-cases { font-size: 0.8rem; } :target { background: #fff4d6; } .print-only { display: none; }
        footer { margin-top: 2rem; color: #777; font-size: 0.8rem; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          h2, h3 { break-after: avoid; } svg, figure, tr, .notice, dl.provenance, section.keep { break-inside: avoid; }
          thead { display: table-header-group; } table { font-size: 8pt; }
          a { color: inherit; text-decoration: none; }
          .screen-only { display: none; } tr.print-only { display: table-row; font-style: italic; }
        }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A table; the first cell of each row is its heading; text columns are left-aligned.
    private func table(header: [String], rows: [[String]]) -> String {
        // A heading stands as its column does: over row headings and words on the left.
        let headings = header.enumerated().map { column, title in
            column == 0 || !ComparisonOutput.isNumeric(column, of: rows)
                ? "<th class=\"text\">\(Self.escape(title))</th>" : "<th>\(Self.escape(title))</th>"
        }
        var html = "<table><thead><tr>" + headings.joined() + "</tr></thead><tbody>"
        for row in rows {
            html +=
                "<tr>"
                + row.enumerated().map { column, cell in
                    if column == 0 { return "<th scope=\"row\">\(Self.escape(cell))</th>" }
                    let numeric = cell.first.map { $0.isNumber || $0 == "—" || $0 == "–" } ?? true
                    return numeric ? "<td>\(Self.escape(cell))</td>" : "<td class=\"text\">\(Self.escape(cell))</td>"
                }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// The causes with their counts, each linked to its first cases in the list of changed cases.
    private func causes() -> String {
        let groups = output.causes()
        var html =
            "<table><thead><tr><th>\(say("regelsett", "rule set"))</th><th>\(say("årsak: grunnlaget → regelsettet; avgjørende sammenligning", "cause: baseline → rule set; deciding comparison"))</th><th>\(say("saker", "cases"))</th></tr></thead><tbody>"
        // On paper, the largest causes of each rule set; the rest summed in one line.
        let printed = Self.printedCauses
        var rank: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            let place = rank[group.ruleSet, default: 0]
            rank[group.ruleSet] = place + 1
            html +=
                "<tr\(place < printed ? "" : " class=\"screen-only\"")><th scope=\"row\">\(Self.escape(output.name(group.ruleSet)))</th><td class=\"text\">\(Self.escape(group.cause))</td>"
                + "<td><a href=\"#cause-\(index)\">\(output.count(group.count))</a></td></tr>"
            let rest = groups.dropFirst(index + 1).filter { $0.ruleSet == group.ruleSet }
            if place == printed - 1, !rest.isEmpty {
                let cases = rest.reduce(0) { $0 + $1.count }
                html +=
                    "<tr class=\"print-only\"><th scope=\"row\">\(Self.escape(output.name(group.ruleSet)))</th><td class=\"text\">"
                    + say("\(rest.count) andre årsaker (på skjermen og i JSON og CSV)", "\(rest.count) further causes (on screen and in the JSON and CSV)")
                    + "</td><td>\(output.count(cases))</td></tr>"
            }
        }
        html += "</tbody></table>"
        return html
    }

    /// How many causes of each rule set a printed report lists.
    static let printedCauses = 12

    /// Of those, how many are printed with their first cases (a memo, not a listing).
    static let printedExamples = 4

    /// The first cases of each cause (``ChangeListing/examplesPerCause``), a table per cause:
    /// the case, the baseline's outcome and the rule set's, each with what decided it. On paper,
    /// those of each rule set's largest causes; every case is in the CSV and the JSON.
    private func changedExamples() -> String {
        let groups = output.causes()
        let total = output.changes?.count ?? 0
        var html =
            "<p>"
            + say(
                "Under hver årsak står de første sakene (opptil \(ChangeListing.examplesPerCause)). Alle de \(output.count(total)) endrede sakene står i tabellen over endrede saker (rusctl compare --changed-csv FIL) og i JSON-utdataene (--format json).",
                "Under each cause, its first cases (up to \(ChangeListing.examplesPerCause)). All \(output.count(total)) changed cases are in the table of changed cases (rusctl compare --changed-csv FILE) and in the JSON output (--format json)."
            ) + "</p>"
        let header = output.changedHeader
        var rank: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            let place = rank[group.ruleSet, default: 0]
            rank[group.ruleSet] = place + 1
            let shown =
                group.examples.count < group.count
                ? say(
                    "de første \(group.examples.count) av \(output.count(group.count)) saker",
                    "the first \(group.examples.count) of \(output.count(group.count)) cases")
                : say("\(output.count(group.count)) \(group.count == 1 ? "sak" : "saker")", "\(output.count(group.count)) case\(group.count == 1 ? "" : "s")")
            html +=
                "<section class=\"cause-cases\(place < Self.printedExamples ? "" : " screen-only")\" id=\"cause-\(index)\"><h3>"
                + Self.escape(output.name(group.ruleSet) + ": " + group.cause) + "</h3><p>\(shown)</p>"
                + table(
                    header: Array(header.prefix(4)) + [header[3 + group.position]],
                    rows: group.examples.map { changed in
                        let row = output.changedRow(changed)
                        return Array(row.prefix(4)) + [row[3 + group.position]]
                    }) + "</section>"
        }
        return html
    }

    /// One substance's small chart: a 100 % bar of liability shares per rule set.
    private func substancePanel(_ substance: String) -> String {
        let summaries = output.summaries
        // The label column as wide as its longest name: a label is never cut.
        let labelWidth = max(110, (summaries.map { Self.textWidth(output.name($0.id), fontSize: 10) }.max() ?? 0) + 8)
        let barWidth = 170.0
        let rowHeight = 18.0
        let height = Double(summaries.count) * rowHeight + 4
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 4)) \(Int(height))\" role=\"img\" aria-label=\"\(Self.escape(output.substanceName(substance)))\" font-size=\"10\">"
        for (row, summary) in summaries.enumerated() {
            let tally = summary.bySubstance[substance] ?? Tally()
            let y = Double(row) * rowHeight + 2
            svg += "<text x=\"2\" y=\"\(Self.number(y + 11))\">\(Self.escape(output.name(summary.id)))</text>"
            var x = labelWidth
            for liability in Liability.allCases {
                let value = tally.liability[liability] ?? 0
                guard value > 0, tally.total > 0 else { continue }
                let width = barWidth * Double(value) / Double(tally.total)
                svg +=
                    "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"14\" fill=\"\(Self.liabilityColours[liability]!)\">"
                svg +=
                    "<title>\(Self.escape(output.name(summary.id))): \(Self.escape(output.liabilityName(liability))) \(output.countAndShare(value, of: tally.total))</title></rect>"
                if width > 34 {
                    svg +=
                        "<text x=\"\(Self.number(x + width / 2))\" y=\"\(Self.number(y + 11))\" text-anchor=\"middle\" fill=\"#111\">\(Self.escape(output.percent(value, of: tally.total)))</text>"
                }
                x += width
            }
        }
        let cases = summaries[0].bySubstance[substance]?.total ?? 0
        return
            "<figure><figcaption>\(Self.escape(output.substanceName(substance))) (\(output.count(cases)) \(cases == 1 ? say("sak", "case") : say("saker", "cases")))</figcaption>\(svg)</svg></figure>"
    }

    /// A node of the flow chart is named by its reaction (its colour gives the liability), or by
    /// the liability when there is no reaction.
    private func flowLabel(_ outcome: Outcome) -> String {
        outcome.recommended.map { output.recommendedName($0.rawValue) } ?? output.liabilityName(outcome.liability)
    }

    /// A generous estimate of how wide `text` is drawn in the page's sans-serif at `fontSize`
    /// (0.62 em a character: wider than the average of DejaVu Sans and Arial), so that the room
    /// made for a label is never too small; the browser check measures the drawn labels.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.62
    }

    /// One horizontal 100 % bar per rule set, one segment per key, with a legend.
    private func stackedBars(
        keys: [String], colour: (String) -> String, name: (String) -> String, count: (RuleSetSummary, String) -> Int, label: String
    ) -> String {
        let summaries = output.summaries
        // Room for every name in full: the label column and the legend's columns follow them.
        let labelWidth = max(190, (summaries.map { Self.textWidth(output.name($0.id), fontSize: 12) }.max() ?? 0) + 10)
        let barWidth = 560.0
        let rowHeight = 34.0
        let used = keys.filter { key in summaries.contains { count($0, key) > 0 } }
        let legendColumn = max(280, (used.map { Self.textWidth(name($0), fontSize: 12) }.max() ?? 0) + 27)
        let legendColumns = legendColumn * 2 <= barWidth ? 2 : 1
        let legendRows = Double((used.count + legendColumns - 1) / legendColumns)
        let height = Double(summaries.count) * rowHeight + 16 + legendRows * 20
        let width = labelWidth + max(barWidth, legendColumn * Double(legendColumns)) + 10
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Self.escape(label))\" font-size=\"12\">"
        for (row, summary) in summaries.enumerated() {
            let y = Double(row) * rowHeight + 4
            svg += "<text x=\"2\" y=\"\(Self.number(y + 18))\">\(Self.escape(output.name(summary.id)))</text>"
            var x = labelWidth
            for key in used {
                let value = count(summary, key)
                guard value > 0, summary.overall.total > 0 else { continue }
                let width = barWidth * Double(value) / Double(summary.overall.total)
                svg += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"24\" fill=\"\(colour(key))\">"
                svg +=
                    "<title>\(Self.escape(output.name(summary.id))): \(Self.escape(name(key))) \(output.countAndShare(value, of: summary.overall.total))</title></rect>"
                if width > 42 {
                    svg +=
                        "<text x=\"\(Self.number(x + width / 2))\" y=\"\(Self.number(y + 16))\" text-anchor=\"middle\" fill=\"#111\">\(Self.escape(output.percent(value, of: summary.overall.total)))</text>"
                }
                x += width
            }
        }
        let legendTop = Double(summaries.count) * rowHeight + 12
        for (index, key) in used.enumerated() {
            let x = labelWidth + Double(index % legendColumns) * legendColumn
            let y = legendTop + Double(index / legendColumns) * 20
            svg += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"12\" height=\"12\" fill=\"\(colour(key))\"/>"
            svg += "<text x=\"\(Self.number(x + 17))\" y=\"\(Self.number(y + 10))\">\(Self.escape(name(key)))</text>"
        }
        return svg + "</svg>"
    }

    /// A two-column flow diagram: baseline outcomes left, the rule set's outcomes right.
    private func flows(_ summary: RuleSetSummary) -> String {
        let total = Double(max(comparison.validCases, 1))
        let fromOutcomes = summary.transitions.keys.sorted()
        let toOutcomes = Set(summary.transitions.values.flatMap(\.keys)).sorted()
        let gap = 10.0
        let scale = 300.0 / total
        let height = 300 + gap * Double(max(fromOutcomes.count, toOutcomes.count)) + 20
        // Room on both sides for the longest label with its count: never cut.
        let label = { (outcome: Outcome, size: Int) in "\(self.flowLabel(outcome)) (\(size))" }
        let fromSize = { (outcome: Outcome) in summary.transitions[outcome]?.values.reduce(0, +) ?? 0 }
        let toSize = { (outcome: Outcome) in summary.transitions.values.reduce(0) { $0 + ($1[outcome] ?? 0) } }
        let leftRoom = max(250, (fromOutcomes.map { Self.textWidth(label($0, fromSize($0)), fontSize: 11) }.max() ?? 0) + 10)
        let rightRoom = max(266, (toOutcomes.map { Self.textWidth(label($0, toSize($0)), fontSize: 11) }.max() ?? 0) + 26)
        let leftX = leftRoom
        let rightX = leftX + 310
        let nodeWidth = 14.0
        func layout(_ outcomes: [Outcome], size: (Outcome) -> Int) -> [Outcome: Double] {
            var y = 10.0
            var tops: [Outcome: Double] = [:]
            for outcome in outcomes {
                tops[outcome] = y
                y += Double(size(outcome)) * scale + gap
            }
            return tops
        }
        let fromTop = layout(fromOutcomes, size: fromSize)
        let toTop = layout(toOutcomes, size: toSize)
        var fromUsed: [Outcome: Double] = [:]
        var toUsed: [Outcome: Double] = [:]
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(rightX + rightRoom)) \(Int(height))\" role=\"img\" aria-label=\"\(Self.escape(output.name(comparison.baseline))) → \(Self.escape(output.name(summary.id)))\" font-size=\"11\">"
        for from in fromOutcomes {
            for to in toOutcomes {
                guard let value = summary.transitions[from]?[to], value > 0 else { continue }
                let band = Double(value) * scale
                let y0 = fromTop[from]! + fromUsed[from, default: 0]
                let y1 = toTop[to]! + toUsed[to, default: 0]
                fromUsed[from, default: 0] += band
                toUsed[to, default: 0] += band
                let x0 = leftX + nodeWidth
                let x1 = rightX
                let middle = (x0 + x1) / 2
                let path =
                    "M\(Self.number(x0)),\(Self.number(y0)) C\(Self.number(middle)),\(Self.number(y0)) \(Self.number(middle)),\(Self.number(y1)) \(Self.number(x1)),\(Self.number(y1)) "
                    + "L\(Self.number(x1)),\(Self.number(y1 + band)) C\(Self.number(middle)),\(Self.number(y1 + band)) \(Self.number(middle)),\(Self.number(y0 + band)) \(Self.number(x0)),\(Self.number(y0 + band)) Z"
                let colour = from == to ? "#cccccc" : Self.liabilityColours[to.liability]!
                svg +=
                    "<path d=\"\(path)\" fill=\"\(colour)\" fill-opacity=\"0.55\" stroke=\"none\"><title>\(Self.escape(output.outcomeName(from))) → \(Self.escape(output.outcomeName(to))): \(value)</title></path>"
            }
        }
        for (outcomes, tops, size, x, anchor, labelX) in [
            (fromOutcomes, fromTop, fromSize, leftX, "end", leftX - 6),
            (toOutcomes, toTop, toSize, rightX, "start", rightX + nodeWidth + 6),
        ] {
            for outcome in outcomes {
                let top = tops[outcome]!
                let h = max(Double(size(outcome)) * scale, 1)
                svg +=
                    "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(top))\" width=\"\(Self.number(nodeWidth))\" height=\"\(Self.number(h))\" fill=\"\(Self.liabilityColours[outcome.liability]!)\"/>"
                svg +=
                    "<text x=\"\(Self.number(labelX))\" y=\"\(Self.number(top + h / 2 + 4))\" text-anchor=\"\(anchor)\">\(Self.escape(label(outcome, size(outcome))))</text>"
            }
        }
        return svg + "</svg>"
    }
}
