/// One HTTP/1.1 request as the parser read it (RFC 9112): method, target split into a decoded
/// path and query, header fields with lower-case names, and the body (a chunked body decoded).
public struct HTTPRequest: Sendable, Equatable {
    public let method: String
    /// The path, percent-decoded (valid UTF-8), without the query.
    public let path: String
    /// The query's name–value pairs in order, `+` and percent escapes decoded.
    public let query: [QueryItem]
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    public let minorVersion: Int
    /// The header fields in order; names in lower case.
    public let headers: [Header]
    public let body: [UInt8]

    public struct Header: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    public struct QueryItem: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    /// The first value of a header field (its name in any case).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name == lower }?.value
    }

    /// The first value of a query parameter.
    public func query(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Whether the connection stays open after the response (HTTP/1.1 unless `close`; HTTP/1.0
    /// only with `keep-alive`).
    public var keepAlive: Bool {
        let connection = header("connection")?.lowercased() ?? ""
        let tokens = connection.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return minorVersion >= 1 ? !tokens.contains("close") : tokens.contains("keep-alive")
    }
}

/// A request the parser refused, with the status it answers and why.
public struct HTTPError: Error, Sendable, Equatable {
    public let status: Int
    public let message: String

    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// Reads requests from the bytes a connection has received, strictly (RFC 9112) and within
/// bounds: a head of at most ``maximumHeadBytes``, a body of at most ``maximumBodyBytes``
/// (given by `Content-Length` or chunked), origin-form targets, HTTP/1.0 and 1.1. Everything
/// else is an ``HTTPError`` with the status to answer; nothing here can trap on any input.
public enum RequestParser {
    public static let maximumHeadBytes = 16 * 1024
    public static let maximumBodyBytes = 1 << 20
    public static let maximumHeaders = 100

    public enum Result: Equatable {
        /// A whole request, and how many bytes it took (the rest may be the next request).
        case request(HTTPRequest, consumed: Int)
        /// The request is not complete yet.
        case needMore
        case failure(HTTPError)
    }

    public static func parse(_ bytes: ArraySlice<UInt8>) -> Result {
        let start = bytes.startIndex
        // Blank lines before a request line are ignored (RFC 9112 §2.2).
        var lineStart = start
        while lineStart < bytes.endIndex, bytes[lineStart] == 13 || bytes[lineStart] == 10 { lineStart += 1 }
        guard let headEnd = endOfHead(bytes, from: lineStart) else {
            return bytes.count > maximumHeadBytes ? .failure(HTTPError(431, "the request head is larger than 16 KiB")) : .needMore
        }
        guard headEnd.upperBound - start <= maximumHeadBytes else {
            return .failure(HTTPError(431, "the request head is larger than 16 KiB"))
        }
        var lines = split(bytes[lineStart..<headEnd.lowerBound])
        guard !lines.isEmpty else { return .failure(HTTPError(400, "no request line")) }
        let requestLine = lines.removeFirst()
        let parts = requestLine.split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else {
            return .failure(HTTPError(400, "malformed request line"))
        }
        let method = String(decoding: parts[0], as: UTF8.self)
        let minorVersion: Int
        switch String(decoding: parts[2], as: UTF8.self) {
        case "HTTP/1.1": minorVersion = 1
        case "HTTP/1.0": minorVersion = 0
        default:
            let text = String(decoding: parts[2], as: UTF8.self)
            return .failure(
                text.hasPrefix("HTTP/")
                    ? HTTPError(505, "only HTTP/1.0 and HTTP/1.1 are served")
                    : HTTPError(400, "malformed request line"))
        }
        let target = parts[1]
        guard target.first == UInt8(ascii: "/"), target.allSatisfy({ $0 > 32 && $0 < 127 }) else {
            return .failure(HTTPError(400, "the request target must be a path starting with '/'"))
        }
        let question = target.firstIndex(of: UInt8(ascii: "?"))
        guard let path = percentDecoded(target[target.startIndex..<(question ?? target.endIndex)], plusIsSpace: false) else {
            return .failure(HTTPError(400, "the path is not valid percent-encoded UTF-8"))
        }
        // No path of this server holds a control character; one encoded in the path ("%0A")
        // would otherwise reach the access log as a line of its own.
        guard !path.utf8.contains(where: { $0 < 32 || $0 == 127 }) else {
            return .failure(HTTPError(400, "the path holds a control character"))
        }
        var query: [HTTPRequest.QueryItem] = []
        if let question {
            guard let items = queryItems(target[(question + 1)...]) else {
                return .failure(HTTPError(400, "the query is not valid percent-encoded UTF-8"))
            }
            query = items
        }

        var headers: [HTTPRequest.Header] = []
        for line in lines {
            guard headers.count < maximumHeaders else { return .failure(HTTPError(431, "more than \(maximumHeaders) header fields")) }
            guard let first = line.first, first != 32, first != 9 else {
                return .failure(HTTPError(400, "folded header lines are not accepted"))
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[line.startIndex..<colon].allSatisfy(isTokenByte)
            else { return .failure(HTTPError(400, "malformed header field")) }
            var value = line[(colon + 1)...]
            while let byte = value.first, byte == 32 || byte == 9 { value = value.dropFirst() }
            while let byte = value.last, byte == 32 || byte == 9 { value = value.dropLast() }
            guard value.allSatisfy({ $0 >= 32 || $0 == 9 }), value.allSatisfy({ $0 != 127 }),
                let text = String(validating: value, as: UTF8.self)
            else { return .failure(HTTPError(400, "a header value is not valid UTF-8 text")) }
            headers.append(
                HTTPRequest.Header(
                    name: String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased(),
                    value: text))
        }
        if minorVersion == 1 && !headers.contains(where: { $0.name == "host" }) {
            return .failure(HTTPError(400, "an HTTP/1.1 request needs a Host header"))
        }
        if headers.filter({ $0.name == "host" }).count > 1 { return .failure(HTTPError(400, "more than one Host header")) }

        let bodyStart = headEnd.upperBound
        let lengths = headers.filter { $0.name == "content-length" }.map(\.value)
        let encodings = headers.filter { $0.name == "transfer-encoding" }.map { $0.value.lowercased() }
        let body: [UInt8]
        let consumed: Int
        if !encodings.isEmpty {
            guard lengths.isEmpty else { return .failure(HTTPError(400, "both Content-Length and Transfer-Encoding")) }
            guard encodings == ["chunked"] else { return .failure(HTTPError(501, "only the chunked transfer coding is served")) }
            switch chunked(bytes[bodyStart...]) {
            case .complete(let decoded, let end):
                body = decoded
                consumed = end - start
            case .needMore: return .needMore
            case .failure(let error): return .failure(error)
            }
        } else if let length = lengths.first {
            guard Set(lengths).count == 1, !length.isEmpty, length.count <= 10, length.utf8.allSatisfy({ (48...57).contains($0) }),
                let count = Int(length)
            else { return .failure(HTTPError(400, "Content-Length is not a number")) }
            guard count <= maximumBodyBytes else { return .failure(HTTPError(413, "the body is larger than 1 MiB")) }
            guard bytes.endIndex - bodyStart >= count else { return .needMore }
            body = Array(bytes[bodyStart..<(bodyStart + count)])
            consumed = bodyStart + count - start
        } else {
            body = []
            consumed = bodyStart - start
        }
        let request = HTTPRequest(method: method, path: path, query: query, minorVersion: minorVersion, headers: headers, body: body)
        return .request(request, consumed: consumed)
    }

    /// The range of the blank line that ends the head (CRLF CRLF, or LF LF as lenient clients
    /// send), searched from `from`.
    private static func endOfHead(_ bytes: ArraySlice<UInt8>, from: Int) -> Range<Int>? {
        var index = from
        let limit = min(bytes.endIndex, from + maximumHeadBytes + 4)
        while index < limit {
            if bytes[index] == 10 {
                if index + 1 < bytes.endIndex, bytes[index + 1] == 10 { return index..<(index + 2) }
                if index + 2 < bytes.endIndex, bytes[index + 1] == 13, bytes[index + 2] == 10 { return index..<(index + 3) }
            }
            index += 1
        }
        return nil
    }

    /// The head's lines without their CR LF (or LF).
    private static func split(_ head: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        head.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? line.dropLast() : line
        }
    }

    /// tchar (RFC 9110 §5.6.2).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    private enum Chunked {
        case complete([UInt8], end: Int)
        case needMore
        case failure(HTTPError)
    }

    /// A chunked body (RFC 9112 §7.1), its extensions and trailer fields ignored.
    private static func chunked(_ bytes: ArraySlice<UInt8>) -> Chunked {
        var body: [UInt8] = []
        var index = bytes.startIndex
        while true {
            guard let lineEnd = bytes[index...].firstIndex(of: 10) else {
                return bytes.endIndex - index > 1024 ? .failure(HTTPError(400, "malformed chunk size")) : .needMore
            }
            var line = bytes[index..<lineEnd]
            if line.last == 13 { line = line.dropLast() }
            if let semicolon = line.firstIndex(of: UInt8(ascii: ";")) { line = line[line.startIndex..<semicolon] }
            guard !line.isEmpty, line.count <= 8, let size = Int(String(decoding: line, as: UTF8.self), radix: 16), size >= 0 else {
                return .failure(HTTPError(400, "malformed chunk size"))
            }
            guard body.count + size <= maximumBodyBytes else { return .failure(HTTPError(413, "the body is larger than 1 MiB")) }
            index = lineEnd + 1
            if size == 0 {
                // Trailer fields, then the blank line.
                while true {
                    guard let end = bytes[index...].firstIndex(of: 10) else {
                        return bytes.endIndex - index > maximumHeadBytes ? .failure(HTTPError(431, "trailer fields too large")) : .needMore
                    }
                    let empty = end == index || (end == index + 1 && bytes[index] == 13)
                    index = end + 1
                    if empty { return .complete(body, end: index) }
                }
            }
            guard bytes.endIndex - index >= size + 1 else { return .needMore }
            body.append(contentsOf: bytes[index..<(index + size)])
            index += size
            if bytes[index] == 13 {
                guard index + 1 < bytes.endIndex else { return .needMore }
                index += 1
            }
            guard bytes[index] == 10 else { return .failure(HTTPError(400, "a chunk does not end with CRLF")) }
            index += 1
        }
    }

    /// Percent-decoding into UTF-8 text; nil for a bad escape or invalid UTF-8.
    static func percentDecoded(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) -> String? {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { return nil }
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(plusIsSpace && byte == UInt8(ascii: "+") ? 32 : byte)
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// `a=1&b=x+y` as name–value pairs (also a form body, `application/x-www-form-urlencoded`).
    public static func queryItems(_ bytes: ArraySlice<UInt8>) -> [HTTPRequest.QueryItem]? {
        var items: [HTTPRequest.QueryItem] = []
        for pair in bytes.split(separator: UInt8(ascii: "&")) {
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            guard let name = percentDecoded(pair[pair.startIndex..<(equals ?? pair.endIndex)], plusIsSpace: true),
                let value = percentDecoded(equals.map { pair[($0 + 1)...] } ?? [], plusIsSpace: true)
            else { return nil }
            items.append(HTTPRequest.QueryItem(name: name, value: value))
        }
        return items
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
