/// Ways other programs write the same cases (`rusctl sample --style`): for testing that a
/// reader takes every form JSON allows, and for measuring it on each (`rusctl-bench`).
package enum CaseStyle: String, CaseIterable, Sendable {
    /// As `rusctl sample` writes by default: no spaces, amounts as short decimals.
    case compact
    /// As Python's `json.dumps` writes by default: a space after every `:` and `,`.
    case spaced
    /// Every amount in exponent notation, `2.5` as `25E-1`.
    case exponent
    /// Every amount with floating-point noise in its 17th digit, `2.5` as `2.4999999999999999`,
    /// as a program computing in doubles writes it (the value changes by 10^-16).
    case longDecimals = "long-decimals"

    /// The case on one line in this style.
    package func write(_ theCase: JSONValue) -> String {
        switch self {
        case .compact: return JSONWriter.compact(theCase)
        case .spaced: return Self.spaced(JSONWriter.compactBytes(theCase))
        case .exponent, .longDecimals: return JSONWriter.compact(rewritingAmounts(theCase))
        }
    }

    private func rewritingAmounts(_ value: JSONValue) -> JSONValue {
        guard case .object(var object) = value, case .array(let substances)? = object["substances"] else { return value }
        object.set(
            "substances",
            .array(
                substances.map { entry in
                    guard case .object(var fields) = entry, case .number(let amount)? = fields["amount"] else { return entry }
                    fields.set("amount", .number(JSONNumber(text: rewrite(amount.exact))))
                    return .object(fields)
                }))
        return .object(object)
    }

    private func rewrite(_ amount: ExactDecimal) -> String {
        if self == .longDecimals, let noise = ExactDecimal("1e-16"), amount > noise {
            return (amount - noise).description
        }
        let digits = String(decoding: amount.significand.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        return (digits.isEmpty ? "0" : digits) + "E" + String(amount.powerOfLastDigit)
    }

    /// Compact JSON with a space after each `:` and `,` outside strings.
    private static func spaced(_ compact: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(compact.count + compact.count / 8)
        var inString = false
        var escaped = false
        for byte in compact {
            output.append(byte)
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") {
                output.append(UInt8(ascii: " "))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
