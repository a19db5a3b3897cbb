import Foundation
import RusRules

/// `--allow-invalid`: exit 0 although some cases were invalid (they are still listed).
enum AllowInvalid {
    static let spec = CommandSpec.OptionSpec(
        .allowInvalid,
        help: .init(
            nb: "Avslutt med 0 også når noen saker er ugyldige (de listes i rapporten og telles ikke). Standard: exit 65.",
            en: "Exit 0 even when some cases are invalid (they are listed in the report and not counted). Default: exit 65."))
}
