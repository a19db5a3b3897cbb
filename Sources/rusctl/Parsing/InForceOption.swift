import Foundation
import RusRules

/// `--in-force`, shared by the commands that evaluate cases: the in-force date of an adopted
/// statute, which the rule data cannot know (rules.md §3).
enum InForceOption {
    static let spec = CommandSpec.OptionSpec(
        "in-force", value: "statute=date",
        help: "The date an adopted statute takes effect, e.g. lov-2025=2026-07-01. Without it the statute is never chosen by date (its in-force date is not known), and answers from its adoption say so. Acts before the date decided on or after it are weighed under straffeloven § 3. RUSCTL_IN_FORCE in the environment states it for every command.")

    /// The environment variable that states the in-force dates for every command, as
    /// `--in-force` does (the option wins): set once, e.g. in a shell profile or a service unit.
    static let environmentVariable = "RUSCTL_IN_FORCE"

    static func parse(_ arguments: ParsedArguments, book: RuleBook, command: String) throws(UsageError) -> InForceDates {
        var dates = InForceDates()
        let fromEnvironment = arguments.value("in-force") == nil
        guard let text = arguments.value("in-force") ?? ProcessInfo.processInfo.environment[environmentVariable], !text.isEmpty else {
            return dates
        }
        for item in text.split(separator: ",") {
            if let problem = dates.add(String(item), book: book) {
                throw UsageError(message: "\(fromEnvironment ? environmentVariable : "--in-force"): \(problem).", command: command)
            }
        }
        return dates
    }
}
