// Fuzz target: case input. Built with the RusRules sources into one binary by Fuzz/run
// (Entry.swift picks the target); not part of the package. Every check below traps on
// violation, so libFuzzer records the input as a crash.
import Foundation

enum CaseFuzzer {
    static let today = LegalDate(year: 2024, month: 1, day: 1)!
    static let engine = Engine()
    static let answers = Engine(detail: .answer)
    static let compiled = CompiledRuleBook(book: .builtIn)!
    static let fastReader = FastCaseReader(compiled: compiled, today: today)

    static func check(_ bytes: [UInt8]) {
        // 1. Reading in any chunk size gives the same cases as reading whole.
        var whole = CaseStream(bytes: bytes)
        let entries = whole.nextAll()
        var offset = 0
        var chunked = CaseStream(read: {
            guard offset < bytes.count else { return nil }
            defer { offset += 7 }
            return Array(bytes[offset..<min(offset + 7, bytes.count)])
        })
        precondition(chunked.nextAll().count == entries.count, "chunked reading changed the number of cases")
        // A well-formed document is read as itself: an object is one case, an array one case a
        // element (none for []) — never re-read as lines; nothing (blanks alone) is no case, as
        // [] is; any other input gives at least one.
        if let document = JSONParser.parse(bytes).value {
            precondition(entries.count == (document.arrayValue?.count ?? 1), "a well-formed document was not read as one")
        } else if bytes.dropFirst(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0).allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            precondition(entries.isEmpty, "an empty input produced a case")
        } else {
            precondition(!entries.isEmpty, "a malformed input produced no case")
        }

        // 2. An error names a place within the input; and in a document without slips, every
        //    member's place is found (JSONLocator), whatever the spacing and escapes.
        // A carriage return alone ends a line too (classic Mac files are read so).
        let lines = bytes.count(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) + 1
        var placed = CaseStream(bytes: bytes)
        while case let raws = placed.nextRaw(64), !raws.isEmpty {
            for raw in raws {
                guard case .failure(let errors) = engine.evaluate(raw, reader: fastReader, today: today) else { continue }
                for error in errors.errors {
                    precondition(error.line.map { (1...lines).contains($0) } ?? true, "an error's line is outside the input")
                    precondition(error.column.map { $0 >= 1 } ?? true, "an error's column is before the line")
                }
            }
        }
        let document = JSONParser.parse(bytes)
        if let value = document.value, document.issues.isEmpty {
            var pending: [(JSONValue, JSONPointer)] = [(value, .root)]
            var visited = 0
            while let (value, pointer) = pending.popLast(), visited < 200 {
                visited += 1
                if !pointer.tokens.isEmpty {
                    let found = JSONLocator.position(of: pointer, in: bytes[...])
                    precondition(found.map { (1...lines).contains($0.line) } == true, "a member of a parsed document was not found")
                }
                switch value {
                case .object(let object): pending += object.members.map { ($0.value, pointer.appending($0.key)) }
                case .array(let elements): pending += elements.enumerated().map { ($1, pointer.appending($0)) }
                default: break
                }
            }
        }

        // 3. Every case is decided or rejected, under every rule set, and every answer is whole.
        for entry in entries {
            for ruleSet in [nil] + engine.book.ruleSets.map(\.id) {
                switch engine.evaluate(entry, ruleSet: ruleSet, today: today) {
                case .success(let decision):
                    precondition(decision.options.count == Reaction.allCases.count, "an option is missing")
                    precondition(
                        decision.options.filter { $0.status == .recommended }.count == (decision.recommended == nil ? 0 : 1),
                        "recommended does not match the options")
                    let json = JSONWriter.compact(decision.json(language: .en))
                    precondition(JSONParser.parse(json).value != nil, "a decision's JSON does not parse back")
                    _ = DecisionText(book: engine.book, language: .nb).render(decision, explain: true)
                case .failure(let errors):
                    precondition(!errors.errors.isEmpty, "a rejected case has no error")
                    precondition(JSONParser.parse(JSONWriter.compact(errors.json())).value != nil, "an error's JSON does not parse back")
                }
            }
        }

        // 4. The fast paths never accept what the engine rejects, and agree with it: evaluate's
        //    reader builds the decoder's case, compare's compact case has the engine's outcomes.
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            if let fast = fastReader.fullCase(line) {
                var stream = CaseStream(bytes: Array(line))
                let parsed = stream.nextAll()
                guard parsed.count == 1, case .success(let theCase) = engine.decode(parsed[0]) else {
                    preconditionFailure("the fast reader accepted a line the decoder rejects")
                }
                precondition(fast == theCase, "the fast reader and the decoder built different cases")
                if case .success(let full) = engine.evaluate(theCase, today: today),
                    case .success(let answer) = answers.evaluate(fast, today: today)
                {
                    precondition(
                        answer.json(language: .nb, includeTrace: false) == full.json(language: .nb, includeTrace: false),
                        "a decision without its trace differs from the full one")
                }
            }
            guard let compact = fastReader.compactCase(line) else { continue }
            var stream = CaseStream(bytes: Array(line))
            let parsed = stream.nextAll()
            guard parsed.count == 1, case .success(let theCase) = engine.decode(parsed[0]) else {
                preconditionFailure("the fast path accepted a line the decoder rejects")
            }
            for ruleSet in engine.book.ruleSets.map(\.id) {
                guard case .success(let decision) = engine.evaluate(theCase, ruleSet: ruleSet, today: today) else {
                    preconditionFailure("the fast path accepted a case the engine rejects under \(ruleSet)")
                }
                precondition(compiled.outcome(compact, ruleSet: ruleSet) == Outcome(decision), "fast path and engine disagree")
            }
        }
    }
}
