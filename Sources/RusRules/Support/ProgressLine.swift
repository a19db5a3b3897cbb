/// The line a long run shows on a terminal while it works, in the user's language: how much is
/// done and how fast and, where the whole is known (the cases asked for, the input file's size),
/// the share done and about how long is left.
///
/// «compare: 45 056 saker, 28 597 i sekundet – 34 % av filen lest, om lag 12 s igjen»
/// «compare: 45,056 cases, 28,597 a second – 34% of the file read, about 12 s left»
package struct ProgressLine: Sendable {
    /// What is counted.
    package enum Unit: Sendable {
        case cases, draws
    }

    let label: String
    let done: Int
    /// How many there will be, when known.
    let total: Int?
    let unit: Unit
    /// How long the work has taken so far.
    let seconds: Double
    /// Bytes of the input read so far, and the input's size, when it is a file.
    let read: (bytes: Int, of: Int)?

    package init(label: String, done: Int, total: Int? = nil, unit: Unit = .cases, seconds: Double, read: (bytes: Int, of: Int)? = nil) {
        self.label = label
        self.done = done
        self.total = total
        self.unit = unit
        self.seconds = seconds
        self.read = read
    }

    /// The time left is guessed only after this long, and once this share is done: earlier, the
    /// start-up and the first batch would decide it.
    static let settlingSeconds = 2.0
    static let settlingShare = 0.01

    /// The line in `language`.
    package func text(_ language: Language) -> String {
        let nb = language == .nb
        let names: (one: String, many: String) =
            switch unit {
            case .cases: nb ? ("sak", "saker") : ("case", "cases")
            case .draws: nb ? ("trekning", "trekninger") : ("draw", "draws")
            }
        var text = "\(label): \(Wording.count(done, language))"
        var share: Double?
        if let total, total > 0 {
            share = min(Double(done) / Double(total), 1)
            text += (nb ? " av " : " of ") + Wording.count(total, language) + " \(total == 1 ? names.one : names.many)"
            text += " (" + Self.percent(share!, language) + ")"
        } else {
            text += " \(done == 1 ? names.one : names.many)"
        }
        let rate = seconds > 0 ? Double(done) / seconds : 0
        if rate >= 1 { text += ", " + Wording.count(Int(rate), language) + (nb ? " i sekundet" : " a second") }
        if let read, read.of > 0 {
            share = min(Double(read.bytes) / Double(read.of), 1)
            text += " – " + Self.percent(share!, language) + (nb ? " av filen lest" : " of the file read")
        }
        if let share, share >= Self.settlingShare, share < 1, seconds >= Self.settlingSeconds {
            let left = seconds * (1 - share) / share
            text += (nb ? ", om lag " : ", about ") + Self.duration(left, language) + (nb ? " igjen" : " left")
        }
        return text
    }

    /// A share as a whole per cent: «34 %» in Norwegian, «34%» in English.
    static func percent(_ share: Double, _ language: Language) -> String {
        let whole = Int((share * 100).rounded(.down))
        return language == .nb ? "\(whole) %" : "\(whole)%"
    }

    /// A time to come, rounded as a person would say it: seconds up to a minute and a half, then
    /// minutes up to an hour and a half, then hours.
    static func duration(_ seconds: Double, _ language: Language) -> String {
        let rounded = Int(seconds.rounded(.up))
        if rounded < 90 { return "\(rounded) s" }
        if rounded < 90 * 60 { return "\(Int((Double(rounded) / 60).rounded())) min" }
        return "\(Int((Double(rounded) / 3600).rounded())) " + (language == .nb ? "t" : "h")
    }
}
