/// A decimal number held exactly, however many digits it has: amounts, limits and unit factors.
///
/// Why not Foundation's `Decimal`: it keeps 38 digits and exponents up to ±127, so
/// `5.00000000000000000000000000000000000001` g was cut to 5 g ("within" a 5 g limit) and `1e308`
/// could not be read at all. Here the value is `± digits × 10^exponent` with every digit kept;
/// comparison, addition and multiplication are exact. An exponent beyond ±2^60 is held as ±2^60
/// (no amount or limit comes near; fields bound their magnitude with ``magnitude``).
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The significand's digits (0–9), most significant first, with no leading or trailing zeros;
    /// empty for zero.
    private let digits: [UInt8]
    /// The power of ten of the last digit.
    private let exponent: Int
    private let negative: Bool

    static let exponentBound = 1 << 60

    private init(negative: Bool, digits: [UInt8], exponent: Int) {
        var start = 0
        while start < digits.count && digits[start] == 0 { start += 1 }
        var end = digits.count
        while end > start && digits[end - 1] == 0 { end -= 1 }
        let trimmed = start == 0 && end == digits.count ? digits : Array(digits[start..<end])
        self.digits = trimmed
        self.exponent = trimmed.isEmpty ? 0 : min(max(exponent + (digits.count - end), -Self.exponentBound), Self.exponentBound)
        self.negative = trimmed.isEmpty ? false : negative
    }

    /// The integer `value`, exactly.
    public init(_ value: Int) {
        let magnitude = value.magnitude
        self.init(negative: value < 0, digits: String(magnitude).utf8.map { $0 - UInt8(ascii: "0") }, exponent: 0)
    }

    /// The integer, exactly.
    public init(integerLiteral value: Int) { self.init(value) }

    /// Reads a JSON number (RFC 8259 §6: `-? int frac? exp?`); nil for anything else.
    public init?(_ text: String) {
        var text = text
        guard let value = text.withUTF8({ Self(utf8: $0) }) else { return nil }
        self = value
    }

    /// Reads a JSON number from its UTF-8 bytes; nil unless they are exactly one.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard isDigit(index) else { return nil }
        var digits: [UInt8] = []
        if bytes[index] == 0x30 {
            index += 1
        } else {
            while isDigit(index) {
                digits.append(bytes[index] - 0x30)
                index += 1
            }
        }
        var exponent = 0
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return nil }
            while isDigit(index) {
                digits.append(bytes[index] - 0x30)
                exponent -= 1
                index += 1
            }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            var sign = 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            guard isDigit(index) else { return nil }
            var written = 0
            while isDigit(index) {
                // Saturates: any exponent beyond the bound is held at it.
                if written < Self.exponentBound { written = written * 10 + Int(bytes[index] - 0x30) }
                index += 1
            }
            exponent += sign * min(written, Self.exponentBound)
        }
        guard index == bytes.count else { return nil }
        self.init(negative: negative, digits: digits, exponent: exponent)
    }

    /// Zero.
    public static let zero = ExactDecimal(0)

    /// The significand's digits, most significant first (the fast path reads them).
    var significand: [UInt8] { digits }
    /// The power of ten of the significand's last digit.
    var powerOfLastDigit: Int { exponent }

    /// Whether it is zero.
    public var isZero: Bool { digits.isEmpty }
    /// Whether it is below zero.
    public var isNegative: Bool { negative }
    /// Whether the value is a whole number.
    public var isWhole: Bool { exponent >= 0 }

    /// The power of ten of the leading digit plus one: 1 for 1–9.99…, 0 for 0.1–0.99…, 3 for 100–999…
    /// (nil for zero). A field bounds magnitudes with it before doing arithmetic.
    public var magnitude: Int? { digits.isEmpty ? nil : exponent + digits.count }

    /// The value when it is a whole number that fits an `Int`.
    public var integer: Int? {
        guard isWhole else { return nil }
        guard let magnitude else { return 0 }
        guard magnitude <= 18 else { return nil }
        var value = 0
        for digit in digits { value = value * 10 + Int(digit) }
        for _ in 0..<exponent { value *= 10 }
        return negative ? -value : value
    }

    /// The nearest `Double` (for charts and statistics only; never for a legal comparison).
    public var double: Double { Double(description) ?? (negative ? -.infinity : .infinity) }

    /// Plain decimal notation ("5", "0.001", "5.00000000000000000000000000000000000001") while
    /// that needs at most 40 zeros of padding; otherwise scientific ("1e+308", "1.5e-60").
    public var description: String { written(point: UInt8(ascii: ".")) }

    /// The number as ``description`` writes it, with `point` as the decimal separator (a comma
    /// in bokmål). Written byte by byte into one buffer: joining the parts as strings cost more
    /// than a microsecond a number in profiles of many decisions, where every amount and limit
    /// of every reason is written.
    func written(point: UInt8) -> String {
        guard !digits.isEmpty else { return "0" }
        let zero = UInt8(ascii: "0")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + 24)
        if negative { bytes.append(UInt8(ascii: "-")) }
        if exponent >= 0 && exponent <= 40 {
            for digit in digits { bytes.append(zero + digit) }
            bytes.append(contentsOf: repeatElement(zero, count: exponent))
        } else if exponent < 0 && -exponent < digits.count {
            let whole = digits.count + exponent
            for (position, digit) in digits.enumerated() {
                if position == whole { bytes.append(point) }
                bytes.append(zero + digit)
            }
        } else if exponent < 0 && -exponent - digits.count <= 40 {
            bytes.append(zero)
            bytes.append(point)
            bytes.append(contentsOf: repeatElement(zero, count: -exponent - digits.count))
            for digit in digits { bytes.append(zero + digit) }
        } else {
            for (position, digit) in digits.enumerated() {
                if position == 1 { bytes.append(point) }
                bytes.append(zero + digit)
            }
            let power = exponent + digits.count - 1
            bytes.append(UInt8(ascii: "e"))
            bytes.append(power < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            bytes.append(contentsOf: String(power.magnitude).utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.negative != rhs.negative { return lhs.negative }
        let ordered = compareMagnitudes(lhs, rhs)
        return lhs.negative ? ordered > 0 : ordered < 0
    }

    /// -1, 0 or 1 as |lhs| is less than, equal to or greater than |rhs|.
    private static func compareMagnitudes(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        guard let left = lhs.magnitude else { return rhs.isZero ? 0 : -1 }
        guard let right = rhs.magnitude else { return 1 }
        if left != right { return left < right ? -1 : 1 }
        for (a, b) in zip(lhs.digits, rhs.digits) where a != b { return a < b ? -1 : 1 }
        return lhs.digits.count == rhs.digits.count ? 0 : (lhs.digits.count < rhs.digits.count ? -1 : 1)
    }

    /// The exact sum.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if lhs.isZero { return rhs }
        if rhs.isZero { return lhs }
        let low = min(lhs.exponent, rhs.exponent)
        // Both significands as little-endian digits from the common exponent up.
        func aligned(_ value: ExactDecimal) -> [Int8] {
            Array(repeating: 0, count: value.exponent - low) + value.digits.reversed().map { Int8($0) }
        }
        var (larger, smaller) = (aligned(lhs), aligned(rhs))
        var negative = lhs.negative
        if lhs.negative != rhs.negative && compareMagnitudes(lhs, rhs) < 0 {
            swap(&larger, &smaller)
            negative = rhs.negative
        }
        let subtract = lhs.negative != rhs.negative
        var result: [Int8] = []
        result.reserveCapacity(max(larger.count, smaller.count) + 1)
        var carry: Int8 = 0
        for index in 0..<max(larger.count, smaller.count) {
            let a = index < larger.count ? larger[index] : 0
            let b = index < smaller.count ? smaller[index] : 0
            var digit = subtract ? a - b + carry : a + b + carry
            carry = 0
            if digit < 0 {
                digit += 10
                carry = -1
            } else if digit > 9 {
                digit -= 10
                carry = 1
            }
            result.append(digit)
        }
        if carry > 0 { result.append(carry) }
        return ExactDecimal(negative: negative, digits: result.reversed().map { UInt8($0) }, exponent: low)
    }

    /// Adds `rhs` to `lhs`, exactly.
    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }

    /// The exact difference.
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + ExactDecimal(negative: !rhs.negative, digits: rhs.digits, exponent: rhs.exponent)
    }

    /// The exact product.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if lhs.isZero || rhs.isZero { return .zero }
        var product = [Int](repeating: 0, count: lhs.digits.count + rhs.digits.count)
        for (i, a) in lhs.digits.reversed().enumerated() where a != 0 {
            for (j, b) in rhs.digits.reversed().enumerated() { product[i + j] += Int(a) * Int(b) }
            // Keep the column sums small: carry after each row.
            var carry = 0
            for index in i..<product.count {
                let sum = product[index] + carry
                product[index] = sum % 10
                carry = sum / 10
                if carry == 0 && index >= i + rhs.digits.count { break }
            }
        }
        return ExactDecimal(
            negative: lhs.negative != rhs.negative, digits: product.reversed().map { UInt8($0) },
            exponent: lhs.exponent + rhs.exponent)
    }

    /// `self × 10^power`, exactly.
    public func shifted(by power: Int) -> ExactDecimal {
        ExactDecimal(negative: negative, digits: digits, exponent: exponent + power)
    }

    /// `self ÷ divisor`, exact when the quotient has at most `significantDigits` digits, else
    /// truncated there (for showing an amount in another unit; comparisons multiply instead).
    public func divided(by divisor: ExactDecimal, significantDigits: Int = 40) -> ExactDecimal {
        precondition(!divisor.isZero, "division by zero")
        if isZero { return .zero }
        // A power of ten (the usual unit factor) only moves the point.
        if divisor.digits == [1] {
            return ExactDecimal(negative: negative != divisor.negative, digits: digits, exponent: exponent - divisor.exponent)
        }
        // Long division of the significands, with enough digits appended to the dividend.
        let divisorDigits = divisor.digits.map(Int.init)
        let extra = significantDigits + divisorDigits.count
        var remainder: [Int] = []
        var quotient: [UInt8] = []
        for digit in digits.map(Int.init) + Array(repeating: 0, count: extra) {
            remainder.append(digit)
            while remainder.first == 0 { remainder.removeFirst() }
            var count: UInt8 = 0
            while Self.lessOrEqual(divisorDigits, remainder) {
                remainder = Self.subtract(remainder, divisorDigits)
                count += 1
            }
            quotient.append(count)
        }
        return ExactDecimal(
            negative: negative != divisor.negative, digits: quotient,
            exponent: exponent - divisor.exponent - extra)
    }

    /// Whole-number digit arrays (most significant first, no leading zeros): a ≤ b.
    private static func lessOrEqual(_ a: [Int], _ b: [Int]) -> Bool {
        if a.count != b.count { return a.count < b.count }
        for (x, y) in zip(a, b) where x != y { return x < y }
        return true
    }

    private static func subtract(_ a: [Int], _ b: [Int]) -> [Int] {
        var result = a
        var borrow = 0
        for offset in 0..<result.count {
            let index = result.count - 1 - offset
            let other = offset < b.count ? b[b.count - 1 - offset] : 0
            var digit = result[index] - other - borrow
            borrow = 0
            if digit < 0 {
                digit += 10
                borrow = 1
            }
            result[index] = digit
        }
        while result.first == 0 { result.removeFirst() }
        return result
    }
}
