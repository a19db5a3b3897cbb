import RusRules

/// `--in-force`, shared by the commands that evaluate cases: the in-force date of an adopted
/// statute, which the rule data cannot know (rules.md §3).
enum InForceOption {
    static let spec = CommandSpec.OptionSpec(
        "in-force", value: "statute=date",
        help: "The date an adopted statute takes effect, e.g. lov-2025=2026-07-01. Without it the statute is never chosen by date (its in-force date is not known), and answers from its adoption say so. Acts before the date decided on or after it are weighed under straffeloven § 3.")

    static func parse(_ arguments: ParsedArguments, book: RuleBook, command: String) throws(UsageError) -> InForceDates {
        var dates = InForceDates()
        guard let text = arguments.value("in-force") else { return dates }
        for item in text.split(separator: ",") {
            if let problem = dates.add(String(item), book: book) {
                throw UsageError(message: "--in-force: \(problem).", command: command)
            }
        }
        return dates
    }
}
