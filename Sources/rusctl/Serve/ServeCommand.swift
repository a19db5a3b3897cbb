import Dispatch
import Foundation
import HTTPServer
import RusRules

/// `rusctl serve`: the prosecutor's page and the JSON API over HTTP, on loopback unless told
/// otherwise. Serves until SIGINT or SIGTERM, then finishes the requests in flight and exits 0.
enum ServeCommand {
    static let spec = CommandSpec(
        name: "serve",
        summary: .init(
            nb: "Tilby påtalejuristens side i nettleseren og JSON-API-et for saksbehandlingssystemer (bare på denne maskinen som standard).",
            en: "Serve the prosecutor's page in a browser and the JSON API for case systems (loopback by default)."),
        operands: "",
        arguments: [],
        options: [
            .init(
                .listen, value: "host:port",
                help: .init(
                    nb:
                        "Adressen det lyttes på. Standard: 127.0.0.1:8080. En annen adresse enn 127.0.0.1 kan nås av alle som når adressen: sett nginx foran for TLS og pålogging (deploy/).",
                    en:
                        "The address to listen on. Default: 127.0.0.1:8080. Any other address than loopback can be reached by anyone who can reach it: put nginx in front for TLS and sign-on (deploy/)."
                )),
            .init(
                .allowHost, value: "names",
                help: .init(
                    nb:
                        "Vertsnavn det svares for i tillegg til adressen det lyttes på, atskilt med komma: navnet en omvendt proxy videresender (f.eks. rusctl.politiet.local).",
                    en:
                        "Host names to answer for besides the listening address, comma-separated: the name a reverse proxy forwards (e.g. rusctl.politiet.local)."
                )),
            .init(
                .maxConnections, value: "n",
                help: .init(
                    nb: "Flest samtidige tilkoblinger; utover det avvises en ny med 503. Standard: 1000.",
                    en: "The most connections open at once; past it a new one is refused with 503. Default: 1000.")),
            .init(
                .headerTimeout, value: "seconds",
                help: .init(
                    nb: "Hvor lenge en klient kan bruke på å sende hodet i en forespørsel før den får 408 og lukkes. Standard: 10.",
                    en: "How long a client may take to send a request's head before it is answered 408 and closed. Default: 10.")),
            InForceOption.spec,
        ],
        examples: [
            .init(
                nb: "Bare på denne maskinen; åpne http://127.0.0.1:8080/ i en nettleser",
                en: "Serve on this machine only; open http://127.0.0.1:8080/ in a browser", "rusctl serve"),
            .init(
                nb: "Bak nginx på samme maskin, med lovens ikrafttredelsesdato", en: "Behind nginx on the same machine, with the statute's in-force date",
                "rusctl serve --listen 127.0.0.1:8081 --allow-host rusctl.example.no --in-force lov-2025=2026-07-01"),
        ],
        maxArguments: 0)

    static func run(_ arguments: ParsedArguments, book: RuleBook, _ terminal: inout Terminal) throws(UsageError) -> ExitStatus {
        let inForce = try InForceOption.parse(arguments, book: book, command: spec.name)
        let (host, port) = try listenAddress(arguments.value(.listen) ?? "127.0.0.1:8080")
        var maximum = 1000
        if let text = arguments.value(.maxConnections) {
            guard let value = Int(text), (1...100_000).contains(value) else {
                throw UsageError(
                    nb: "--max-connections tar et heltall fra 1 til 100000.", en: "--max-connections takes a whole number from 1 to 100000.",
                    command: spec.name)
            }
            maximum = value
        }
        var headerTimeout = 10.0
        if let text = arguments.value(.headerTimeout) {
            guard let value = Double(text), value > 0, value <= 600 else {
                throw UsageError(
                    nb: "--header-timeout tar et antall sekunder fra 0 til 600.", en: "--header-timeout takes a number of seconds from 0 to 600.",
                    command: spec.name)
            }
            headerTimeout = value
        }
        let allowHosts = (arguments.value(.allowHost) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let metrics = Metrics()
        // One write(2) a line: whole lines, whatever the threads.
        let log: @Sendable (String) -> Void = { line in
            var text = line + "\n"
            text.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        let configuration = HTTPServer.Configuration(host: host, port: port, maximumConnections: maximum, headerTimeout: headerTimeout)
        let holder = AppHolder()
        let server = HTTPServer(configuration: configuration, refused: { holder.app?.refused($0) }) { request in
            holder.app!.handle(request)
        }
        let bound: UInt16
        do {
            bound = try server.bind()
        } catch {
            terminal.err("rusctl: \(error.message)\n")
            return .unreadableInput
        }
        holder.app = WebApp(book: book, inForce: inForce, port: bound, host: host, allowHosts: allowHosts, metrics: metrics, log: log)
        metrics.openConnections = { server.openConnections }
        if !host.hasPrefix("127.") {
            terminal.err(
                "rusctl: warning: listening on \(host): anyone who can reach this address can use the service. Put nginx with TLS and sign-on in front (see deploy/).\n"
            )
        }
        terminal.out("rusctl serve: http://\(host):\(bound)/ (the page), http://\(host):\(bound)/api/v1/ (the API); Ctrl-C stops.\n")
        terminal.flush()
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.stop() }
            source.resume()
            return source
        }
        server.run()
        sources.forEach { $0.cancel() }
        terminal.out("rusctl serve: stopped.\n")
        return .success
    }

    /// `host:port`, an IPv4 address and a port; `:8080` or `8080` alone means loopback.
    static func listenAddress(_ text: String) throws(UsageError) -> (String, UInt16) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let host = parts.count == 2 ? (parts[0].isEmpty ? "127.0.0.1" : String(parts[0])) : "127.0.0.1"
        let portText = parts.count == 2 ? String(parts[1]) : text
        guard parts.count <= 2, let port = UInt16(portText) else {
            throw UsageError(
                nb: "--listen tar vert:port, for eksempel 127.0.0.1:8080.", en: "--listen takes host:port, for example 127.0.0.1:8080.",
                command: spec.name)
        }
        let octets = host.split(separator: ".")
        guard host == "localhost" || (octets.count == 4 && octets.allSatisfy { UInt8($0) != nil }) else {
            throw UsageError(
                nb: "--listen tar en IPv4-adresse som 127.0.0.1 (eller 0.0.0.0 for alle adresser), ikke '\(host)'.",
                en: "--listen takes an IPv4 address such as 127.0.0.1 (or 0.0.0.0 for every address), not '\(host)'.", command: spec.name)
        }
        return (host == "localhost" ? "127.0.0.1" : host, port)
    }
}

/// The app, set once the port is known (the server is made before it binds).
private final class AppHolder: @unchecked Sendable {
    var app: WebApp?
}
