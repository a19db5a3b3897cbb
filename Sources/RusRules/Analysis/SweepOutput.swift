import Foundation

/// Renders a ``Sweep``: a table, CSV, JSON, or an HTML page with an SVG curve per liability.
public struct SweepOutput {
    public let sweep: Sweep

    public init(sweep: Sweep) {
        self.sweep = sweep
    }

    private var valid: Int { sweep.cases - sweep.invalid.count }

    private var headline: String {
        "Sweep of \(sweep.substance) (\(sweep.unit)) in \(sweep.ruleSet) table «\(sweep.table)» over \(valid) valid cases "
            + "(\(sweep.invalid.count) invalid); baseline \(sweep.baseline)"
    }

    public func render(_ format: ComparisonFormat) -> String {
        switch format {
        case .text, .markdown: table(markdown: format == .markdown)
        case .csv: csv()
        case .json: JSONWriter.pretty(json()) + "\n"
        case .html: html()
        }
    }

    private var columns: [String] { Liability.allCases.map(\.rawValue) + ["changed"] }

    private func cells(_ point: Sweep.Point) -> [Int] {
        Liability.allCases.map { point.tally.liability[$0] ?? 0 } + [point.changedFromBaseline]
    }

    private func table(markdown: Bool) -> String {
        let header = ["limit (\(sweep.unit))"] + columns
        let rows = sweep.points.map { point in
            [point.limit.description] + cells(point).map { "\($0) (\(ComparisonOutput.percent($0, of: valid)))" }
        }
        if markdown {
            var lines = ["# \(headline)", "", "| " + header.joined(separator: " | ") + " |",
                         "|" + header.map { _ in " ---: " }.joined(separator: "|") + "|"]
            lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return ([headline, ""] + all.map { row in
            row.enumerated().map { String(repeating: " ", count: widths[$0.offset] - $0.element.count) + $0.element }
                .joined(separator: "  ")
        }).joined(separator: "\n") + "\n"
    }

    private func csv() -> String {
        (["limit,unit," + columns.joined(separator: ",")] + sweep.points.map { point in
            ([point.limit.description, sweep.unit] + cells(point).map(String.init)).joined(separator: ",")
        }).joined(separator: "\n") + "\n"
    }

    private func json() -> JSONValue {
        .object(JSONObject([
            "ruleSet": .string(sweep.ruleSet), "table": .string(sweep.table), "substance": .string(sweep.substance),
            "unit": .string(sweep.unit), "baseline": .string(sweep.baseline), "cases": .number(JSONNumber(sweep.cases)),
            "invalidCases": .number(JSONNumber(sweep.invalid.count)),
            "points": .array(sweep.points.map { point in
                var liability = JSONObject()
                for key in Liability.allCases { liability.set(key.rawValue, .number(JSONNumber(point.tally.liability[key] ?? 0))) }
                var recommended = JSONObject()
                for key in Tally.recommendedKeys { recommended.set(key, .number(JSONNumber(point.tally.recommended[key] ?? 0))) }
                return .object(JSONObject([
                    "limit": .number(JSONNumber(point.limit)), "liability": .object(liability),
                    "recommended": .object(recommended), "changedFromBaseline": .number(JSONNumber(point.changedFromBaseline)),
                ]))
            }),
        ]))
    }

    /// A line per liability: share of cases (y) against the limit (x).
    private func html() -> String {
        let width = 640.0
        let height = 300.0
        let left = 50.0
        let bottom = 30.0
        let values = sweep.points.map { $0.limit.double }
        let low = values.first ?? 0
        let high = max(values.last ?? 1, low + 1e-9)
        func x(_ value: Double) -> Double { left + (value - low) / (high - low) * (width - left - 150) }
        func y(_ share: Double) -> Double { 10 + (1 - share) * (height - bottom - 10) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"liability shares by limit\" font-size=\"11\">"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += "<line x1=\"\(left)\" x2=\"\(x(high))\" y1=\"\(HTMLReport.number(y(tick)))\" y2=\"\(HTMLReport.number(y(tick)))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(HTMLReport.number(y(tick) + 4))\" text-anchor=\"end\">\(Int(tick * 100))%</text>"
        }
        for (index, value) in values.enumerated() where values.count <= 12 || index % max(values.count / 10, 1) == 0 {
            svg += "<text x=\"\(HTMLReport.number(x(value)))\" y=\"\(Int(height - 10))\" text-anchor=\"middle\">\(sweep.points[index].limit)</text>"
        }
        for (position, liability) in Liability.allCases.enumerated() {
            let points = zip(values, sweep.points).map { value, point in
                "\(HTMLReport.number(x(value))),\(HTMLReport.number(y(ComparisonOutput.share(point.tally.liability[liability] ?? 0, of: valid))))"
            }
            let colour = HTMLReport.liabilityColours[liability]!
            svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" points=\"\(points.joined(separator: " "))\"/>"
            svg += "<rect x=\"\(Int(width - 140))\" y=\"\(20 + position * 18)\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(Int(width - 124))\" y=\"\(30 + position * 18)\">\(liability.rawValue)</text>"
        }
        svg += "<text x=\"\(HTMLReport.number(x(high)))\" y=\"\(Int(height))\" text-anchor=\"end\">limit (\(HTMLReport.escape(sweep.unit)))</text></svg>"
        let rows = sweep.points.map { point in
            "<tr><th scope=\"row\">\(point.limit)</th>" + cells(point).map { "<td>\($0) (\(ComparisonOutput.percent($0, of: valid)))</td>" }.joined() + "</tr>"
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>RusRules: threshold sweep</title>
            <style>body { font-family: system-ui, "DejaVu Sans", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; font-size: 0.85rem; } th, td { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: right; }
            svg { max-width: 100%; height: auto; }</style></head>
            <body><h1>Threshold sweep</h1><p>\(HTMLReport.escape(headline)).</p>
            \(svg)
            <table><thead><tr><th>limit (\(HTMLReport.escape(sweep.unit)))</th>\(columns.map { "<th>\($0)</th>" }.joined())</tr></thead><tbody>\(rows)</tbody></table>
            </body></html>

            """
    }
}
