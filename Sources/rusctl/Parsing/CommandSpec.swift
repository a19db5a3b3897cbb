import RusRules

/// What a command accepts, written once and used for both parsing and help.
struct CommandSpec {
    struct OptionSpec {
        let name: String
        /// Nil for a flag; otherwise the value's placeholder (`ID`, `DIR`).
        let value: String?
        let help: String
        /// The values accepted, when the set is closed (`text`, `json`).
        let choices: [String]
        /// Shown without brackets in the usage line (the command checks it is given).
        let required: Bool
        /// Other names for it (`--kort` for `--short`); parsed as the option itself.
        let aliases: [String]

        init(_ name: String, value: String? = nil, required: Bool = false, choices: [String] = [], aliases: [String] = [],
             help: String) {
            self.name = name
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
        let help: String
    }

    let name: String
    let summary: String
    /// The positional part of the usage line (`[<file>|-]`), after the options.
    let operands: String
    let arguments: [ArgumentSpec]
    let options: [OptionSpec]
    let examples: [(String, String)]
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

    /// The help text in swift-argument-parser's layout.
    var help: String {
        var lines = ["OVERVIEW: \(summary)", "", "USAGE: \(usage)"]
        if !aliases.isEmpty { lines += ["", "ALSO: " + aliases.map { "rusctl \($0)" }.joined(separator: ", ")] }
        if !arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            lines += arguments.map { "  " + pad($0.name) + $0.help }
        }
        lines += ["", "OPTIONS:"]
        for option in options + [OptionSpec("help", help: "Show help information.")] {
            let label = option.label
            let choices = option.choices.isEmpty ? "" : " (\(option.choices.joined(separator: " | ")))"
            lines.append("  " + pad(label) + option.help + choices)
        }
        if !examples.isEmpty {
            lines += ["", "EXAMPLES:"]
            for (what, command) in examples {
                lines += ["  # \(what)", "  \(command)"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String) -> String {
        text.count >= 24 ? text + "  " : text + String(repeating: " ", count: 24 - text.count)
    }
}

/// The parsed command line of one command.
struct ParsedArguments {
    var positional: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var wantsHelp = false

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake on the command line: exit 64 with a message and where to find help.
struct UsageError: Error {
    let message: String
    let command: String?
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
                let hint = Spelling.closest(to: name, in: names).map { " Did you mean '--\($0)'?" } ?? ""
                throw UsageError(message: "unknown option '--\(name)'.\(hint)", command: self.name)
            }
            let written = name
            let canonical = option.name
            guard option.value != nil else {
                if body.contains("=") { throw UsageError(message: "'--\(written)' takes no value.", command: self.name) }
                parsed.flags.insert(canonical)
                continue
            }
            let value: String
            if let equals = body.firstIndex(of: "=") {
                value = String(body[body.index(after: equals)...])
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "'--\(written)' needs a value <\(option.value!)>.", command: self.name)
                }
                value = arguments[index]
                index += 1
            }
            if !option.choices.isEmpty && !option.choices.contains(value) {
                throw UsageError(
                    message: "'\(value)' is not a valid value for '--\(written)'; use \(option.choices.joined(separator: ", ")).",
                    command: self.name)
            }
            if parsed.values[canonical] != nil {
                throw UsageError(message: "'--\(written)' is given more than once.", command: self.name)
            }
            parsed.values[canonical] = value
        }
        if parsed.positional.count > maxArguments && !parsed.wantsHelp {
            throw UsageError(message: "unexpected argument '\(parsed.positional[maxArguments])'.", command: self.name)
        }
        return parsed
    }
}
