import Foundation
import RusRules

/// `--today`, shared by the commands that evaluate cases.
enum TodayOption {
    static func parse(_ arguments: ParsedArguments, command: String) throws(UsageError) -> LegalDate {
        guard let text = arguments.value(.today) else { return LegalDate.today() }
        guard let date = LegalDate(text) else {
            throw UsageError(
                nb: "'\(text)' er ikke en dato som finnes, skrevet ÅÅÅÅ-MM-DD.", en: "'\(text)' is not a real date written YYYY-MM-DD.",
                command: command)
        }
        return date
    }
}
