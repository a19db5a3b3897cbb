/// An RFC 6901 JSON Pointer, built one reference token at a time.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// The reference tokens, unescaped.
    public private(set) var tokens: [String]

    /// The whole document (`""`).
    public static let root = JSONPointer(tokens: [])

    /// A pointer of these tokens.
    public init(tokens: [String]) { self.tokens = tokens }

    /// Parses the textual form ("/substances/0/unit"); nil when it does not start with "/".
    public init?(_ text: String) {
        if text.isEmpty { self.tokens = []; return }
        guard text.hasPrefix("/") else { return nil }
        self.tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The pointer to `token` below this one.
    public func appending(_ key: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [key])
    }

    /// The pointer to `token` below this one.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The pointer as RFC 6901 writes it ("/person/ageAtOffence").
    public var description: String {
        tokens.map {
            "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }.joined()
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.description < rhs.description
    }
}
