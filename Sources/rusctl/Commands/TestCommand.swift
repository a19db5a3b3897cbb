import Foundation
import RusRules

/// `rusctl test`: run the rule fixtures and show a structural diff for each failure.
enum TestCommand {
    static let spec = CommandSpec(
        name: "test",
        summary: "Run the rule fixtures: each case must be decided as its fixture expects.",
        usage: "rusctl test [<dir>] [--filter <text>] [--verbose]",
        arguments: [.init(name: "<dir>", help: "Directory of fixture files (*.json), searched recursively. Default: Fixtures.")],
        options: [
            .init("filter", value: "text", help: "Run only fixtures whose file name contains the text."),
            .init("verbose", help: "List passing fixtures too."),
        ],
        examples: [
            ("Run every fixture", "rusctl test"),
            ("Only the Prop. 92 L fixtures, listing each", "rusctl test Fixtures --filter prop-92 --verbose"),
        ],
        maxArguments: 1)

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let directory = arguments.positional.first ?? "Fixtures"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            terminal.err("rusctl: cannot read fixture directory '\(directory)'\n")
            return .unreadableInput
        }
        let files = fixtureFiles(in: directory).filter { name in
            arguments.value("filter").map { name.contains($0) } ?? true
        }
        let engine = Engine(book: book)
        var passed = 0
        var failed = 0
        for relative in files {
            let path = directory + "/" + relative
            let bytes = (try? InputSource.read(path)) ?? []
            let failures: [String]
            var note = ""
            do {
                let fixture = try Fixture(name: relative, bytes: bytes)
                note = fixture.note
                failures = fixture.check(with: engine).map(\.description)
            } catch {
                failures = ["invalid fixture: " + error.errors.map(\.description).joined(separator: "; ")]
            }
            if failures.isEmpty {
                passed += 1
                if arguments.flag("verbose") { terminal.out("PASS \(relative)\n") }
            } else {
                failed += 1
                terminal.out("FAIL \(relative)" + (note.isEmpty ? "" : " — \(note)") + "\n")
                for failure in failures { terminal.out("  \(failure)\n") }
            }
        }
        if files.isEmpty { terminal.err("rusctl: no fixture files (*.json) in '\(directory)'\n") }
        terminal.out("\(passed) passed, \(failed) failed\n")
        terminal.flush()
        return failed > 0 || files.isEmpty ? .failures : .success
    }

    /// Fixture files below `directory`, as relative paths in a stable order.
    static func fixtureFiles(in directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }
}
