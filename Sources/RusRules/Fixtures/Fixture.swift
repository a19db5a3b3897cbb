import Foundation

/// A rule fixture: a case and the decision (or errors) expected for it — tests as data.
///
/// ```json
/// { "note": "15-year-old, first cannabis case",
///   "case": { ... },                        // or "caseText": "raw input", or "caseBase64" for bytes
///   "rules": "hr-2022",                     // optional explicit rule set
///   "today": "2024-01-01",                  // optional stand-in for a missing decisionDate
///   "inForce": { "lov-2025": "2026-07-01" }, // optional in-force dates of statutes (docs/law.md §3)
///   "want": { "liability": "punishable", "recommended": "pataleunnlatelse",
///             "options": { "forelegg": "available",
///                          "pataleunnlatelse": { "conditions": ["provetid", "ruskontrakt"] } },
///             "notes": ["politiattest-under-18"], "warnings": [] },
///   "byRuleSet": { "prop-92-l-2021": { "liability": "not-punishable" } } }
/// ```
///
/// `want` is matched against the decision: an object matches when each key it names matches
/// (keys it leaves out are not checked); arrays and values match exactly. In the view compared,
/// `options` is keyed by reaction (a string value stands for the status), and `notes` and
/// `warnings` are the sorted lists of their codes. `byRuleSet` evaluates the case again under each
/// named rule set, expecting `want` with the entry's keys laid over it. `wantErrors` lists the
/// expected errors in order, each matched the same way (`code`, `pointer`, optionally `message`).
package struct Fixture: Sendable {
    package let name: String
    package let note: String
    package let input: [UInt8]
    package let rules: String?
    package let today: LegalDate
    /// In-force dates the fixture states, as `statute=YYYY-MM-DD` (checked against the rule
    /// data when the fixture runs); empty to use the engine's.
    package let inForce: [String]
    package let want: JSONValue?
    package let byRuleSet: [(ruleSet: String, want: JSONValue)]
    package let wantErrors: JSONValue?
    /// For an input of several cases: one expectation per case, in input order — a decision
    /// (matched like `want`) or `{"errors": [...]}` (matched like `wantErrors`).
    package let wantBatch: [JSONValue]?

    /// The date used when a fixture leaves out `today` (fixtures must not depend on the clock).
    package static let defaultToday = LegalDate(year: 2024, month: 1, day: 1)!

    static let keys = [
        "note", "case", "caseText", "caseBase64", "rules", "today", "inForce", "want", "byRuleSet", "wantErrors",
        "wantBatch",
    ]

    /// Whether a parsed document is a fixture rather than a case (it has `note` and a case).
    package static func looksLikeFixture(_ value: JSONValue) -> Bool {
        value["note"] != nil && (value["case"] != nil || value["caseText"] != nil || value["caseBase64"] != nil)
    }

    /// Reads a fixture file strictly; a malformed fixture is an error, never a silent pass.
    package init(name: String, bytes: [UInt8]) throws(RuleDataError) {
        let value = try RuleDataLoader.parse(bytes, source: name)
        var reader = StrictReader()
        let root = JSONPointer.root
        guard let object = reader.object(value, at: root, required: ["note"], optional: Self.keys) else {
            throw RuleDataError(source: name, errors: reader.errors)
        }
        self.name = name
        note = reader.string(object, "note", at: root) ?? ""
        if let text = reader.string(object, "caseText", at: root) {
            input = Array(text.utf8)
        } else if let base64 = reader.string(object, "caseBase64", at: root) {
            guard let data = Data(base64Encoded: base64) else {
                throw RuleDataError(
                    source: name,
                    errors: reader.errors + [
                        InputError(code: .invalidValue, pointer: root.appending("caseBase64"), message: "not valid base64")
                    ])
            }
            input = Array(data)
        } else if let theCase = object["case"] {
            input = Array(JSONWriter.pretty(theCase).utf8)
        } else {
            reader.fail(.missingField, root.appending("case"), "a fixture needs \"case\", \"caseText\" or \"caseBase64\"")
            input = []
        }
        rules = reader.string(object, "rules", at: root)
        today = reader.date(object, "today", at: root) ?? Self.defaultToday
        var stated: [String] = []
        if let map = reader.map(object["inForce"], at: root.appending("inForce")) {
            for member in map.members {
                if let date = reader.date(map, member.key, at: root.appending("inForce")) { stated.append("\(member.key)=\(date)") }
            }
        }
        inForce = stated
        want = object["want"]
        wantErrors = object["wantErrors"]
        wantBatch = reader.array(object, "wantBatch", at: root, nonEmpty: true)
        if [want != nil, wantErrors != nil, wantBatch != nil].filter({ $0 }).count != 1 {
            reader.fail(
                .missingField, root.appending("want"),
                "a fixture needs exactly one of \"want\", \"wantErrors\" and \"wantBatch\"")
        }
        var overrides: [(String, JSONValue)] = []
        if let map = reader.map(object["byRuleSet"], at: root.appending("byRuleSet")) {
            overrides = map.members.map { ($0.key, $0.value) }
        }
        byRuleSet = overrides
        guard reader.errors.isEmpty else { throw RuleDataError(source: name, errors: reader.errors) }
    }

    /// One way a fixture failed: where, what was expected and what came out.
    package struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// The rule set evaluated (explicit or by date).
        package let ruleSet: String
        package let path: String
        package let expected: String
        package let actual: String

        package var description: String {
            "[\(ruleSet)] \(path.isEmpty ? "/" : path): expected \(expected), got \(actual)"
        }
    }

    /// Runs the fixture: the expected decision for the default selection and each `byRuleSet`.
    package func check(with engine: Engine) -> [Failure] {
        run(with: engine).failures
    }

    /// The failures, and every decision made on the way (for legal coverage).
    package func run(with engine: Engine) -> (failures: [Failure], decisions: [Decision]) {
        var engine = engine
        if !inForce.isEmpty {
            var dates = InForceDates()
            for text in inForce {
                if let problem = dates.add(text, book: engine.book) {
                    return ([Failure(ruleSet: rules ?? "-", path: "/inForce", expected: "a statute's in-force date", actual: problem.en)], [])
                }
            }
            engine = Engine(book: engine.book, detail: engine.detail, inForce: dates)
        }
        // Read as rusctl reads: through the same streaming reader.
        var stream = CaseStream(bytes: input)
        var raws: [CaseStream.Raw] = []
        while case let batch = stream.nextRaw(4096), !batch.isEmpty { raws += batch }
        if let wantBatch { return runBatch(raws, wantBatch, engine: engine) }
        let entries = raws.map(\.entry)
        guard entries.count == 1, let entry = entries.first else {
            return ([Failure(ruleSet: rules ?? "-", path: "", expected: "one case", actual: "\(entries.count) cases")], [])
        }
        var runs: [(String?, JSONValue?)] = [(rules, want.map(Self.normalize))]
        for (ruleSet, override) in byRuleSet {
            runs.append((ruleSet, Self.normalize(want.map { StructuralMatch.overlay(override, on: $0) } ?? override)))
        }
        if want == nil { runs = [(rules, nil)] }
        var failures: [Failure] = []
        var decisions: [Decision] = []
        for (ruleSet, expected) in runs {
            let label = ruleSet ?? "by date"
            switch engine.evaluate(entry, ruleSet: ruleSet, today: today) {
            case .success(let decision):
                decisions.append(decision)
                guard let expected else {
                    failures.append(
                        Failure(
                            ruleSet: label, path: "", expected: "errors",
                            actual: "a decision: \(decision.liability.rawValue)"))
                    continue
                }
                failures += StructuralMatch.differences(expected: expected, actual: Self.view(of: decision), at: .root)
                    .map { Failure(ruleSet: label, path: $0.path, expected: $0.expected, actual: $0.actual) }
            case .failure(let errors):
                guard let wantErrors else {
                    let first = errors.errors.first.map { "\($0.code) at \($0.pointer)" } ?? ""
                    failures.append(Failure(ruleSet: label, path: "", expected: "a decision", actual: "errors: \(first)"))
                    continue
                }
                let actual = errors.json()["errors"] ?? .array([])
                failures += StructuralMatch.differences(expected: wantErrors, actual: actual, at: JSONPointer(tokens: ["errors"]))
                    .map { Failure(ruleSet: label, path: $0.path, expected: $0.expected, actual: $0.actual) }
            }
        }
        return (failures, decisions)
    }

    /// Every case of the input against its expectation, in order; the counts must match.
    private func runBatch(_ entries: [CaseStream.Raw], _ expectations: [JSONValue], engine: Engine)
        -> (failures: [Failure], decisions: [Decision])
    {
        let label = rules ?? "by date"
        var failures: [Failure] = []
        var decisions: [Decision] = []
        if entries.count != expectations.count {
            failures.append(Failure(ruleSet: label, path: "", expected: "\(expectations.count) cases", actual: "\(entries.count) cases"))
        }
        for (index, (entry, expected)) in zip(entries, expectations).enumerated() {
            let at = JSONPointer(tokens: ["cases", String(index)])
            switch engine.evaluate(entry, reader: nil, ruleSet: rules, today: today) {
            case .success(let decision):
                decisions.append(decision)
                failures += StructuralMatch.differences(expected: Self.normalize(expected), actual: Self.view(of: decision), at: at)
                    .map { Failure(ruleSet: label, path: $0.path, expected: $0.expected, actual: $0.actual) }
            case .failure(let errors):
                let actual = errors.json()
                failures += StructuralMatch.differences(expected: expected, actual: actual, at: at)
                    .map { Failure(ruleSet: label, path: $0.path, expected: $0.expected, actual: $0.actual) }
            }
        }
        return (failures, decisions)
    }

    /// Expands the shorthand of `want`: an option given as a string is its status; note and
    /// warning codes may be listed in any order.
    static func normalize(_ want: JSONValue) -> JSONValue {
        guard case .object(var object) = want else { return want }
        if case .object(let options) = object["options"] {
            object.set(
                "options",
                .object(
                    JSONObject(
                        options.members.map { member in
                            if case .string = member.value {
                                return JSONObject.Member(key: member.key, value: .object(JSONObject(["status": member.value])))
                            }
                            return member
                        })))
        }
        for key in ["notes", "warnings"] {
            if case .array(let codes) = object[key] {
                object.set(key, .array(codes.sorted { JSONWriter.compact($0) < JSONWriter.compact($1) }))
            }
        }
        return .object(object)
    }

    /// The decision as fixtures see it (see the type's documentation).
    package static func view(of decision: Decision) -> JSONValue {
        guard case .object(var object) = decision.json(language: .en, includeTrace: false) else { return .null }
        var options = JSONObject()
        for case .object(let entry) in object["options"]?.arrayValue ?? [] {
            guard let reaction = entry["reaction"]?.stringValue else { continue }
            options.set(reaction, .object(JSONObject(entry.members.filter { $0.key != "reaction" && $0.key != "reasons" })))
        }
        object.set("options", .object(options))
        object.set("notes", .array(decision.notes.map(\.code).sorted().map { .string($0) }))
        object.set("warnings", .array(decision.warnings.map(\.code).sorted().map { .string($0) }))
        return .object(object)
    }
}
