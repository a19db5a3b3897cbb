import HTTPServer
import Testing

/// The HTTP/1.1 request parser of `rusctl serve`: strict, bounded, and never trapping.
@Suite struct RequestParserTests {
    func parse(_ text: String) -> RequestParser.Result { RequestParser.parse(Array(text.utf8)[...]) }

    func status(_ text: String) -> Int? {
        if case .failure(let error) = parse(text) { return error.status }
        return nil
    }

    @Test func aRequestWithQueryAndBody() throws {
        guard
            case .request(let request, let consumed) = parse(
                "POST /api/v1/evaluate?rules=hr-2022&lang=en HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}rest")
        else {
            Issue.record("not parsed")
            return
        }
        #expect(request.method == "POST" && request.path == "/api/v1/evaluate")
        #expect(request.query("rules") == "hr-2022" && request.query("lang") == "en")
        #expect(request.body == Array("{}".utf8))
        #expect(consumed == "POST /api/v1/evaluate?rules=hr-2022&lang=en HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}".utf8.count)
        #expect(request.keepAlive)
    }

    @Test func pipelinedRequestsComeOneAtATime() {
        let two = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
        guard case .request(let first, let consumed) = parse(two) else { Issue.record("first"); return }
        #expect(first.path == "/a")
        guard case .request(let second, _) = RequestParser.parse(Array(two.utf8)[consumed...]) else { Issue.record("second"); return }
        #expect(second.path == "/b" && !second.keepAlive)
    }

    @Test func aChunkedBodyIsDecoded() {
        guard case .request(let request, _) = parse("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n")
        else {
            Issue.record("not parsed")
            return
        }
        #expect(request.body == Array("abcde".utf8))
    }

    @Test func incompleteInputAsksForMore() {
        #expect(parse("GET / HTTP/1.1\r\nHost: h\r\n") == .needMore)
        #expect(parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc") == .needMore)
        #expect(parse("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab") == .needMore)
    }

    @Test func hostileRequestsGetAClearStatus() {
        #expect(status("GARBAGE\r\n\r\n") == 400)
        #expect(status("GET / HTTP/2.0\r\nHost: h\r\n\r\n") == 505)
        #expect(status("GET http://other/ HTTP/1.1\r\nHost: h\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\n\r\n") == 400)
        #expect(status("GET /%ff HTTP/1.1\r\nHost: h\r\n\r\n") == 400)
        #expect(status("GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n") == 400)
        // A control character in the path would write a line of its own into the access log.
        #expect(status("GET /%0A2026-01-01%20GET%20/forged HTTP/1.1\r\nHost: h\r\n\r\n") == 400)
        #expect(status("GET /a%7F HTTP/1.1\r\nHost: h\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2000000\r\n\r\n") == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n") == 501)
        #expect(status("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost : h\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: h\r\nX: \u{FF}\r\n\r\n".replacingOccurrences(of: "\u{FF}", with: "ÿ")) == nil)
        #expect(status("GET / HTTP/1.1\r\nHost: h\r\nX: " + String(repeating: "a", count: 17_000) + "\r\n\r\n") == 431)
        #expect(status("GET / HTTP/1.1\r\nHost: h\r\nX: " + String(repeating: "a", count: 17_000)) == 431)
    }

    /// A path whose slash is followed by a combining mark ("/%CC%A5", found by the fuzzer) is read
    /// byte for byte: it starts with the byte "/", though its first Character is not "/", and no
    /// route matches it.
    @Test func aCombiningMarkAfterTheSlashIsReadAsWritten() throws {
        guard case .request(let request, _) = parse("GET /%CC%A5BB HTTP/1.1\r\nHost: h\r\n\r\n") else {
            Issue.record("not read")
            return
        }
        #expect(request.path.utf8.first == UInt8(ascii: "/"))
        #expect(Array(request.path.utf8) == [0x2F, 0xCC, 0xA5, 0x42, 0x42])
        #expect(request.path != "/")
    }

    /// A header value that is not UTF-8 is refused, never decoded into something else.
    @Test func invalidUTF8InAHeaderIsRefused() {
        let bytes = Array("GET / HTTP/1.1\r\nHost: h\r\nX: ".utf8) + [0xC3, 0x28] + Array("\r\n\r\n".utf8)
        guard case .failure(let error) = RequestParser.parse(bytes[...]) else { Issue.record("accepted"); return }
        #expect(error.status == 400)
    }
}
