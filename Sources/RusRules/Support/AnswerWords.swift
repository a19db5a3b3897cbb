/// Yes, no and doubt as people write them, in Norwegian and English («ja», "y", "true»): one list
/// for the answers of `rusctl ny` and for the error texts that rewrite a quoted `"ja"` as `true`.
package enum AnswerWords {
    private static let yes: Set<String> = ["ja", "j", "yes", "y", "true"]
    private static let no: Set<String> = ["nei", "n", "no", "false"]
    private static let doubt: Set<String> = ["tvil", "tvilsomt", "doubtful", "usikker", "uncertain"]

    /// `true` for a yes, `false` for a no, nil for anything else (any letter case).
    package static func yesOrNo(_ word: String) -> Bool? {
        let word = word.lowercased()
        return yes.contains(word) ? true : no.contains(word) ? false : nil
    }

    /// Whether the word says there is doubt (docs/law.md §5.3: doubt counts in the suspect's favour).
    package static func isDoubt(_ word: String) -> Bool {
        doubt.contains(word.lowercased())
    }
}
