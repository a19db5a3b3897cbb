import Foundation
import HeapTuning
import RusRules

/// rusctl — the command line of RusRules. Parses arguments, reads files, prints what the
/// library returns and maps outcomes to the contract's exit codes; no legal logic lives here.
/// A command: what it accepts (for parsing and help) and what it does.
struct Command: Sendable {
    let spec: CommandSpec
    let run: @Sendable (ParsedArguments, RuleBook, inout Terminal) throws(UsageError) -> ExitStatus
}

/// Every command, in the order the overview lists them: one table.
let table: [Command] = [
    Command(spec: EvaluateCommand.spec, run: EvaluateCommand.run),
    Command(spec: NewCaseCommand.spec, run: NewCaseCommand.run),
    Command(spec: TemplateCommand.spec, run: TemplateCommand.run),
    Command(spec: ServeCommand.spec, run: ServeCommand.run),
    Command(spec: CompareCommand.spec, run: CompareCommand.run),
    Command(spec: SweepCommand.spec, run: SweepCommand.run),
    Command(spec: SampleCommand.spec, run: SampleCommand.run),
    Command(spec: RulesCommand.spec, run: RulesCommand.run),
    Command(spec: TestCommand.spec, run: TestCommand.run),
    Command(spec: CheckCommand.spec, run: CheckCommand.run),
]
let commands = table.map(\.spec)
let version = "rusctl 0.3.0"

/// `rusctl --version`: the version, the commit it was built from, and the rule data it carries.
func versionText(_ book: RuleBook?) -> String {
    var lines = [version]
    lines.append("commit: " + (BuildCommit.id ?? "not recorded (a development build; Tools/build-release records it)"))
    lines.append("rule data: " + RuleBook.builtInDataFingerprint)
    if let book {
        lines.append("rule sets: " + book.ruleSets.map { "\($0.id) \($0.version)" }.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
}

/// `rusctl --help`: the commands and where to read more, in `language`.
func overview(_ language: Language) -> String {
    let nb = language == .nb
    let list = commands.flatMap { CommandSpec.entry($0.name, $0.summary.text(language), width: Terminal.width) }
    let head =
        nb
        ? [
            "OVERSIKT: Reaksjonsregler for mindre narkotikalovbrudd — hvilke reaksjoner som kan brukes, og hvorfor.", "",
            "BRUK: rusctl <kommando> [valg]", "", "KOMMANDOER:",
        ]
        : [
            "OVERVIEW: Reaction rules for Norwegian minor drug offences — which reactions apply, and why.", "",
            "USAGE: rusctl <command> [options]", "", "COMMANDS:",
        ]
    let end = [
        "", nb ? "VALG:" : "OPTIONS:",
        nb ? "  --version               Vis versjonen." : "  --version               Show the version.",
        nb ? "  --help                  Vis hjelpen." : "  --help                  Show help information.", "",
        nb
            ? "Se 'rusctl <kommando> --help' for en kommandos valg og eksempler. Engelsk: --lang en."
            : "See 'rusctl <command> --help' for a command's options and examples. In Norwegian: --lang nb.", "",
    ]
    return (head + list + end).joined(separator: "\n") + "\n"
}

/// `rusctl --lang nb evaluate …` as `rusctl evaluate … --lang nb`: the overview says «--lang nb»,
/// and a user puts it first. The tool's own messages already follow it
/// (``Terminal/messageLanguage(_:environment:)``); a command without the option leaves it out.
func commandFirst(_ arguments: [String]) -> [String] {
    let lang = "--" + OptionName.lang.rawValue
    let given: ArraySlice<String>
    if arguments.first == lang, arguments.count >= 2 {
        given = arguments.prefix(2)
    } else if let first = arguments.first, first.hasPrefix(lang + "=") {
        given = arguments.prefix(1)
    } else {
        return arguments
    }
    let rest = Array(arguments.dropFirst(given.count))
    guard let command = rest.first, let spec = commands.first(where: { $0.isNamed(command) }) else { return rest }
    return spec.options.contains { $0.name == OptionName.lang.rawValue } ? rest + given : rest
}

func run(_ arguments: [String], _ terminal: inout Terminal) -> ExitStatus {
    let arguments = commandFirst(arguments)
    guard let command = arguments.first else {
        terminal.err(overview(terminal.language))
        return .usage
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "--help", "-h":
        terminal.out(overview(terminal.language))
        return .success
    case "help":
        if let name = rest.first, let spec = commands.first(where: { $0.isNamed(name) }) {
            terminal.out(spec.help(terminal.language, width: Terminal.width))
        } else {
            terminal.out(overview(terminal.language))
        }
        return .success
    case "--version", "-V":
        terminal.out(versionText(try? RuleBook.loadedBuiltIn.get()))
        return .success
    default:
        break
    }
    guard let spec = commands.first(where: { $0.isNamed(command) }) else {
        let closest = Spelling.closest(to: command, in: commands.flatMap { [$0.name] + $0.aliases })
        terminal.usageError(
            UsageError(
                nb: "ukjent kommando '\(command)'." + (closest.map { " Mente du '\($0)'?" } ?? ""),
                en: "unknown command '\(command)'." + (closest.map { " Did you mean '\($0)'?" } ?? ""),
                command: nil))
        return .usage
    }
    let parsed: ParsedArguments
    do {
        parsed = try spec.parse(rest)
    } catch {
        terminal.usageError(error)
        return .usage
    }
    if parsed.wantsHelp {
        terminal.out(spec.help(terminal.language, width: Terminal.width))
        return .success
    }
    // The rule data is compiled in; if an edit broke it, say where instead of crashing.
    let book: RuleBook
    do {
        book = try RuleBook.loadedBuiltIn.get()
    } catch  where spec.name == CheckCommand.spec.name {
        // `check` reports broken data as findings, every rule set at once.
        return CheckCommand.report(RuleBook.builtInProblems().flatMap(RuleCheck.findings), format: parsed.value(.format), &terminal)
    } catch {
        terminal.err((terminal.language == .nb ? "rusctl: intern feil i regeldataene: " : "rusctl: internal error: ") + "\(error)\n")
        return .internalError
    }
    do {
        return try table.first { $0.spec.name == spec.name }!.run(parsed, book, &terminal)
    } catch {
        terminal.usageError(error)
        return .usage
    }
}

// Freed read buffers stay for reuse instead of being faulted in again per chunk (HeapTuning.h).
heap_tuning_keep_freed_memory()

var terminal = Terminal()
terminal.language = Terminal.messageLanguage(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
let status = run(Array(CommandLine.arguments.dropFirst()), &terminal)
terminal.flush()
// For rusctl-bench: this process's own peak memory (VmHWM), which the parent's rusage cannot
// give on Linux because a spawned child inherits its parent's high-water mark until exec.
if ProcessInfo.processInfo.environment["RUSCTL_REPORT_PEAK_MEMORY"] != nil,
    let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
{
    terminal.err("rusctl: peak memory \(line.dropFirst(6).trimmingCharacters(in: .whitespaces))\n")
}
exit(status.rawValue)
