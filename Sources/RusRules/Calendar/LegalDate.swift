import Foundation

/// A calendar date in the proleptic Gregorian calendar, without time or time zone: legal
/// deadlines and ages are counted in whole days (`YYYY-MM-DD`).
public struct LegalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, as written (four digits).
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// A date that exists in the calendar (30 February and year 0 do not); nil otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LegalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other form or a date that does not exist.
    public init?(_ text: String) {
        self.init(utf8: text.utf8)
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes (no String needed: the fast case reader
    /// parses dates straight from the input).
    public init?<Bytes: Collection>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count == 10 else { return nil }
        var year = 0
        var month = 0
        var day = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case 0..<4: year = year * 10 + digit
            case 5..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        self.init(year: year, month: month, day: day)
    }

    /// Today's date in the given time zone (Norway's by default, where the decisions are made).
    public static func today(in timeZone: TimeZone = TimeZone(identifier: "Europe/Oslo") ?? .current) -> LegalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LegalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// Whether `year` has 29 February (the Gregorian rule).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Completed years from `birth` to this date.
    ///
    /// A birthday is reached when the month and day are reached, so a person born on 29 February
    /// becomes a year older on 1 March in a common year (28 February still precedes 29 February).
    public func completedYears(since birth: LegalDate) -> Int {
        let years = year - birth.year
        return (month, day) < (birth.month, birth.day) ? years - 1 : years
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's days-from-civil algorithm.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01; nil outside years 1–9999.
    public init?(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// `YYYY-MM-DD`, written digit by digit (it is in every decision; concatenating parts showed
    /// in profiles).
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func digits(_ value: Int, from start: Int, count: Int) {
                var rest = value
                for position in (start..<(start + count)).reversed() {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            digits(year, from: 0, count: 4)
            buffer[4] = UInt8(ascii: "-")
            digits(month, from: 5, count: 2)
            buffer[7] = UInt8(ascii: "-")
            digits(day, from: 8, count: 2)
            return 10
        }
    }

    public static func < (lhs: LegalDate, rhs: LegalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
