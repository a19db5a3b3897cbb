/// Escaping for HTML and XML text and attribute values (the analyst's reports, the answer on the
/// page of `rusctl serve`, the JUnit report).
package enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities.
    package static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
