import Foundation
import RusRules

/// Cases read incrementally from a file or standard input, and the `--jobs` option that
/// evaluates each batch in parallel (output stays in input order).
enum StreamingInput {
    /// Cases are read, evaluated and written in batches of this many: large enough to keep the
    /// threads busy, small enough to keep memory flat.
    static let batchSize = 4096

    /// `evaluate` holds a batch's written decisions (about 3 KB each, with the trace) until the
    /// batch is written: a smaller batch keeps that under ~5 MB.
    static let decisionBatchSize = 1024

    /// Whether standard input is a pipe (not a file, not a terminal).
    static var standardInputIsPipe: Bool {
        var status = stat()
        return fstat(STDIN_FILENO, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO
    }

    static let jobsSpec = CommandSpec.OptionSpec(
        .jobs, value: "n",
        help: .init(
            nb: "Vurder på n tråder; rekkefølgen i utdataene endres ikke. Standard: antall kjerner.",
            en: "Evaluate on n threads; output order does not change. Default: the number of cores."))

    static func jobs(_ arguments: ParsedArguments, command: String) throws(UsageError) -> Int {
        guard let text = arguments.value(jobsSpec) else { return ProcessInfo.processInfo.activeProcessorCount }
        guard let jobs = Int(text), (1...256).contains(jobs) else {
            throw UsageError(nb: "--jobs tar et heltall fra 1 til 256.", en: "--jobs takes a whole number from 1 to 256.", command: command)
        }
        return jobs
    }

    /// The stream over `path`, or nil after telling the user why it cannot be read (exit 66).
    static func open(
        _ path: String, _ terminal: Terminal, observe: ((ArraySlice<UInt8>) -> Void)? = nil, meter: InputMeter? = nil
    ) -> CaseStream? {
        do {
            return try open(path, observe: observe, meter: meter)
        } catch {
            terminal.err("rusctl: \(error.message(terminal))\n")
            return nil
        }
    }

    /// Writes a report to `--output` or standard output; nil when written, else the exit status
    /// (74) after saying why.
    static func write(_ report: String, to output: String?, _ terminal: inout Terminal) -> ExitStatus? {
        write([.text(report)], to: output, &terminal)
    }

    /// A piece of a report: text made at the end, what was written out while the cases were
    /// read, or a report's tail, written as it is made.
    enum ReportPiece {
        case text(String)
        case spilled(SpillFile)
        case tail(ReportTail)
    }

    /// Writes a report's pieces in order to `--output` or standard output; nil when written,
    /// else the exit status (74) after saying why.
    static func write(_ pieces: [ReportPiece], to output: String?, _ terminal: inout Terminal) -> ExitStatus? {
        let nb = terminal.language == .nb
        func failed(_ what: String, _ code: Int32) -> ExitStatus {
            terminal.err("rusctl: " + (nb ? "kan ikke skrive \(what): " : "cannot write \(what): ") + String(cString: strerror(code)) + "\n")
            return .outputFailed
        }
        let spillName = nb ? "mellomlageret i den midlertidige mappen" : "the temporary file"
        guard let output else {
            // In slices: a report's text can be tens of megabytes, not to be buffered whole.
            func out(_ text: String) {
                var text = text
                text.withUTF8 { bytes in
                    for start in stride(from: 0, to: bytes.count, by: 1 << 20) {
                        terminal.out(bytes: Array(UnsafeBufferPointer(rebasing: bytes[start..<min(start + (1 << 20), bytes.count)])))
                    }
                }
            }
            for piece in pieces {
                switch piece {
                case .text(let text): out(text)
                case .spilled(let file):
                    if !file.readBack({ terminal.out(bytes: $0) }) { return failed(spillName, file.failure) }
                case .tail(let tail): tail.write(out)
                }
            }
            return nil
        }
        let descriptor = Foundation.open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return failed("'\(output)'", errno) }
        var failure: Int32 = 0
        func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            var written = 0
            while written < bytes.count && failure == 0 {
                let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count > 0 { written += count } else if count < 0 && errno == EINTR { continue } else { failure = count < 0 ? errno : EIO }
            }
        }
        for piece in pieces where failure == 0 {
            switch piece {
            case .text(var text):
                // Written from the text's own bytes: a report's tail can be tens of megabytes.
                text.withUTF8(put)
            case .spilled(let file):
                if !file.readBack({ $0.withUnsafeBufferPointer(put) }) {
                    close(descriptor)
                    return failed(spillName, file.failure)
                }
            case .tail(let tail):
                tail.write { text in
                    var text = text
                    if failure == 0 { text.withUTF8(put) }
                }
            }
        }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        return failure == 0 ? nil : failed("'\(output)'", failure)
    }

    /// Why `--output` cannot be written, found before the work is done: no such folder, a
    /// folder named, no permission, a read-only file system. Nil when it can be written.
    static func outputProblem(_ path: String?, _ terminal: Terminal) -> String? {
        guard let path else { return nil }
        let nb = terminal.language == .nb
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return nb ? "'\(path)' er en mappe, ikke en fil" : "'\(path)' is a folder, not a file" }
            if access(path, W_OK) != 0 { return reason(path, errno, nb) }
            return nil
        }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nb ? "kan ikke skrive '\(path)': mappen '\(folder)' finnes ikke" : "cannot write '\(path)': the folder '\(folder)' does not exist"
        }
        if access(folder, W_OK) != 0 { return reason(path, errno, nb) }
        return nil
    }

    /// A file a command reads, named as its message names it.
    enum ReadFile {
        /// The file of cases.
        case cases(String?)
        /// The file given with an option ("--rules-file").
        case given(option: String, String?)
        /// A fixture file.
        case fixture(String)

        var path: String? {
            switch self {
            case .cases(let path), .given(_, let path): path
            case .fixture(let path): path
            }
        }

        func named(_ language: Language) -> String {
            switch (self, language) {
            case (.cases, .nb): "filen med sakene"
            case (.cases, .en): "the file of cases"
            case (.given(let option, _), .nb): "filen gitt med \(option)"
            case (.given(let option, _), .en): "the file given with \(option)"
            case (.fixture, .nb): "en fikstur"
            case (.fixture, .en): "a fixture"
            }
        }
    }

    /// Where a file to be written is also a file read, or two files to be written are one:
    /// writing would destroy the cases (or the rule, distribution or fixture file) before or
    /// while they are read. `outputs` are named by their option ("--output"). Files are compared
    /// as the system knows them (device and inode), so another spelling or a link to the same
    /// file is found too. The usage error, or nil.
    static func clobberProblem(outputs: [(option: String, path: String?)], inputs: [ReadFile], command: String) -> UsageError? {
        var written: [(option: String, path: String, identity: FileIdentity)] = []
        for (option, path) in outputs {
            guard let path, path != "-" else { continue }
            let identity = FileIdentity(path)
            if let earlier = written.first(where: { $0.identity == identity }) {
                return UsageError(
                    nb: "\(earlier.option) og \(option) skriver begge til '\(path)'; gi hver sin fil.",
                    en: "\(earlier.option) and \(option) both write to '\(path)'; give each a file of its own.", command: command)
            }
            written.append((option, path, identity))
        }
        guard !written.isEmpty else { return nil }
        for input in inputs {
            guard let path = input.path, path != "-" else { continue }
            let identity = FileIdentity(path)
            guard let output = written.first(where: { $0.identity == identity }) else { continue }
            return UsageError(
                nb: "\(output.option) ville skrive over '\(path)', \(input.named(.nb)); velg en annen fil å skrive til.",
                en: "\(output.option) would overwrite '\(path)', \(input.named(.en)); choose another file to write to.",
                command: command)
        }
        return nil
    }

    /// A file as the system knows it: its device and inode when it exists, else its absolute path.
    private enum FileIdentity: Equatable {
        case file(device: UInt64, inode: UInt64)
        case path(String)

        init(_ path: String) {
            var status = stat()
            if stat(path, &status) == 0 {
                self = .file(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            } else {
                self = .path(URL(fileURLWithPath: path).standardizedFileURL.path)
            }
        }
    }

    private static func reason(_ path: String, _ code: Int32, _ nb: Bool) -> String {
        switch (code, nb) {
        case (EROFS, true): "kan ikke skrive '\(path)': filsystemet er skrivebeskyttet"
        case (EROFS, false): "cannot write '\(path)': read-only file system"
        case (EACCES, true): "kan ikke skrive '\(path)': ingen skrivetilgang"
        case (EACCES, false): "cannot write '\(path)': permission denied"
        case (_, true): "kan ikke skrive '\(path)': \(String(cString: strerror(code)))"
        case (_, false): "cannot write '\(path)': \(String(cString: strerror(code)))"
        }
    }

    /// A stream over `path` ('-' for standard input); exit 66 when it cannot be opened. Bytes are
    /// read with read(2) straight into the stream's buffers.
    /// `observe` sees every chunk as it is read (for the report's SHA-256), as the stream's own
    /// buffer (``CaseStream/observeChunk``).
    static func open(
        _ path: String, observe: ((ArraySlice<UInt8>) -> Void)? = nil, meter: InputMeter? = nil
    ) throws(InputSource.Unreadable) -> CaseStream {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            try InputSource.requireFile(path)
            let opened = Foundation.open(path, O_RDONLY)
            guard opened >= 0 else { throw InputSource.unreadable(path) }
            descriptor = opened
        }
        meter?.opened(descriptor)
        var stream = CaseStream(readInto: { memory in
            var received = 0
            repeat {
                received = read(descriptor, memory.baseAddress, memory.count)
            } while received < 0 && errno == EINTR
            if received > 0 { meter?.add(received) }
            return max(received, 0)
        })
        stream.observeChunk = observe
        return stream
    }
}
