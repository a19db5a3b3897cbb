import Foundation
import RusRules

/// `--today`, shared by the commands that evaluate cases.
enum TodayOption {
    static func parse(_ arguments: ParsedArguments, command: String) throws(UsageError) -> LegalDate {
        guard let text = arguments.value(.today) else { return LegalDate.today() }
        guard let date = LegalDate(text) else {
            // A date written as a person writes it («31.12.2026») is named in the form asked for.
            if let typed = LegalDate(typed: text) {
                throw UsageError(
                    nb: "--today: skriv datoen ÅÅÅÅ-MM-DD: --today \(typed).", en: "--today: write the date YYYY-MM-DD: --today \(typed).",
                    command: command)
            }
            throw UsageError(
                nb: "--today: '\(text)' er ikke en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2026-12-31).",
                en: "--today: '\(text)' is not a date that exists, written YYYY-MM-DD (for example 2026-12-31).",
                command: command)
        }
        return date
    }
}
