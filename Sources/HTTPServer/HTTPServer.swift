import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server on POSIX sockets: one thread watches every connection with poll(2)
/// and reads what arrives; each complete request is answered on a worker thread, so a slow or
/// idle client never holds a worker. Bounded everywhere: the request size (``RequestParser``),
/// the time a request head may take (``Configuration/headerTimeout``, against clients that send
/// a byte a second), the time an idle keep-alive connection is kept, and the number of open
/// connections (past it a new one gets 503 and is closed). Pipelined requests are answered in
/// order. ``stop()`` stops accepting, lets the requests in flight finish, and makes ``run()``
/// return.
public final class HTTPServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: UInt16
        public var maximumConnections: Int
        public var headerTimeout: Double
        public var idleTimeout: Double

        public init(
            host: String = "127.0.0.1", port: UInt16 = 8080, maximumConnections: Int = 1000, headerTimeout: Double = 10,
            idleTimeout: Double = 30
        ) {
            self.host = host
            self.port = port
            self.maximumConnections = maximumConnections
            self.headerTimeout = headerTimeout
            self.idleTimeout = idleTimeout
        }
    }

    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    public let configuration: Configuration
    private let handler: Handler
    /// Called for requests refused before the handler (malformed, too large, too slow), with
    /// the status sent: for the access log and the metrics.
    private let refused: @Sendable (Int) -> Void
    private var listener: Int32 = -1
    private var wake: (read: Int32, write: Int32) = (-1, -1)
    private let lock = NSLock()
    private var returned: [Connection] = []
    private var stopping = false
    private let workers = DispatchQueue(label: "http.workers", attributes: .concurrent)
    private let inFlight = DispatchGroup()
    private var openCount = 0

    /// The number of open connections (for the metrics).
    public var openConnections: Int {
        lock.lock()
        defer { lock.unlock() }
        return openCount
    }

    public init(configuration: Configuration, refused: @escaping @Sendable (Int) -> Void = { _ in }, handler: @escaping Handler) {
        self.configuration = configuration
        self.handler = handler
        self.refused = refused
    }

    public struct StartError: Error, Sendable {
        public let message: String
    }

    /// Binds and listens; the port actually bound (a port of 0 picks a free one).
    public func bind() throws(StartError) -> UInt16 {
        signal(SIGPIPE, SIG_IGN)
        Self.raiseFileLimit()
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = configuration.port.bigEndian
        guard inet_pton(AF_INET, configuration.host, &address.sin_addr) == 1 else {
            throw StartError(message: "'\(configuration.host)' is not an IPv4 address")
        }
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw StartError(message: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw StartError(message: "cannot listen on \(configuration.host):\(configuration.port): \(reason)")
        }
        guard listen(socket, 1024) == 0 else {
            close(socket)
            throw StartError(message: "cannot listen: \(String(cString: strerror(errno)))")
        }
        Self.setNonBlocking(socket)
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            close(socket)
            throw StartError(message: "cannot make a pipe")
        }
        for end in pipeEnds {
            Self.setNonBlocking(end)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wake = (pipeEnds[0], pipeEnds[1])
        listener = socket
        return UInt16(bigEndian: actual.sin_port)
    }

    /// Asks the server to stop: no new connections, idle ones closed, requests in flight
    /// answered; then ``run()`` returns. Safe from any thread (and from a signal source).
    public func stop() {
        lock.lock()
        stopping = true
        lock.unlock()
        poke()
    }

    private func poke() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// One client connection: its socket, what has arrived, and when it must have sent a head.
    final class Connection: @unchecked Sendable {
        let socket: Int32
        var buffer: [UInt8] = []
        /// When the request under way (or the wait for the next one) times out.
        var deadline: Double
        /// Whether the current deadline is a header timeout (a request has begun) or an idle one.
        var requestStarted = false
        var closeAfterReply = false

        init(socket: Int32, deadline: Double) {
            self.socket = socket
            self.deadline = deadline
        }
    }

    /// Serves until ``stop()``; returns when the requests in flight have been answered.
    public func run() {
        var connections: [Int32: Connection] = [:]
        var listening = true
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            lock.lock()
            let stopNow = stopping
            let back = returned
            returned.removeAll()
            lock.unlock()
            for connection in back {
                if stopNow || connection.closeAfterReply {
                    finish(connection)
                } else {
                    connections[connection.socket] = connection
                    // A pipelined request may already be in the buffer.
                    connection.requestStarted = !connection.buffer.isEmpty
                    connection.deadline = now() + (connection.requestStarted ? configuration.headerTimeout : configuration.idleTimeout)
                    if !connection.buffer.isEmpty && dispatchIfComplete(connection) { connections[connection.socket] = nil }
                }
            }
            if stopNow {
                if listening {
                    close(listener)
                    listening = false
                }
                for connection in connections.values { finish(connection) }
                connections.removeAll()
                // Requests in flight finish; their connections come back and are closed above.
                if inFlight.wait(timeout: .now() + 0.05) == .success {
                    lock.lock()
                    let late = returned
                    returned.removeAll()
                    lock.unlock()
                    late.forEach(finish)
                    break
                }
                continue
            }
            var fds = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0), pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
            let watched = Array(connections.values)
            fds += watched.map { pollfd(fd: $0.socket, events: Int16(POLLIN), revents: 0) }
            let nearest = watched.map(\.deadline).min().map { max(0, Int32((($0 - now()) * 1000).rounded(.up))) } ?? 1000
            let ready = poll(&fds, nfds_t(fds.count), min(nearest, 1000))
            if ready < 0 && errno != EINTR { break }
            if fds[0].revents != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                while read(wake.read, &drain, drain.count) > 0 {}
            }
            if fds[1].revents & Int16(POLLIN) != 0 { acceptAll(&connections) }
            let time = now()
            for (index, connection) in watched.enumerated() {
                let events = fds[index + 2].revents
                if events != 0 {
                    let received = recv(connection.socket, &buffer, buffer.count, 0)
                    if received > 0 {
                        if !connection.requestStarted {
                            connection.requestStarted = true
                            connection.deadline = time + configuration.headerTimeout
                        }
                        connection.buffer.append(contentsOf: buffer[0..<received])
                        if dispatchIfComplete(connection) { connections[connection.socket] = nil }
                        continue
                    }
                    if received == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                        // Closed or reset by the client (a half-closed one has sent all it will).
                        connections[connection.socket] = nil
                        finish(connection)
                        continue
                    }
                }
                if connection.deadline <= time {
                    connections[connection.socket] = nil
                    if connection.requestStarted {
                        refused(408)
                        send(HTTPResponse.error(HTTPError(408, "the request was not received in time")), on: connection, keepAlive: false)
                    }
                    finish(connection)
                }
            }
        }
        if listening { close(listener) }
        close(wake.read)
        close(wake.write)
    }

    /// Hands a complete request (or a refused one) to a worker; false when more bytes are needed.
    private func dispatchIfComplete(_ connection: Connection) -> Bool {
        let result = RequestParser.parse(connection.buffer[...])
        switch result {
        case .needMore:
            return false
        case .failure(let error):
            connection.buffer.removeAll()
            connection.closeAfterReply = true
            inFlight.enter()
            workers.async { [self] in
                refused(error.status)
                send(HTTPResponse.error(error), on: connection, keepAlive: false)
                giveBack(connection)
            }
            return true
        case .request(let request, let consumed):
            connection.buffer.removeFirst(consumed)
            connection.requestStarted = false
            let keepAlive = request.keepAlive
            connection.closeAfterReply = !keepAlive
            inFlight.enter()
            workers.async { [self] in
                let response = handler(request)
                lock.lock()
                let stopNow = stopping
                lock.unlock()
                let open = keepAlive && !stopNow
                connection.closeAfterReply = !open
                send(response, on: connection, keepAlive: open, head: request.method == "HEAD")
                giveBack(connection)
            }
            return true
        }
    }

    private func giveBack(_ connection: Connection) {
        lock.lock()
        returned.append(connection)
        lock.unlock()
        inFlight.leave()
        poke()
    }

    private func acceptAll(_ connections: inout [Int32: Connection]) {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            Self.setNonBlocking(client)
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var one: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            lock.lock()
            let full = openCount >= configuration.maximumConnections
            if !full { openCount += 1 }
            lock.unlock()
            if full {
                refused(503)
                let reply = HTTPResponse.error(HTTPError(503, "too many open connections; try again shortly")).serialized(keepAlive: false)
                _ = reply.withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                close(client)
                continue
            }
            connections[client] = Connection(socket: client, deadline: now() + configuration.idleTimeout)
        }
    }

    /// Writes the whole response (blocking, bounded by the send timeout); gives up on an error.
    private func send(_ response: HTTPResponse, on connection: Connection, keepAlive: Bool, head: Bool = false) {
        let bytes = response.serialized(keepAlive: keepAlive, head: head)
        var sent = 0
        var waited = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(connection.socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            if count > 0 {
                sent += count
                continue
            }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waited < 100 {
                var descriptor = pollfd(fd: connection.socket, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, 100)
                waited += 1
                continue
            }
            if count < 0 && errno == EINTR { continue }
            connection.closeAfterReply = true
            return
        }
    }

    private func finish(_ connection: Connection) {
        close(connection.socket)
        lock.lock()
        openCount -= 1
        lock.unlock()
    }

    private func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private static func setNonBlocking(_ socket: Int32) {
        let flags = fcntl(socket, F_GETFL)
        _ = fcntl(socket, F_SETFL, flags | O_NONBLOCK)
    }

    /// Thousands of idle connections need as many descriptors: the soft limit is raised to the
    /// hard one.
    private static func raiseFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
