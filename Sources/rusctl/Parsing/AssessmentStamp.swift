import Foundation
import RusRules

/// The line that ends every answer filed in a case: when it was assessed and with what — the
/// tool's version and commit and the rule data's fingerprint. The date is today in Norway;
/// `SOURCE_DATE_EPOCH` fixes it (reproducible output, the goldens).
enum AssessmentStamp {
    static func line(_ language: Language) -> String {
        let date = assessedOn()
        let commit = BuildCommit.id ?? (language == .nb ? "ikke registrert" : "not recorded")
        let tool = String(version.dropFirst("rusctl ".count))
        return language == .nb
            ? "Vurdert \(date.written(.nb)) med rusctl \(tool), commit \(commit), regeldata \(RuleBook.builtInDataFingerprint)."
            : "Assessed on \(date.written(.en)) with rusctl \(tool), commit \(commit), rule data \(RuleBook.builtInDataFingerprint)."
    }

    static func assessedOn() -> LegalDate {
        guard let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) else { return LegalDate.today() }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return LegalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LegalDate.today()
    }
}
