import Foundation
import Testing
@testable import RusRules

#if canImport(Glibc)
    import Glibc
#endif

/// `rusctl serve` as its users meet it: a browser's form posts, a case system's API calls, and
/// hostile clients — against the real binary on a free loopback port.
@Suite(.serialized) struct ServeTests {
    /// A running `rusctl serve` on 127.0.0.1 and a free port.
    final class Server {
        let process = Process()
        let port: UInt16
        let output = Pipe()
        let errors = Pipe()

        init(_ extra: [String] = []) throws {
            process.executableURL = URL(fileURLWithPath: CLITests.binaryPath())
            process.arguments = ["serve", "--listen", "127.0.0.1:0"] + extra
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var line = ""
            while !line.hasSuffix("\n") {
                let byte = output.fileHandleForReading.readData(ofLength: 1)
                guard !byte.isEmpty else { break }
                line += String(decoding: byte, as: UTF8.self)
            }
            // "rusctl serve: http://127.0.0.1:PORT/ (the page), …"
            let address = line.split(separator: " ").first { $0.hasPrefix("http://") } ?? ""
            port = UInt16(address.split(separator: ":").last?.split(separator: "/").first ?? "") ?? 0
        }

        func stop() -> (status: Int32, stdout: String, stderr: String) {
            process.terminate()
            process.waitUntilExit()
            let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (process.terminationStatus, rest, log)
        }

        /// One request's bytes sent on a new connection; the whole answer, read until closed.
        func raw(_ request: String, timeout: Int = 5) -> String {
            let client = Client(port: port)
            defer { client.close() }
            client.send(request)
            return client.readAll(timeout: timeout)
        }

        func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String = "") -> Response {
            var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
            for (name, value) in headers { text += "\(name): \(value)\r\n" }
            if !body.isEmpty || method == "POST" { text += "Content-Length: \(body.utf8.count)\r\n" }
            return Response(raw(text + "\r\n" + body))
        }
    }

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String

        init(_ raw: String) {
            let parts = raw.components(separatedBy: "\r\n\r\n")
            let head = parts.first?.components(separatedBy: "\r\n") ?? []
            status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
            var headers: [String: String] = [:]
            for line in head.dropFirst() {
                let pair = line.split(separator: ":", maxSplits: 1)
                if pair.count == 2 { headers[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
            }
            self.headers = headers
            body = parts.dropFirst().joined(separator: "\r\n\r\n")
        }
    }

    /// A plain TCP client, to send exactly the bytes a test wants.
    final class Client {
        let socket: Int32

        init(port: UInt16) {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }

        func send(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// What arrives until the server closes, or `timeout` seconds pass.
        func readAll(timeout: Int) -> String {
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            let deadline = Date().addingTimeInterval(Double(timeout))
            while Date() < deadline {
                var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 100) > 0 else { continue }
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { break }
                received += buffer[0..<count]
            }
            return String(decoding: received, as: UTF8.self)
        }

        func close() { Glibc.close(socket) }
    }

    static let youthForm =
        "lang=nb&id=sak-7&offenceDate=14.03.2024&decisionDate=02.05.2024&ageAtOffence=16&dependent=nei"
        + "&priorDrugReactions=0&consent=ja&guardianConsent=ja&acts=use&acts=possession&ownUse=ja&substance.0=cannabis"
        + "&amount.0=4%2C5+g&otherOffences=nei&inForce="

    /// More than four substances: «Flere stofflinjer» shows the form again with one more row,
    /// nothing assessed and every value kept; a case of five is assessed with all five, and the
    /// answer's form keeps an empty row after them; never more rows than a case may list.
    @Test func moreSubstanceRowsAreGivenWhenAsked() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let form = ["Content-Type": "application/x-www-form-urlencoded", "Origin": "http://127.0.0.1:\(server.port)"]
        func rows(_ body: String) -> Int { body.components(separatedBy: "<select id=\"in-substance.").count - 1 }
        let four =
            "lang=nb&offenceDate=14.03.2024&decisionDate=02.05.2024&ageAtOffence=30&acts=possession&substance.0=cannabis&amount.0=4+g"
            + "&substance.1=heroin&amount.1=0%2C5+g&substance.2=cocaine&amount.2=0%2C5+g&substance.3=mdma&amount.3=0%2C2+g"
        #expect(rows(server.request("GET", "/").body) == 4)
        let more = server.request("POST", "/", headers: form, body: four + "&rows=5")
        #expect(more.status == 200)
        #expect(rows(more.body) == 5)
        #expect(!more.body.contains("class=\"result\""), "nothing is assessed")
        #expect(more.body.contains("name=\"amount.3\" value=\"0,2 g\""), "the values entered are kept")
        #expect(more.body.contains("name=\"rows\" value=\"6\" formaction=\"/?lang=nb#field-substance.5\""))
        let five = server.request("POST", "/", headers: form, body: four + "&substance.4=khat&amount.4=100+g")
        #expect(five.status == 200)
        #expect(five.body.contains("khat 100 g"))
        #expect(rows(five.body) == 6, "one empty row after the five")
        let most = CaseDecoder.maximumSubstances
        let asked = server.request("POST", "/", headers: form, body: four + "&rows=\(most * 1000)")
        #expect(rows(asked.body) == most)
        #expect(!asked.body.contains("name=\"rows\""), "no button for rows a case cannot list")
        // Every row a case may list filled, and rows beyond it sent by hand: assessed on the rows shown.
        let full = (0...most).map { "&substance.\($0)=cannabis&amount.\($0)=1+g" }.joined() + "&substance.99999=heroin"
        let crowded = server.request("POST", "/", headers: form, body: "lang=nb&offenceDate=14.03.2024&ageAtOffence=30&acts=possession" + full)
        #expect(crowded.status == 200)
        #expect(rows(crowded.body) == most)
        #expect(!crowded.body.contains("heroin 0"))
    }

    @Test func thePageIsTheFormFromTheCaseDeclarationWithSafeHeaders() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let page = server.request("GET", "/")
        #expect(page.status == 200)
        for field in CaseDeclaration.standard.fields where field.question != nil && field.place != .substance {
            #expect(page.body.contains(HTMLText.escape(field.question!.nb)), "\(field.key)")
            #expect(page.body.contains("name=\"\(field.key)\""), "\(field.key)")
        }
        #expect(page.body.contains("<label for=\"in-offenceDate\">"))
        #expect(!page.body.contains("<script"))
        #expect(page.headers["content-security-policy"]?.contains("frame-ancestors 'none'") == true)
        #expect(page.headers["cache-control"] == "no-store")
        #expect(page.headers["referrer-policy"] == "no-referrer")
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(server.request("GET", "/?lang=en").body.contains("Offence date"))
    }

    /// A youth case through the form: the answer, the «begrunnelse» and the stamp; a typo is
    /// shown beside its field with the values kept, and fixed it is decided.
    @Test func aProsecutorFillsTheForm() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let form = ["Content-Type": "application/x-www-form-urlencoded", "Origin": "http://127.0.0.1:\(server.port)"]
        let answer = server.request("POST", "/", headers: form, body: Self.youthForm)
        #expect(answer.status == 200)
        #expect(answer.body.contains("påtaleunnlatelse med vilkår om prøvetid, ruskontrakt og oppmøte for rådgivende enhet for russaker"))
        #expect(answer.body.contains("<h2>Begrunnelse</h2>"))
        #expect(answer.body.contains("Siktede var 16 år på gjerningstidspunktet."))
        #expect(answer.body.contains("Stempel for saksmappen"))
        #expect(answer.body.contains("regeldata " + RuleBook.builtInDataFingerprint))
        #expect(answer.body.contains("https://lovdata.no/"))
        // The next case starts from an empty form; the empty form needs no such link.
        #expect(answer.body.contains("<a href=\"/?lang=nb\">Ny sak</a>"))
        #expect(!server.request("GET", "/").body.contains("Ny sak"))
        let typo = server.request("POST", "/", headers: form, body: Self.youthForm.replacingOccurrences(of: "substance.0=cannabis", with: "substance.0=hasjj"))
        #expect(typo.status == 422)
        #expect(typo.body.contains("er ikke et stoff dette verktøyet kjenner"))
        #expect(typo.body.contains("value=\"sak-7\""), "the values entered are kept")
        let wrongDate = server.request("POST", "/", headers: form, body: Self.youthForm.replacingOccurrences(of: "02.05.2024", with: "31.02.2024"))
        #expect(wrongDate.body.contains("«31.02.2024» er ikke en dato som finnes: februar 2024 har 29 dager."))
        // A wrong offence date is the only mistake flagged for it: the decision date is not
        // weighed against a date not given. The summary lists the mistakes in the form's order.
        let wrongOffenceDate = server.request(
            "POST", "/", headers: form,
            body: Self.youthForm.replacingOccurrences(of: "14.03.2024", with: "30.02.2024").replacingOccurrences(of: "4%2C5+g", with: "4%2C5")
                .replacingOccurrences(of: "inForce=", with: "inForce=1.1.2020"))
        #expect(wrongOffenceDate.status == 422)
        let summary = wrongOffenceDate.body.components(separatedBy: "error-summary").last?.components(separatedBy: "</ul>").first ?? ""
        let flagged = summary.components(separatedBy: "href=\"#field-").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(flagged == ["offenceDate", "amount.0", "inForce"])
        #expect(!wrongOffenceDate.body.contains("kan ikke være før gjerningsdatoen"))
        // The case as JSON, as rusctl ny saves it.
        let download = server.request("POST", "/sak.json", headers: form, body: Self.youthForm)
        #expect(download.headers["content-disposition"]?.contains("sak.json") == true)
        #expect(try CaseDecoder(vocabulary: RuleBook.builtIn.vocabulary).decode(JSONParser.parse(download.body).value!).get().person.ageAtOffence == 16)
    }

    /// The statute's in-force date stated on the form: a 2026 case is decided under it.
    @Test func theInForceDateCanBeStated() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let form = ["Content-Type": "application/x-www-form-urlencoded"]
        let adult = Self.youthForm.replacingOccurrences(of: "ageAtOffence=16", with: "ageAtOffence=30")
            .replacingOccurrences(of: "14.03.2024", with: "14.08.2026").replacingOccurrences(of: "02.05.2024", with: "01.10.2026")
        let without = server.request("POST", "/", headers: form, body: adult)
        #expect(without.body.contains("blir svaret forenklet forelegg"))
        let with = server.request("POST", "/", headers: form, body: adult.replacingOccurrences(of: "inForce=", with: "inForce=01.07.2026"))
        #expect(with.body.contains("<dt>Anbefalt</dt><dd>forenklet forelegg</dd>"))
        // A wrong in-force date is told what is wrong with it.
        for (stated, problem) in [
            ("01.01.2020", "Loven ble vedtatt 20.06.2025; den kan ikke tre i kraft 01.01.2020."),
            ("30.02.2027", "«30.02.2027» er ikke en dato som finnes: februar 2027 har 28 dager."),
            ("snart", "Skriv datoen som DD.MM.ÅÅÅÅ."),
        ] {
            let refused = server.request("POST", "/", headers: form, body: adult.replacingOccurrences(of: "inForce=", with: "inForce=" + stated))
            #expect(refused.status == 422)
            #expect(refused.body.contains("id=\"error-inForce\">" + problem + "</p>"), "\(stated)")
        }
    }

    /// The API: the same JSON as `rusctl evaluate --format json`, one case or NDJSON in order.
    @Test func theAPIAnswersAsTheCommandLineDoes() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let json = ["Content-Type": "application/json"]
        let caseText = CaseInputTests.valid
        let api = server.request("POST", "/api/v1/evaluate?trace=false", headers: json, body: caseText)
        #expect(api.status == 200)
        let cli = try CLITests().rusctl(["evaluate", "-", "--format", "json", "--no-trace"], stdin: caseText)
        let apiDecision = JSONParser.parse(api.body).value
        #expect(apiDecision != nil && apiDecision == JSONParser.parse(cli.stdout).value)
        let lines = [caseText, "{broken", caseText.replacingOccurrences(of: "cannabis", with: "tea")].joined(separator: "\n")
        let batch = server.request("POST", "/api/v1/evaluate", headers: ["Content-Type": "application/x-ndjson"], body: lines)
        let answers = batch.body.split(separator: "\n").map { JSONParser.parse(String($0)).value }
        #expect(answers.count == 3)
        #expect(answers[0]?["liability"]?.stringValue == "punishable")
        #expect(answers[1]?["error"]?["code"]?.stringValue == "invalid-json")
        #expect(answers[2]?["error"]?["code"]?.stringValue == "unknown-substance")
        // A program wrote the body: the error's text names the field, not a line and column of
        // text its reader never saw (the command line, reading a file a person edits, names them).
        #expect(answers[2]?["error"]?["line"] == .number(JSONNumber(3)) && answers[2]?["error"]?["column"] == nil)
        let wrongUnit = caseText.replacingOccurrences(of: #"{"substance":"cannabis"}"#, with: #"{"substance":"cannabis","amount":1,"unit":"dl"}"#)
        #expect(wrongUnit != caseText)
        let unit = JSONParser.parse(server.request("POST", "/api/v1/evaluate?lang=nb", headers: json, body: wrongUnit).body).value?["error"]
        #expect(unit?["text"]?.stringValue?.hasPrefix("Stoff nr. 1, enhet: ") == true && unit?["line"] == nil)
        let fromFile = try CLITests().rusctl(["evaluate", "-", "--format", "json", "--lang", "nb"], stdin: wrongUnit)
        #expect(fromFile.stdout.contains(#""text": "Linje "#))
        let invalid = server.request("POST", "/api/v1/evaluate", headers: json, body: "{}")
        #expect(invalid.status == 422)
        #expect(invalid.body.contains("\"pointer\""))
        #expect(server.request("POST", "/api/v1/evaluate?rules=nope", headers: json, body: caseText).status == 400)
        // A query the API cannot take is refused, never answered as if it were not there: a
        // typo in `rules` would otherwise give the answer under the rule set in force.
        for (query, code, words) in [
            ("rule=lov-2025", "unknown-parameter", #"unknown query parameter "rule" (did you mean "rules"?)"#),
            ("lang=de", "invalid-parameter", #"lang: expected "nb" or "en", not "de""#),
            ("trace=no", "invalid-parameter", #"trace: expected "true" or "false", not "no""#),
            ("lang=en&lang=nb", "repeated-parameter", #"the query parameter "lang" is given more than once"#),
        ] {
            let refused = server.request("POST", "/api/v1/evaluate?" + query, headers: json, body: caseText)
            let error = JSONParser.parse(refused.body).value?["error"]
            #expect(refused.status == 400, "\(query)")
            #expect(error?["code"]?.stringValue == code, "\(query)")
            #expect(error?["message"]?.stringValue?.hasPrefix(words) == true, "\(query): \(refused.body)")
        }
        #expect(server.request("POST", "/api/v1/evaluate?rules=lov-2025&lang=en&trace=false", headers: json, body: caseText).status == 200)
        let empty = server.request("POST", "/api/v1/evaluate", headers: json, body: "")
        #expect(empty.status == 400 && empty.body.contains("the body holds no case"))
        let two = server.request("POST", "/api/v1/evaluate", headers: json, body: "[" + caseText + "," + caseText + "]")
        #expect(two.status == 400 && two.body.contains("send several as application/x-ndjson"))
        #expect(server.request("POST", "/api/v1/evaluate", headers: ["Content-Type": "text/plain"], body: caseText).status == 415)
        // A wrong method or path on the API is answered in the contract's JSON, with where to look.
        let wrongMethod = server.request("GET", "/api/v1/evaluate")
        #expect(wrongMethod.status == 405 && wrongMethod.headers["allow"] == "POST")
        #expect(JSONParser.parse(wrongMethod.body).value?["error"]?["code"]?.stringValue == "method-not-allowed")
        #expect(wrongMethod.body.contains("GET is not allowed for /api/v1/evaluate; use POST"))
        let noEndpoint = server.request("POST", "/api/v1/evaluat", headers: json, body: caseText)
        #expect(noEndpoint.status == 404 && noEndpoint.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(JSONParser.parse(noEndpoint.body).value?["error"]?["code"]?.stringValue == "not-found")
        #expect(noEndpoint.body.contains(#"no endpoint at \"/api/v1/evaluat\"; the endpoints are described at /api/v1/openapi.json"#))
        let noPage = server.request("GET", "/sak")
        #expect(noPage.status == 404 && noPage.body.contains("The page is at /"))
        #expect(server.request("DELETE", "/").headers["allow"] == "GET, HEAD, POST")
        let ruleSets = JSONParser.parse(server.request("GET", "/api/v1/rule-sets").body).value?.arrayValue
        #expect(ruleSets?.count == RuleBook.builtIn.ruleSets.count)
        #expect(server.request("GET", "/api/v1/schema/case").body.contains("urn:rusrules:schema:case"))
        #expect(server.request("GET", "/api/v1/openapi.json").body.contains("\"openapi\": \"3.1.0\""))
        #expect(server.request("GET", "/healthz").body == "ok\n")
        let metrics = server.request("GET", "/metrics").body
        #expect(metrics.contains("rusctl_http_requests_total{route=\"/api/v1/evaluate\",status=\"200\"}"))
        #expect(metrics.contains("rusctl_http_request_duration_seconds_bucket"))
        #expect(metrics.contains("rusctl_http_open_connections"))
    }

    /// DNS rebinding and CSRF: another host name, or a form from another origin, is refused.
    @Test func anotherHostOrOriginIsRefused() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let other = Response(server.raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
        #expect(other.status == 421)
        let csrf = server.request(
            "POST", "/", headers: ["Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"],
            body: Self.youthForm)
        #expect(csrf.status == 403)
        #expect(csrf.headers["access-control-allow-origin"] == nil)
        let form = ["Content-Type": "application/x-www-form-urlencoded"]
        let crossSite = server.request("POST", "/", headers: form.merging(["Sec-Fetch-Site": "cross-site"]) { $1 }, body: Self.youthForm)
        #expect(crossSite.status == 403)
        // The page's own form under its no-referrer policy: Origin "null", Sec-Fetch-Site same-origin.
        let own = server.request(
            "POST", "/", headers: form.merging(["Sec-Fetch-Site": "same-origin", "Origin": "null"]) { $1 },
            body: Self.youthForm)
        #expect(own.status == 200)
    }

    /// Hostile HTTP is a clear 4xx, and the server keeps serving; a client that sends a byte at a
    /// time is closed after the header timeout while others are served; past the connection cap
    /// a new connection gets 503; nothing of a case reaches the log; SIGTERM stops it with 0.
    @Test func hostileClientsDoNotStopIt() throws {
        let server = try Server(["--header-timeout", "1", "--max-connections", "12"])
        #expect(Response(server.raw("NOT HTTP\r\n\r\n")).status == 400)
        #expect(
            Response(server.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX: " + String(repeating: "a", count: 20_000) + "\r\n\r\n")).status == 431)
        #expect(Response(server.raw("POST /api/v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Length: 5000000\r\n\r\n")).status == 413)
        // Slow: half a request head, then nothing.
        let slow = Client(port: server.port)
        slow.send("GET / HTTP/1.1\r\nHost: 127.0.0.1")
        #expect(server.request("GET", "/healthz").status == 200, "others are served meanwhile")
        #expect(Response(slow.readAll(timeout: 4)).status == 408)
        slow.close()
        // Pipelined: both answered, in order.
        let pipelined = server.raw(
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\nGET /api/v1/version HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nConnection: close\r\n\r\n"
        )
        #expect(pipelined.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
        #expect(pipelined.range(of: "ok\n")!.lowerBound < pipelined.range(of: "\"ruleData\"")!.lowerBound)
        // The cap: idle connections up to it, then 503 for the next.
        let idle = (0..<12).map { _ in Client(port: server.port) }
        Thread.sleep(forTimeInterval: 0.3)
        let refused = Client(port: server.port)
        #expect(Response(refused.readAll(timeout: 2)).status == 503)
        refused.close()
        idle.forEach { $0.close() }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(server.request("GET", "/healthz").status == 200, "still serving")
        _ = server.request("POST", "/", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Self.youthForm)
        let (status, stdout, log) = server.stop()
        #expect(status == 0)
        #expect(stdout.contains("stopped"))
        #expect(log.contains("POST / 200"))
        #expect(!log.contains("sak-7") && !log.contains("cannabis") && !log.contains("14.03.2024"), "no case content in the log")
    }
}
