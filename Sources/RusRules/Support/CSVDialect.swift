import Foundation

/// How a CSV file is written: RFC 4180 (`,`, decimal point), or as Norwegian Excel and
/// LibreOffice open it by double-click (`excel-nb`: `;`, decimal comma, a UTF-8 byte order mark
/// so that æ, ø and å survive, CRLF line ends).
package enum CSVDialect: String, CaseIterable, Sendable {
    case standard
    case excelNB = "excel-nb"

    var separator: String { self == .standard ? "," : ";" }
    var prefix: String { self == .standard ? "" : "\u{FEFF}" }
    var lineEnd: String { self == .standard ? "\n" : "\r\n" }

    func decimal(_ number: String) -> String {
        self == .standard ? number : number.replacingOccurrences(of: ".", with: ",")
    }

    /// The field, quoted when it holds the separator, a quote or a line break (byte by byte:
    /// a report of many changed cases writes millions of fields).
    func field(_ field: String) -> String {
        let separatorByte = self == .standard ? UInt8(ascii: ",") : UInt8(ascii: ";")
        let quote = UInt8(ascii: "\"")
        guard field.utf8.contains(where: { $0 == separatorByte || $0 == quote || $0 == 10 || $0 == 13 }) else { return field }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(field.utf8.count + 8)
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: separator)
    }
}
