import Foundation
import HTTPServer
import RusRules

/// What `rusctl serve` answers: the prosecutor's page and the JSON API, over one engine and the
/// same writers as the CLI. Nothing is stored: no case content on disk or in the log (the log
/// has the time, method, path without its query, status and duration). Every answer carries
/// `Cache-Control: no-store` and the security headers; a request for another host (DNS
/// rebinding) or a POST from another origin (CSRF) is refused; there is no CORS.
final class WebApp: Sendable {
    let book: RuleBook
    let engine: Engine
    /// Host header values accepted: the listening address, loopback names, and `--allow-host`.
    let allowedHosts: Set<String>
    /// Names accepted with any port (`--allow-host` behind a proxy).
    let allowedNames: Set<String>
    let metrics: Metrics
    /// The rule data compiled for the fast reader, once: a case on one line is read without a
    /// JSON tree (anything it cannot read exactly goes to the decoder).
    let compiled: CompiledRuleBook?
    let stamp: CasePage.Stamp
    let log: @Sendable (String) -> Void

    init(
        book: RuleBook, inForce: InForceDates, port: UInt16, host: String, allowHosts: [String], metrics: Metrics,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.book = book
        engine = Engine(book: book, detail: .full, inForce: inForce)
        var hosts: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "\(host):\(port)"]
        if port == 80 { hosts.formUnion(["127.0.0.1", "localhost", host]) }
        allowedHosts = hosts
        allowedNames = Set(allowHosts.map { $0.lowercased() })
        self.metrics = metrics
        compiled = CompiledRuleBook(book: book)
        stamp = CasePage.Stamp(
            version: String(version.dropFirst("rusctl ".count)), commit: BuildCommit.id ?? "ikke registrert",
            ruleData: RuleBook.builtInDataFingerprint)
        self.log = log
    }

    static let securityHeaders: [(name: String, value: String)] = [
        ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
    ]

    /// The routes, for the metrics: a request is counted under its route, never its raw path.
    enum Route: String, CaseIterable {
        case page = "/", caseJSON = "/sak.json", style = "/style.css", health = "/healthz", metrics = "/metrics"
        case evaluate = "/api/v1/evaluate", ruleSets = "/api/v1/rule-sets", caseSchema = "/api/v1/schema/case"
        case decisionSchema = "/api/v1/schema/decision", version = "/api/v1/version", openAPI = "/api/v1/openapi.json"
        case other = "other"

        var methods: [String] {
            switch self {
            case .page, .caseJSON: ["GET", "HEAD", "POST"]
            case .evaluate: ["POST"]
            case .other: []
            default: ["GET", "HEAD"]
            }
        }
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let started = DispatchTime.now().uptimeNanoseconds
        let route = Route(rawValue: request.path) ?? .other
        var response = respond(request, route)
        response.headers += Self.securityHeaders
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        metrics.record(route: route.rawValue, status: response.status, seconds: seconds)
        let tenths = Int((seconds * 10_000).rounded())
        log("\(Self.timestamp()) \(request.method) \(request.path) \(response.status) \(tenths / 10).\(tenths % 10)ms")
        return response
    }

    /// A request refused before it reached a route (malformed, too large, too slow).
    func refused(_ status: Int) {
        metrics.record(route: "unparsed", status: status, seconds: 0)
        log("\(Self.timestamp()) - - \(status) refused")
    }

    private func respond(_ request: HTTPRequest, _ route: Route) -> HTTPResponse {
        guard let host = request.header("host")?.lowercased(), isAllowed(host: host) else {
            return plain(421, "This server does not answer for that host name (start it with --allow-host).")
        }
        guard route != .other else { return notFound(request) }
        guard route.methods.contains(request.method) else { return methodNotAllowed(request, route) }
        if request.method == "POST", let refusal = crossSiteRefusal(request, host: host) { return refusal }
        switch route {
        case .page, .caseJSON: return page(request, route)
        case .style: return HTTPResponse(status: 200, contentType: "text/css; charset=utf-8", body: Self.stylesheet)
        case .health: return plain(200, "ok")
        case .metrics: return HTTPResponse(status: 200, contentType: "text/plain; version=0.0.4; charset=utf-8", body: metrics.exposition())
        case .evaluate: return evaluate(request)
        case .ruleSets: return json(200, ruleSetsJSON())
        case .caseSchema: return json(200, JSONSchemas.caseSchema(vocabulary: book.vocabulary))
        case .decisionSchema:
            return json(200, JSONSchemas.decisionSchema(vocabulary: book.vocabulary, ruleSets: book.ruleSets.map(\.id)))
        case .version: return json(200, versionJSON())
        case .openAPI: return json(200, OpenAPIDocument.make(book: book))
        case .other: return notFound(request)
        }
    }

    private func isAllowed(host: String) -> Bool {
        if allowedHosts.contains(host) { return true }
        let name = host.split(separator: ":").first.map(String.init) ?? host
        return allowedNames.contains(name)
    }

    /// A POST from a page of another origin (CSRF): refused. A browser says where a form comes
    /// from in `Sec-Fetch-Site` (same-origin for this page); with the page's no-referrer policy
    /// its `Origin` may be "null", so that header counts only where the first is missing. A
    /// program that sends neither (curl, a case system) is not a browser page and is served.
    private func crossSiteRefusal(_ request: HTTPRequest, host: String) -> HTTPResponse? {
        let refusal = plain(403, "A form from another site cannot be sent here.")
        if let site = request.header("sec-fetch-site")?.lowercased() {
            return site == "same-origin" || site == "none" ? nil : refusal
        }
        guard let origin = request.header("origin")?.lowercased() else { return nil }
        let originHost = origin.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
        return origin != "null" && (originHost == host || isAllowed(host: originHost)) ? nil : refusal
    }

    // MARK: - The page

    private func language(_ request: HTTPRequest, _ form: Form) -> Language {
        let asked = form["lang"].isEmpty ? request.query("lang") : form["lang"]
        return asked == "en" ? .en : .nb
    }

    private func page(_ request: HTTPRequest, _ route: Route) -> HTTPResponse {
        var form = Form()
        if request.method == "POST" {
            let type = request.header("content-type")?.lowercased() ?? ""
            guard type.hasPrefix("application/x-www-form-urlencoded") else {
                return plain(415, "The form is sent as application/x-www-form-urlencoded.")
            }
            guard let items = RequestParser.queryItems(request.body[...]) else { return plain(400, "The form is not valid UTF-8.") }
            form = Form(items: items.map { ($0.name, $0.value) })
        }
        let language = language(request, form)
        let today = LegalDate.today()
        let casePage = CasePage(book: book, language: language, today: today, inForce: engine.inForce, stamp: stamp)
        // A page, or the form again with more substance rows, nothing assessed.
        guard request.method == "POST", !CasePage.asksForRows(form) else {
            return html(200, casePage.page(form, reading: nil, answer: nil, begrunnelse: nil, caseLine: nil))
        }
        let reading = casePage.read(form)
        guard let caseJSON = reading.caseJSON else {
            return html(422, casePage.page(form, reading: reading, answer: nil, begrunnelse: nil, caseLine: nil))
        }
        if route == .caseJSON {
            return HTTPResponse(
                status: 200, contentType: "application/json; charset=utf-8", body: JSONWriter.pretty(caseJSON) + "\n",
                headers: [("Content-Disposition", "attachment; filename=\"sak.json\"")])
        }
        let engine = Engine(book: book, detail: .answer, inForce: reading.inForce)
        let writer = DecisionHTML(book: book, language: language)
        switch engine.evaluate(json: caseJSON, today: today) {
        case .success(let decision):
            let begrunnelse = Begrunnelse.text(decision, book: book, language: language)
            let ruleSet = book.ruleSet(decision.ruleSet).map {
                "\($0.name(language, capitalized: true)), \(language == .nb ? "versjon" : "version") \($0.version)"
            }
            return html(
                200,
                casePage.page(
                    form, reading: reading, answer: writer.render(decision), begrunnelse: begrunnelse,
                    caseLine: JSONWriter.compact(caseJSON), ruleSet: ruleSet))
        case .failure(let errors):
            return html(
                422,
                casePage.page(
                    form, reading: reading, answer: writer.render(errors), begrunnelse: nil,
                    caseLine: JSONWriter.compact(caseJSON)))
        }
    }

    // MARK: - The API

    /// `POST /api/v1/evaluate`: one case (JSON) or many (NDJSON, `application/x-ndjson`), the
    /// same JSON as `rusctl evaluate --format json`; `?rules=`, `?inForce=`, `?lang=`, `?trace=false`.
    private func evaluate(_ request: HTTPRequest) -> HTTPResponse {
        let type = request.header("content-type")?.lowercased() ?? ""
        let ndjson = type.hasPrefix("application/x-ndjson")
        guard ndjson || type.hasPrefix("application/json") else {
            return apiError(415, "unsupported-media-type", "send one case as application/json or several as application/x-ndjson")
        }
        if let problem = Self.queryProblem(request.query) { return apiError(400, problem.code, problem.message) }
        let language: Language = request.query("lang") == "en" ? .en : .nb
        let includeTrace = request.query("trace") != "false"
        let ruleSet = request.query("rules").flatMap { $0.isEmpty ? nil : $0 }
        if let ruleSet, book.ruleSet(ruleSet) == nil {
            return apiError(400, "unknown-rule-set", "no rule set \"\(ruleSet)\"; known: " + book.ruleSets.map(\.id).joined(separator: ", "))
        }
        // Without a trace the engine builds none (a fifth of the cost).
        var engine = includeTrace ? self.engine : self.engine.with(detail: .answer)
        if let stated = request.query("inForce"), !stated.isEmpty {
            var dates = InForceDates()
            for item in stated.split(separator: ",") {
                if let problem = dates.add(String(item), book: book) { return apiError(400, "invalid-in-force", "inForce: \(problem.en)") }
            }
            engine = Engine(book: book, detail: includeTrace ? .full : .answer, inForce: dates)
        }
        let today = LegalDate.today()
        var stream = CaseStream(bytes: request.body)
        stream.locatesErrors = false
        let entries = stream.nextRaw(Int.max)
        let reader = compiled.map { FastCaseReader(compiled: $0, today: today) }
        if !ndjson {
            guard entries.count == 1 else {
                return apiError(
                    400, "not-one-case",
                    entries.isEmpty
                        ? "the body holds no case; send one case as a JSON object"
                        : "application/json takes one case; send several as application/x-ndjson, one per line")
            }
            // Written straight to bytes, compact, as each line of a batch is (the same JSON as
            // `rusctl evaluate --format json`, without its pretty-printing).
            var output = JSONOutput(capacity: 4096)
            switch engine.evaluate(entries[0], reader: reader, ruleSet: ruleSet, today: today) {
            case .success(let decision):
                decision.write(to: &output, language: language, includeTrace: includeTrace)
                output.newline()
                return HTTPResponse(status: 200, headers: [("Content-Type", "application/json; charset=utf-8")], body: output.bytes)
            case .failure(let errors): return json(422, errors.json(language: language))
            }
        }
        var output = JSONOutput(capacity: 2048 * max(1, entries.count))
        for entry in entries {
            switch engine.evaluate(entry, reader: reader, ruleSet: ruleSet, today: today) {
            case .success(let decision): decision.write(to: &output, language: language, includeTrace: includeTrace)
            case .failure(let errors): output.value(errors.json(language: language))
            }
            output.newline()
        }
        return HTTPResponse(status: 200, headers: [("Content-Type", "application/x-ndjson; charset=utf-8")], body: output.bytes)
    }

    private func ruleSetsJSON() -> JSONValue {
        .array(
            book.ruleSets.map { ruleSet in
                var object = JSONObject()
                object.append("id", .string(ruleSet.id))
                object.append("kind", .string(ruleSet.kind.rawValue))
                object.append("version", .string(ruleSet.version))
                object.append(
                    "label", .object(JSONObject(["nb": .string(ruleSet.name(.nb, capitalized: true)), "en": .string(ruleSet.name(.en, capitalized: true))])))
                object.append("title", .object(JSONObject(["nb": .string(ruleSet.title.nb), "en": .string(ruleSet.title.en)])))
                object.append("status", .object(JSONObject(["nb": .string(ruleSet.status.nb), "en": .string(ruleSet.status.en)])))
                object.append("inForce", engine.inForce[ruleSet.id].map { .string($0.description) } ?? .null)
                return .object(object)
            })
    }

    private func versionJSON() -> JSONValue {
        .object(
            JSONObject([
                "version": .string(stamp.version), "commit": BuildCommit.id.map { .string($0) } ?? .null,
                "ruleData": .string(RuleBook.builtInDataFingerprint),
                "ruleSets": .array(book.ruleSets.map { .object(JSONObject(["id": .string($0.id), "version": .string($0.version)])) }),
            ]))
    }

    // MARK: - Responses

    private func plain(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: text + "\n")
    }

    private func html(_ status: Int, _ page: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/html; charset=utf-8", body: page)
    }

    private func json(_ status: Int, _ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json; charset=utf-8", body: JSONWriter.pretty(value) + "\n")
    }

    /// The parameters `POST /api/v1/evaluate` takes, and the values of those with a fixed few.
    static let evaluateParameters: [(name: String, values: [String]?)] = [
        ("rules", nil), ("inForce", nil), ("lang", ["nb", "en"]), ("trace", ["true", "false"]),
    ]

    /// A query the API cannot take as it stands — a parameter it does not know (a typo such as
    /// `rule=` would otherwise be answered under another rule set), one given twice, or a value
    /// outside its few — with its error code and message; nil when the query is sound.
    static func queryProblem(_ query: [HTTPRequest.QueryItem]) -> (code: String, message: String)? {
        let names = evaluateParameters.map(\.name)
        for (position, item) in query.enumerated() {
            guard let parameter = evaluateParameters.first(where: { $0.name == item.name }) else {
                let hint = Spelling.closest(to: item.name, in: names).map { " (did you mean \"\($0)\"?)" } ?? ""
                return (
                    "unknown-parameter",
                    "unknown query parameter \"\(JSONParser.shortened(item.name))\"\(hint); known: " + names.joined(separator: ", ")
                )
            }
            if query[..<position].contains(where: { $0.name == item.name }) {
                return ("repeated-parameter", "the query parameter \"\(item.name)\" is given more than once; give it once")
            }
            if let values = parameter.values, !values.contains(item.value) {
                return (
                    "invalid-parameter",
                    "\(item.name): expected " + values.map { "\"\($0)\"" }.joined(separator: " or ")
                        + ", not \"\(JSONParser.shortened(item.value))\""
                )
            }
        }
        return nil
    }

    /// A path that names nothing: under `/api/` an API error that says where the endpoints are
    /// described (a case system reads JSON, not a sentence), elsewhere a line for a person.
    private func notFound(_ request: HTTPRequest) -> HTTPResponse {
        guard request.path.hasPrefix("/api/") else {
            return plain(404, "No such page. The page is at /; the API is under /api/v1/, described at \(Route.openAPI.rawValue).")
        }
        return apiError(
            404, "not-found",
            "no endpoint at \"\(JSONParser.shortened(request.path))\"; the endpoints are described at \(Route.openAPI.rawValue)")
    }

    /// A method the route does not take, with the methods it does (`Allow`); an API error in
    /// the contract's form on the API's routes.
    private func methodNotAllowed(_ request: HTTPRequest, _ route: Route) -> HTTPResponse {
        let allowed = route.methods.joined(separator: ", ")
        var response =
            route.rawValue.hasPrefix("/api/")
            ? apiError(405, "method-not-allowed", "\(request.method) is not allowed for \(route.rawValue); use \(allowed)")
            : plain(405, "Method \(request.method) is not allowed here; use \(allowed).")
        response.headers.append(("Allow", allowed))
        return response
    }

    /// An API error in the contract's form: `{"error": {"code", "pointer", "message"}}`.
    private func apiError(_ status: Int, _ code: String, _ message: String) -> HTTPResponse {
        let error = JSONValue.object(JSONObject(["code": .string(code), "pointer": "", "message": .string(message)]))
        return json(status, .object(JSONObject(["error": error, "errors": .array([error])])))
    }

    /// The time for the access log, UTC to the second ("2026-12-03T13:30:26Z"), without a
    /// formatter object per request.
    private static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
