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
        "jobs", value: "n", help: .init(nb: "Vurder på n tråder; rekkefølgen i utdataene endres ikke. Standard: antall kjerner.", en: "Evaluate on n threads; output order does not change. Default: the number of cores."))

    static func jobs(_ arguments: ParsedArguments, command: String) throws(UsageError) -> Int {
        guard let text = arguments.value(jobsSpec.name) else { return ProcessInfo.processInfo.activeProcessorCount }
        guard let jobs = Int(text), (1...256).contains(jobs) else {
            throw UsageError(nb: "--jobs tar et heltall fra 1 til 256.", en: "--jobs takes a whole number from 1 to 256.", command: command)
        }
        return jobs
    }

    /// The stream over `path`, or nil after telling the user why it cannot be read (exit 66).
    static func open(_ path: String, _ terminal: Terminal, observe: ((UnsafeRawBufferPointer) -> Void)? = nil) -> CaseStream? {
        do {
            return try open(path, observe: observe)
        } catch {
            terminal.err("rusctl: \(error.message(terminal))\n")
            return nil
        }
    }

    /// Writes a report to `--output` or standard output; nil when written, else the exit status.
    static func write(_ report: String, to output: String?, _ terminal: inout Terminal) -> ExitStatus? {
        guard let output else {
            terminal.out(report)
            return nil
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(report.utf8)) else {
            terminal.err("rusctl: cannot write '\(output)'\n")
            return .unreadableInput
        }
        return nil
    }

    /// A stream over `path` ('-' for standard input); exit 66 when it cannot be opened. Bytes are
    /// read with read(2) straight into the stream's buffers.
    /// `observe` sees every chunk as it is read (for the report's SHA-256).
    static func open(_ path: String, observe: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(InputSource.Unreadable) -> CaseStream {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputSource.Unreadable(nb: "kan ikke lese '\(path)': filen finnes ikke", en: "cannot read '\(path)': no such file")
            }
            guard !isDirectory.boolValue else { throw InputSource.Unreadable(nb: "kan ikke lese '\(path)': det er en mappe", en: "cannot read '\(path)': it is a directory") }
            let opened = Foundation.open(path, O_RDONLY)
            guard opened >= 0 else {
                throw InputSource.Unreadable(nb: "kan ikke lese '\(path)': ingen tilgang, eller filen kan ikke leses",
                                              en: "cannot read '\(path)': permission denied or unreadable")
            }
            descriptor = opened
        }
        return CaseStream(readInto: { memory in
            var received = 0
            repeat {
                received = read(descriptor, memory.baseAddress, memory.count)
            } while received < 0 && errno == EINTR
            if received > 0, let observe { observe(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<received])) }
            return max(received, 0)
        })
    }
}
