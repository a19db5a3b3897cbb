import Foundation
import RusRules

/// Buffered standard output and unbuffered standard error.
struct Terminal {
    private var buffer: [UInt8] = []
    /// The language of help, usage errors and the tool's own messages: `--lang` where given,
    /// else a Norwegian `LANG` (nb, nn, no), else English.
    var language: Language = .en

    /// The columns text is wrapped at: the terminal's width, or 80 when standard output is not a
    /// terminal (a file, a pipe, a printer).
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
            return Int(size.ws_col)
        }
        return 80
    }

    /// The language for the tool's own messages, from the command line and the environment.
    static func messageLanguage(_ arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        let locale =
            [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return ["nb", "nn", "no"].contains(where: { locale.lowercased().hasPrefix($0) }) ? .nb : .en
    }

    mutating func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func out(bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered. A write that fails — a full disk, a closed standard output, a
    /// broken pipe where SIGPIPE is ignored — ends the command with one line on standard error
    /// and exit 74 (EX_IOERR), never a crash.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if let failure = Self.writeAll(buffer, to: STDOUT_FILENO) {
            err(language == .nb ? "rusctl: kan ikke skrive utdataene: \(failure)\n" : "rusctl: cannot write the output: \(failure)\n")
            exit(ExitStatus.outputFailed.rawValue)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func err(_ text: String) {
        _ = Self.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte; the reason when it cannot.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count > 0 {
                written += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return String(cString: strerror(count < 0 ? errno : EIO))
            }
        }
        return nil
    }

    /// `Error: … Help: …`, as swift-argument-parser prints it (`Feil: … Hjelp: …` in bokmål).
    func usageError(_ error: UsageError) {
        let help = error.command.map { "rusctl \($0) --help" } ?? "rusctl --help"
        err(language == .nb ? "Feil: \(error.message.nb)\nHjelp: \(help)\n" : "Error: \(error.message.en)\nHelp:  \(help)\n")
    }
}
