import Foundation

/// How a CSV file is written: RFC 4180 (`,`, decimal point), or as Norwegian Excel and
/// LibreOffice open it by double-click (`excel-nb`: `;`, decimal comma, a UTF-8 byte order mark
/// so that æ, ø and å survive, CRLF line ends).
package enum CSVDialect: String, CaseIterable, Sendable {
    case standard
    case excelNB = "excel-nb"

    var prefix: String { self == .standard ? "" : "\u{FEFF}" }
    var lineEnd: String { self == .standard ? "\n" : "\r\n" }

    func decimal(_ number: String) -> String {
        self == .standard ? number : number.replacingOccurrences(of: ".", with: ",")
    }

    /// The fields parted by the separator, each quoted where it holds the separator, a quote or
    /// a line break: written into one buffer, byte by byte only where a field must be quoted (a report of many changed cases
    /// writes millions of fields, and a string per field and their joining showed in profiles).
    func row(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(2 * fields.count) { $0 + $1.utf8.count })
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(separatorByte) }
            append(field, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private var separatorByte: UInt8 { self == .standard ? UInt8(ascii: ",") : UInt8(ascii: ";") }

    /// `field` appended to `bytes`, in quotes (each quote doubled) where it holds the
    /// separator, a quote or a line break.
    private func append(_ field: String, to bytes: inout [UInt8]) {
        let (separator, quote) = (separatorByte, UInt8(ascii: "\""))
        var field = field
        field.withUTF8 { source in
            guard source.contains(where: { $0 == separator || $0 == quote || $0 == 10 || $0 == 13 }) else {
                bytes.append(contentsOf: source)
                return
            }
            bytes.append(quote)
            for byte in source {
                bytes.append(byte)
                if byte == quote { bytes.append(quote) }
            }
            bytes.append(quote)
        }
    }
}
