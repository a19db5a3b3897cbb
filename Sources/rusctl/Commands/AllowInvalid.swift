import Foundation
import RusRules

/// `--allow-invalid`: exit 0 although some cases were invalid (they are still listed).
enum AllowInvalid {
    static let spec = CommandSpec.OptionSpec(
        .allowInvalid,
        help: .init(
            nb: "Avslutt med 0 også når noen saker er ugyldige (de listes i rapporten og telles ikke). Standard: exit 65.",
            en: "Exit 0 even when some cases are invalid (they are listed in the report and not counted). Default: exit 65."))

    /// What standard error says when cases were invalid: «rusctl: 1 av 3 saker er ugyldige», with
    /// `aside`, what became of them, in brackets.
    static func message(_ invalid: Int, of total: Int, aside: LocalizedText? = nil, _ language: Language) -> String {
        let said =
            language == .nb
            ? "rusctl: \(invalid) av \(total) \(total == 1 ? "sak er ugyldig" : "saker er ugyldige")"
            : "rusctl: \(invalid) of \(total) case\(total == 1 ? "" : "s") invalid"
        return said + (aside.map { " (\($0.text(language)))" } ?? "") + "\n"
    }
}
