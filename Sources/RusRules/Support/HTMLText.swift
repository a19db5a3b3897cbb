/// Escaping for HTML and XML text and attribute values (the analyst's reports, the answer on the
/// page of `rusctl serve`, the JUnit report).
package enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities.
    ///
    /// Over the UTF-8 bytes, in one pass: the five characters are ASCII, and a multi-byte
    /// character's bytes are never ASCII. Foundation's `replacingOccurrences`, once per
    /// character, was a fifth of the time of an HTML report of changed cases.
    package static func escape(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { entity($0) != nil }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                if let entity = entity(byte) { escaped += entity.utf8 } else { escaped.append(byte) }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
        return escaped ?? text
    }

    private static func entity(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
