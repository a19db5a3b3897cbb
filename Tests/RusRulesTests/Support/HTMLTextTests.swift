import Testing
@testable import RusRules

/// Text and attribute values in the HTML reports, the page of `rusctl serve` and the JUnit report.
@Suite struct HTMLTextTests {
    @Test func theFiveSpecialCharactersAreWrittenAsEntities() {
        #expect(HTMLText.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLText.escape("&amp;") == "&amp;amp;")
    }

    @Test func otherTextIsLeftAsItIs() {
        let text = "Påtaleunnlatelse «uten vilkår» — cannabis 12 g ≤ 15 g; 🙂 æøå ÆØÅ"
        #expect(HTMLText.escape(text) == text)
        #expect(HTMLText.escape("") == "")
        #expect(HTMLText.escape("«a & b» æ<ø>") == "«a &amp; b» æ&lt;ø&gt;")
    }

    /// Every character, special or not, anywhere in a text: the escaped text read back is the text.
    @Test func escapedTextReadsBackAsTheText() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("ab &<>\"'«»æøå—🙂\u{0}\n")
        for _ in 0..<500 {
            let text = String((0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let escaped = HTMLText.escape(text)
            #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("'"))
            let back = escaped.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
                .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
            #expect(back == text)
        }
    }
}
