import Foundation
import RusRules

/// Paths and helpers shared by the tests.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")

    /// Every fixture file, relative to `Fixtures/`, in a stable order.
    static let fixtureFiles: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: fixtures.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }()

    static func fixture(_ name: String) throws -> Fixture {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
        return try Fixture(name: name, bytes: Array(data))
    }
}

/// A case as JSON text, decided under `ruleSet` (or by date).
func decide(_ json: String, ruleSet: String? = nil, today: String = "2024-01-01") -> Result<Decision, CaseErrors> {
    let input = CaseInput(bytes: Array(json.utf8))
    return Engine().evaluate(input.entries[0], ruleSet: ruleSet, today: LegalDate(today)!)
}

extension String {
    /// The text with lines wrapped for a terminal or a memo joined again (a line break and the
    /// continuation's indentation read as one space), so that a phrase is found wherever it wraps.
    var unwrapped: String { replacingOccurrences(of: #"\n +"#, with: " ", options: .regularExpression) }
}
