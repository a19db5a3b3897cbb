import Foundation
import RusRules

/// The line that ends every answer filed in a case: when it was assessed and with what — the
/// tool's version and commit and the rule data's fingerprint. The date is today in Norway;
/// `SOURCE_DATE_EPOCH` fixes it (reproducible output, the goldens).
enum AssessmentStamp {
    /// One line, under 80 columns in bokmål: «Vurdert 14.03.2026: rusctl 0.3.0, commit
    /// 1a2b3c4d, regeldata …» (a development build says so instead of a commit).
    static func line(_ language: Language) -> String {
        let date = assessedOn()
        let tool = String(version.dropFirst("rusctl ".count))
        let build =
            BuildCommit.id.map { ", commit \($0)" }
            ?? (language == .nb ? " (utviklerbygg)" : " (local build)")
        return language == .nb
            ? "Vurdert \(date.written(.nb)): rusctl \(tool)\(build), regeldata \(RuleBook.builtInDataFingerprint)"
            : "Assessed \(date.written(.en)): rusctl \(tool)\(build), rule data \(RuleBook.builtInDataFingerprint)"
    }

    static func assessedOn() -> LegalDate {
        guard let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) else { return LegalDate.today() }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return LegalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LegalDate.today()
    }
}
