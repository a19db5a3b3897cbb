import Foundation

/// "Did you mean" hints for typos in keys, values and command-line options.
public enum Spelling {
    /// The closest candidate at most two edits away (and closer than the word's length), if any.
    /// A word longer than ``longestWordCompared`` is no slip of the pen and gets none (comparing
    /// it would take time in proportion to its length).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.utf8.count <= longestWordCompared else { return nil }
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < word.count else { return nil }
        return best.0
    }

    /// The key a mistaken key means: a key or a spoken name a slip away (``closest(to:in:)``),
    /// then the one key whose spelling or spoken name begins with the word ("age" for
    /// `ageAtOffence`, «alder» for «alder på gjerningstidspunktet»). Case, spaces and
    /// underscores do not count. Nil when nothing, or more than one key, fits.
    public static func meant(_ word: String, keys: [String], spokenNames: [(name: String, key: String)]) -> String? {
        guard word.utf8.count <= longestWordCompared else { return nil }
        if let key = closest(to: word, in: keys) { return key }
        let written = folded(word)
        guard !written.isEmpty else { return nil }
        let spellings = keys.map { (folded($0), $0) } + spokenNames.map { (folded($0.name), $0.key) }
        if let exact = spellings.first(where: { $0.0 == written }) { return exact.1 }
        if let spoken = closest(to: written, in: spokenNames.map { folded($0.name) }),
            let key = spellings.first(where: { $0.0 == spoken })?.1
        {
            return key
        }
        guard written.count >= 3 else { return nil }
        let beginning = Set(spellings.filter { $0.0.hasPrefix(written) }.map(\.1))
        return beginning.count == 1 ? beginning.first : nil
    }

    /// The longest word compared with the candidates, in bytes.
    public static let longestWordCompared = 100

    /// A spelling without case, spaces, hyphens or underscores, for comparing keys with names.
    private static func folded(_ text: String) -> String {
        String(text.lowercased().filter { !" _-".contains($0) })
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
