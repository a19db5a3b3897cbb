import Foundation

/// An amount in whole units of 10^-24 of its dimension's base unit (yoctograms), exact for
/// every amount written with up to 24 decimals in grams; `inexact` when finer digits were
/// dropped (the amount is then a little more than `units`, which decides every comparison
/// with a limit held exactly at this resolution). Amounts of 10^14 base units and more are
/// held as `FixedPoint/huge`, above every limit the fast path compiles.
struct FixedAmount: Sendable, Equatable {
    var units: Int128
    var inexact: Bool

    static let zero = FixedAmount(units: 0, inexact: false)

    /// Whether the amount is more than `limit` (a value held exactly).
    func exceeds(_ limit: Int128) -> Bool {
        units > limit || (units == limit && inexact)
    }
}

/// Exact conversion of decimal amounts and limits to ``FixedAmount``.
enum FixedPoint {
    /// Decimal places of the base unit held.
    static let resolution = 24
    static let huge = Int128.max

    /// Collects an amount's digits, most significant first: the first `kept` digits are held,
    /// the rest only mark the amount inexact; then `power` more zeros are appended.
    struct Accumulator {
        var units: Int128 = 0
        var inexact = false
        var saturated = false

        @inline(__always)
        mutating func push(_ digit: UInt8, kept: Bool) {
            guard kept else {
                if digit != 0 { inexact = true }
                return
            }
            guard !saturated else { return }
            let (times, overflow) = units.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int128(digit))
            if overflow || overflowSum { saturated = true } else { units = sum }
        }

        mutating func finish(power: Int) -> FixedAmount {
            var remaining = power
            while remaining > 0 && !saturated && units != 0 {
                let (times, overflow) = units.multipliedReportingOverflow(by: 10)
                if overflow { saturated = true } else { units = times }
                remaining -= 1
            }
            return saturated ? FixedAmount(units: FixedPoint.huge, inexact: true) : FixedAmount(units: units, inexact: inexact)
        }
    }

    /// Powers of ten that fit an `Int128` (10^0 … 10^38).
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers.last! * 10) }
        return powers
    }()

    /// `mantissa × 10^power` in whole units: scaled once, the digits dropped below a unit only
    /// marking it inexact.
    @inline(__always)
    static func scaled(_ mantissa: UInt64, power: Int) -> FixedAmount {
        let value = Int128(mantissa)
        if power >= 0 {
            guard power <= 38 else { return value == 0 ? .zero : FixedAmount(units: huge, inexact: true) }
            let (product, overflow) = value.multipliedReportingOverflow(by: powersOfTen[power])
            return overflow ? FixedAmount(units: huge, inexact: true) : FixedAmount(units: product, inexact: false)
        }
        guard -power <= 38 else { return FixedAmount(units: 0, inexact: value != 0) }
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: powersOfTen[-power])
        return FixedAmount(units: quotient, inexact: remainder != 0)
    }

    /// `digits × 10^power` in units of 10^-24 of the base unit, where `power` already includes the
    /// unit's scale and the resolution.
    static func amount(digits: [UInt8], power: Int) -> FixedAmount {
        var accumulator = Accumulator()
        let kept = power >= 0 ? digits.count : digits.count + power
        for (position, digit) in digits.enumerated() { accumulator.push(digit, kept: position < kept) }
        return accumulator.finish(power: power)
    }

    /// An exact amount in a unit whose factor is `10^scale`.
    static func amount(_ value: ExactDecimal, scale: Int) -> FixedAmount {
        amount(digits: value.significand, power: value.powerOfLastDigit + scale + resolution)
    }

    /// A limit held exactly, ``unbounded`` when it is 10^14 base units or more, or nil when it
    /// is finer than the resolution (the rule data then stays with the engine).
    static func limit(_ value: ExactDecimal, scale: Int) -> Int128? {
        let fixed = amount(value, scale: scale)
        guard fixed.units < ceilingOfLimits else { return unbounded }
        return fixed.inexact ? nil : fixed.units
    }

    /// A limit above every amount held exactly; an amount held as ``huge`` cannot be compared
    /// with it, so such an amount takes the engine's path when the rule data has one.
    static let unbounded = huge

    /// 10^38: limits stay below it, so every saturated amount is above them.
    static let ceilingOfLimits: Int128 = {
        var value: Int128 = 1
        for _ in 0..<38 { value *= 10 }
        return value
    }()
}

extension FixedPoint {
    /// The exponent when `factor` is an exact power of ten (0.001 → -3, 1000 → 3).
    static func powerOfTen(_ factor: ExactDecimal) -> Int? {
        guard factor.significand == [1], (-12...12).contains(factor.powerOfLastDigit) else { return nil }
        return factor.powerOfLastDigit
    }
}
