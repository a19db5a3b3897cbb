import Foundation
import Testing
@testable import RusRules

/// No case lost, whatever the damage: files as other programs and hand edits leave them.
@Suite struct DamagedInputTests {
    static let valid = CaseInputTests.valid

    func ids(_ input: CaseInput) -> [String] { CaseInputTests().ids(input) }

    /// One case per line where most lines are damaged: still read line by line, each line one
    /// decision or one error in its place — never one error for the whole file.
    @Test func mostLinesDamagedStillOneEntryPerLine() {
        let lines = [
            Self.valid.replacingOccurrences(of: #""acts""#, with: #""acts" "#).replacingOccurrences(of: "}]}", with: "}],}"),
            Self.valid.replacingOccurrences(of: #","person""#, with: #" "person""#),
            Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"c\"").replacingOccurrences(of: "2023-03-14", with: "14.03.2023\""),
            Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"d\""),
        ]
        let input = CaseInput(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(input.shape == .batch)
        #expect(ids(input) == ["error:invalid-json", "error:invalid-json", "error:invalid-json", "ok:d"])
        if case .invalid(let errors) = input.entries[2] { #expect(errors.errors.first?.line == 3) }
    }

    /// '[' on its own line and then one case per line without commas: every case decided in its
    /// place, and the missing commas named (where they are).
    @Test func anArrayWithoutCommasLosesNoCase() {
        let cases = ["a", "b", "c"].map { Self.valid.replacingOccurrences(of: "\"ID\"", with: "\"\($0)\"") }
        let text = "[\n" + cases.joined(separator: "\n") + "\n]\n"
        var stream = CaseStream(bytes: Array(text.utf8))
        let entries = stream.nextAll()
        #expect(CaseInputTests().idsOf(entries) == ["ok:a", "ok:b", "ok:c"])
        #expect(stream.missingCommas.map(\.line) == [3, 4])
        // With the commas, nothing is reported missing.
        var fixed = CaseStream(bytes: Array(("[\n" + cases.joined(separator: ",\n") + "\n]\n").utf8))
        #expect(CaseInputTests().idsOf(fixed.nextAll()) == ["ok:a", "ok:b", "ok:c"])
        #expect(fixed.missingCommas.isEmpty)
    }

    /// Typographic quotes, as a word processor writes them, are named as such with the fix.
    @Test func typographicQuotesAreNamed() throws {
        let curly = Self.valid.replacingOccurrences(of: #""offenceDate":"2023-03-14""#, with: "“offenceDate”: “2023-03-14”")
        guard case .invalid(let errors) = CaseInput(bytes: Array(curly.utf8)).entries[0] else {
            Issue.record("curly quotes must not be read as JSON")
            return
        }
        #expect(errors.errors[0].details["slip"] == "typographic-quotes")
        #expect(ErrorText.plain(errors.errors[0], .nb).contains("typografiske anførselstegn"))
        #expect(!ErrorText.plain(errors.errors[0], .nb).contains("sett feltnavnet i anførselstegn"))
    }
}

/// The same from the command line, as a new user meets it.
@Suite struct DamagedInputCLITests {
    let cli = CLITests()

    /// A folder's case files are read whatever the letter case of their ending; every other file
    /// is named as skipped, and why.
    @Test func aFolderReadsEveryCaseFileAndNamesTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try DamagedInputTests.valid.write(to: folder.appendingPathComponent("SAK.JSON"), atomically: false, encoding: .utf8)
        try DamagedInputTests.valid.write(to: folder.appendingPathComponent("b.ndjson"), atomically: false, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("notat.txt"), atomically: false, encoding: .utf8)
        let run = try cli.rusctl(["evaluate", folder.path, "--format", "json", "--today", "2024-01-01"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.contains("rusctl: hopper over '\(folder.appendingPathComponent("notat.txt").path)': ikke en sakfil"))
    }

    /// Cases one per line after '[' without commas: all decided, the missing commas named on
    /// standard error.
    @Test func missingCommasAreNamed() throws {
        let cases = ["a", "b"].map { DamagedInputTests.valid.replacingOccurrences(of: "\"ID\"", with: "\"\($0)\"") }
        let run = try cli.rusctl(
            ["evaluate", "-", "--format", "json", "--lang", "en", "--today", "2024-01-01"],
            stdin: "[\n" + cases.joined(separator: "\n") + "\n]\n")
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.contains("1 comma is missing between the cases in the array (before line 3)"))
    }

    /// `rusctl ny`: a save that cannot be made asks again instead of losing the interview, and
    /// `--lagre` never overwrites a file (refused before the first question).
    @Test func aFailedSaveAsksAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ny-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("finnes.json")
        try "{}".write(to: existing, atomically: false, encoding: .utf8)
        let target = folder.appendingPathComponent("ny.json")
        let answers = [
            "", "14.03.2023", "", "30", "", "", "", "bruk", "", "hasj", "2 g", "", "",
            folder.appendingPathComponent("mangler/sak.json").path, existing.path, target.path,
        ]
        let run = try cli.rusctl(["ny", "--today", "2026-11-30"], stdin: answers.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("! Mappen '\(folder.appendingPathComponent("mangler").path)' finnes ikke."))
        #expect(run.stdout.contains("! '\(existing.path)' finnes fra før og overskrives ikke."))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "{}")
        #expect(FileManager.default.fileExists(atPath: target.path))
        let refused = try cli.rusctl(["ny", "--today", "2026-11-30", "--lagre", existing.path], stdin: "")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("finnes fra før og overskrives ikke"))
    }
}

/// The in-force date stated once, in the environment (RUSCTL_IN_FORCE), read by every command;
/// `--in-force` wins; a wrong value names the variable.
@Suite struct InForceEnvironmentTests {
    static let adult =
        #"{"offenceDate":"2026-08-14","decisionDate":"2026-10-01","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":3,"unit":"g"}]}"#

    @Test func theEnvironmentStatesTheDate() throws {
        let cli = CLITests()
        let stated = try cli.rusctl(
            ["evaluate", "-", "--format", "json", "--no-trace"], stdin: Self.adult,
            environment: ["RUSCTL_IN_FORCE": "lov-2025=2026-07-01"])
        #expect(JSONParser.parse(stated.stdout).value?["ruleSet"]?.stringValue == "lov-2025")
        let none = try cli.rusctl(["evaluate", "-", "--format", "json", "--no-trace"], stdin: Self.adult, environment: ["RUSCTL_IN_FORCE": ""])
        #expect(JSONParser.parse(none.stdout).value?["ruleSet"]?.stringValue == "hr-2022")
        let option = try cli.rusctl(
            ["evaluate", "-", "--format", "json", "--no-trace", "--in-force", "lov-2025=2026-12-01"], stdin: Self.adult,
            environment: ["RUSCTL_IN_FORCE": "lov-2025=2026-07-01"])
        #expect(JSONParser.parse(option.stdout).value?["ruleSet"]?.stringValue == "hr-2022")
        let wrong = try cli.rusctl(["evaluate", "-"], stdin: Self.adult, environment: ["RUSCTL_IN_FORCE": "lov-2025=soon"])
        #expect(wrong.status == 64 && wrong.stderr.contains("RUSCTL_IN_FORCE"))
    }
}

/// Output failures are errors, not crashes (issue «For integrators», point 2): a full disk is
/// exit 74 with one line on standard error.
@Suite struct OutputFailureTests {
    @Test(arguments: [["evaluate", "Fixtures/practice/ungdom-first-consent-given.json"], ["sample", "--count", "1000"], ["rules", "catalog"], ["mal"]])
    func aFullDiskIsExit74(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binaryPath())
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 74, "\(arguments)")
        #expect(stderr == "rusctl: cannot write the output: No space left on device\n")
    }

    /// `--output` that cannot be written is found before the work, and says why (exit 74).
    @Test func anOutputThatCannotBeWrittenIsFoundFirst() throws {
        let cli = CLITests()
        let cases = ["Fixtures/practice/voksen-first-time.json"]
        let noFolder = try cli.rusctl(["compare", "--rules", "prop-92-l-2021", "--output", "/no-such-folder/report.txt"] + cases)
        #expect(noFolder.status == 74)
        #expect(noFolder.stdout.isEmpty)
        #expect(noFolder.stderr == "rusctl: cannot write '/no-such-folder/report.txt': the folder '/no-such-folder' does not exist\n")
        let folder = try cli.rusctl(
            [
                "sweep", "--rules", "prop-92-l-2021", "--substance", "cannabis", "--from", "1", "--to", "2",
                "--step", "1", "--output", "Fixtures", "--lang", "nb",
            ] + cases)
        #expect(folder.status == 74)
        #expect(folder.stderr == "rusctl: 'Fixtures' er en mappe, ikke en fil\n")
    }
}

/// Files from other programs (issue 24, point 6): Windows Notepad's «Unicode» (UTF-16) is named
/// and refused with how to save it; classic Mac line ends (CR alone) are read as lines and said.
@Suite struct ForeignFileTests {
    static let adult =
        #"{"offenceDate":"2023-03-14","decisionDate":"2023-05-02","person":{"ageAtOffence":30},"acts":["possession"],"substances":[{"substance":"cannabis","amount":2,"unit":"g"}]}"#

    static func utf16(bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in adult.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    static let notepadFiles: [[UInt8]] = [
        utf16(bigEndian: false), [0xFF, 0xFE] + utf16(bigEndian: false),
        [0xFE, 0xFF] + utf16(bigEndian: true),
    ]

    @Test(arguments: notepadFiles)
    func utf16IsNamed(_ bytes: [UInt8]) {
        var stream = CaseStream(bytes: bytes)
        let entries = stream.nextRaw(10)
        #expect(entries.count == 1)
        guard case .invalid(let errors) = entries.first?.entry else { Issue.record("expected an error"); return }
        #expect(errors.errors.map(\.code) == ["invalid-utf8"])
        #expect(ErrorText.plain(errors.errors[0], .nb).hasPrefix("Filen er lagret som UTF-16 (i Notisblokk kalt «Unicode»), ikke UTF-8."))
        #expect(stream.foreignEncoding == "UTF-16")
    }

    @Test func classicMacLineEndsAreReadAsLines() throws {
        let bytes = Array((Self.adult + "\r" + Self.adult.replacingOccurrences(of: "30", with: "31") + "\r").utf8)
        let run = try CLITests().rusctl(["evaluate", "-", "--format", "json", "--no-trace"], stdin: String(decoding: bytes, as: UTF8.self))
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.contains("linjene slutter med CR alene (klassisk Mac OS); de er lest som linjer."))
    }

    /// One case whose whitespace holds bare CRs, with no LF: a document read as itself, and not
    /// announced as lines ending in CR (found by fuzzing: it was cut in two at the CRs).
    @Test func carriageReturnsInsideOneCaseAreWhitespace() throws {
        let text = Self.adult.replacingOccurrences(of: "\"substances\":[", with: "\"substances\":[\r\r")
        #expect(text.contains("\r"))
        let run = try CLITests().rusctl(["evaluate", "-", "--format", "json", "--no-trace"], stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout.replacingOccurrences(of: " ", with: "").contains("\"liability\":\"punishable\""))
        #expect(!run.stderr.contains("CR"))
    }
}
