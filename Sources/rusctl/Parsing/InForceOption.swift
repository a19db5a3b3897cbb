import Foundation
import RusRules

/// `--in-force`, shared by the commands that evaluate cases: the in-force date of an adopted
/// statute, which the rule data cannot know (docs/law.md §3).
enum InForceOption {
    static let spec = CommandSpec.OptionSpec(
        .inForce, value: "statute=date",
        help: .init(
            nb:
                "Datoen en vedtatt lov trer i kraft, f.eks. lov-2025=2026-07-01. Uten den velges loven aldri etter dato (ikrafttredelsesdatoen er ikke kjent), og svar fra vedtakelsen sier fra om det. Handlinger før datoen som avgjøres på eller etter den, vurderes etter straffeloven § 3. RUSCTL_IN_FORCE i miljøet oppgir datoen for alle kommandoer.",
            en:
                "The date an adopted statute takes effect, e.g. lov-2025=2026-07-01. Without it the statute is never chosen by date (its in-force date is not known), and answers from its adoption say so. Acts before the date decided on or after it are weighed under straffeloven § 3. RUSCTL_IN_FORCE in the environment states it for every command."
        ))

    /// The environment variable that states the in-force dates for every command, as
    /// `--in-force` does (the option wins): set once, e.g. in a shell profile or a service unit.
    static let environmentVariable = "RUSCTL_IN_FORCE"

    static func parse(_ arguments: ParsedArguments, book: RuleBook, command: String) throws(UsageError) -> InForceDates {
        var dates = InForceDates()
        let fromEnvironment = arguments.value(.inForce) == nil
        guard let text = arguments.value(.inForce) ?? ProcessInfo.processInfo.environment[environmentVariable], !text.isEmpty else {
            return dates
        }
        for item in text.split(separator: ",") {
            if let problem = dates.add(String(item), book: book) {
                throw UsageError(
                    nb: "\(fromEnvironment ? environmentVariable : "--in-force"): \(problem.nb).",
                    en: "\(fromEnvironment ? environmentVariable : "--in-force"): \(problem.en).", command: command)
            }
        }
        return dates
    }
}
