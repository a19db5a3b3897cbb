import RusRules

/// Every option's name, declared once: commands read options by these names, never by a
/// string, so that a misspelt option does not compile.
enum OptionName: String, CaseIterable, Sendable {
    case alleKilder = "alle-kilder"
    case allowHost = "allow-host"
    case allowInvalid = "allow-invalid"
    case baseline
    case changed
    case changedCsv = "changed-csv"
    case count
    case coverage
    case csvDialect = "csv-dialect"
    case distribution
    case explain
    case filter
    case format
    case from
    case headerTimeout = "header-timeout"
    case help
    case inForce = "in-force"
    case jobs
    case junit
    case kort
    case lagre
    case lang
    case listen
    case maxConnections = "max-connections"
    case minCoverage = "min-coverage"
    case noTrace = "no-trace"
    case output
    case rules
    case rulesFile = "rules-file"
    case scaffold
    case seed
    case seeds
    case showDistribution = "show-distribution"
    case step
    case style
    case substance
    case synthetic
    case table
    case to
    case today
    case unit
    case utenKommentarer = "uten-kommentarer"
    case vary
    case verbose
}

/// What a command accepts, written once and used for both parsing and help.
struct CommandSpec {
    struct OptionSpec {
        let name: String
        /// Nil for a flag; otherwise the value's placeholder (`ID`, `DIR`).
        let value: String?
        let help: LocalizedText
        /// The values accepted, when the set is closed (`text`, `json`).
        let choices: [String]
        /// Shown without brackets in the usage line (the command checks it is given).
        let required: Bool
        /// Other names for it (`--kort` for `--short`); parsed as the option itself.
        let aliases: [String]

        init(
            _ name: OptionName, value: String? = nil, required: Bool = false, choices: [String] = [], aliases: [String] = [],
            help: LocalizedText
        ) {
            self.name = name.rawValue
            self.value = value
            self.help = help
            self.choices = choices
            self.required = required
            self.aliases = aliases
        }

        /// `--name <value>` (and its other names), as the usage line and help show it.
        var label: String { "--\(name)" + aliases.map { "|--\($0)" }.joined() + (value.map { " <\($0)>" } ?? "") }
    }

    struct ArgumentSpec {
        let name: String
        let help: LocalizedText
    }

    /// A command line that shows a use, with what it does.
    struct Example {
        let what: LocalizedText
        let command: String

        init(nb: String, en: String, _ command: String) {
            self.what = LocalizedText(nb: nb, en: en)
            self.command = command
        }
    }

    let name: String
    let summary: LocalizedText
    /// The positional part of the usage line (`[<file>|-]`), after the options.
    let operands: String
    let arguments: [ArgumentSpec]
    let options: [OptionSpec]
    let examples: [Example]
    /// The most positional arguments accepted.
    let maxArguments: Int
    /// Other names of the command (`new` for `ny`).
    var aliases: [String] = []

    /// Whether `word` names this command.
    func isNamed(_ word: String) -> Bool { word == name || aliases.contains(word) }

    /// The usage line, derived from the options so that it cannot drift from them.
    var usage: String {
        let required = options.filter(\.required).map(\.label)
        let optional = options.filter { !$0.required }.map { "[\($0.label)]" }
        return (["rusctl", name] + required + optional + (operands.isEmpty ? [] : [operands])).joined(separator: " ")
    }

    /// The help option every command has.
    static let helpOption = OptionSpec(.help, help: .init(nb: "Vis hjelpen.", en: "Show help information."))

    /// The help text in swift-argument-parser's layout, in `language`, each description wrapped
    /// to `width` columns beside its option.
    func help(_ language: Language, width: Int = 80) -> String {
        func say(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }
        let usageLines = TextWrap.lines(usage, width: width - 9)
        var lines =
            TextWrap.lines(say("OVERSIKT: ", "OVERVIEW: ") + summary.text(language), width: width) + [""]
            + [say("BRUK:  ", "USAGE: ") + usageLines[0]] + usageLines.dropFirst().map { "         " + $0 }
        if !aliases.isEmpty { lines += ["", say("OGSÅ: ", "ALSO: ") + aliases.map { "rusctl \($0)" }.joined(separator: ", ")] }
        if !arguments.isEmpty {
            lines += ["", say("ARGUMENTER:", "ARGUMENTS:")]
            lines += arguments.flatMap { Self.entry($0.name, $0.help.text(language), width: width) }
        }
        lines += ["", say("VALG:", "OPTIONS:")]
        for option in options + [Self.helpOption] {
            let choices = option.choices.isEmpty ? "" : " (\(option.choices.joined(separator: " | ")))"
            lines += Self.entry(option.label, option.help.text(language) + choices, width: width)
        }
        if !examples.isEmpty {
            lines += ["", say("EKSEMPLER:", "EXAMPLES:")]
            for example in examples {
                // Every line of a wrapped comment starts with '#': pasted into a shell with its
                // command, the block still runs only the command.
                lines += TextWrap.lines(example.what.text(language), width: width - 4).map { "  # " + $0 }
                lines.append("  \(example.command)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "  --label   description", the description wrapped in its column.
    static func entry(_ label: String, _ text: String, width: Int) -> [String] {
        let column = 26
        let wrapped = TextWrap.lines(text, width: max(width - column, 30))
        let indent = String(repeating: " ", count: column)
        if label.count >= 24 { return ["  " + label] + wrapped.map { indent + $0 } }
        let first = "  " + label + String(repeating: " ", count: 24 - label.count)
        return [first + wrapped[0]] + wrapped.dropFirst().map { indent + $0 }
    }
}

/// The parsed command line of one command.
struct ParsedArguments {
    var positional: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var wantsHelp = false

    func value(_ name: OptionName) -> String? { values[name.rawValue] }
    func flag(_ name: OptionName) -> Bool { flags.contains(name.rawValue) }
    func value(_ option: CommandSpec.OptionSpec) -> String? { values[option.name] }
    func flag(_ option: CommandSpec.OptionSpec) -> Bool { flags.contains(option.name) }
}

/// A mistake on the command line: exit 64 with a message and where to find help.
struct UsageError: Error {
    let message: LocalizedText
    let command: String?

    init(nb: String, en: String, command: String?) {
        self.message = LocalizedText(nb: nb, en: en)
        self.command = command
    }

    init(_ message: LocalizedText, command: String?) {
        self.message = message
        self.command = command
    }
}

extension CommandSpec {
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--help" || argument == "-h" {
                parsed.wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--"), argument != "--" else {
                parsed.positional.append(argument)
                continue
            }
            let body = argument.dropFirst(2)
            let name = String(body.split(separator: "=", maxSplits: 1).first ?? "")
            guard let option = options.first(where: { $0.name == name || $0.aliases.contains(name) }) else {
                let names = options.flatMap { [$0.name] + $0.aliases } + ["help"]
                let closest = Spelling.closest(to: name, in: names)
                throw UsageError(
                    nb: "ukjent valg '--\(name)'." + (closest.map { " Mente du '--\($0)'?" } ?? ""),
                    en: "unknown option '--\(name)'." + (closest.map { " Did you mean '--\($0)'?" } ?? ""),
                    command: self.name)
            }
            let written = name
            let canonical = option.name
            guard option.value != nil else {
                if body.contains("=") {
                    throw UsageError(nb: "'--\(written)' tar ingen verdi.", en: "'--\(written)' takes no value.", command: self.name)
                }
                parsed.flags.insert(canonical)
                continue
            }
            let value: String
            if let equals = body.firstIndex(of: "=") {
                value = String(body[body.index(after: equals)...])
            } else {
                guard index < arguments.count else {
                    throw UsageError(
                        nb: "'--\(written)' trenger en verdi <\(option.value!)>.",
                        en: "'--\(written)' needs a value <\(option.value!)>.", command: self.name)
                }
                value = arguments[index]
                index += 1
            }
            if !option.choices.isEmpty && !option.choices.contains(value) {
                throw UsageError(
                    nb: "'\(value)' er ikke en gyldig verdi for '--\(written)'; bruk \(Wording.alternatives(option.choices, .nb)).",
                    en: "'\(value)' is not a valid value for '--\(written)'; use \(Wording.alternatives(option.choices, .en)).",
                    command: self.name)
            }
            if parsed.values[canonical] != nil {
                throw UsageError(
                    nb: "'--\(written)' er gitt mer enn én gang.", en: "'--\(written)' is given more than once.",
                    command: self.name)
            }
            parsed.values[canonical] = value
        }
        if parsed.positional.count > maxArguments && !parsed.wantsHelp {
            throw UsageError(
                nb: "uventet argument '\(parsed.positional[maxArguments])'.",
                en: "unexpected argument '\(parsed.positional[maxArguments])'.", command: self.name)
        }
        return parsed
    }
}
