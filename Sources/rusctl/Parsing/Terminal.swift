import Foundation

/// The exit codes of contract.md.
enum ExitStatus: Int32, Error {
    case success = 0
    case failures = 1
    case usage = 64
    case invalidInput = 65
    case unreadableInput = 66
    case internalError = 70
}

/// Buffered standard output and unbuffered standard error.
struct Terminal {
    private var buffer: [UInt8] = []

    mutating func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func out(bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `Error: … Help: …`, as swift-argument-parser prints it.
    func usageError(_ error: UsageError) {
        let help = error.command.map { "rusctl \($0) --help" } ?? "rusctl --help"
        err("Error: \(error.message)\nHelp:  \(help)\n")
    }
}

/// A file or standard input (`-`) read whole; failures map to exit 66.
enum InputSource {
    struct Unreadable: Error {
        let message: String
    }

    static func read(_ path: String) throws(Unreadable) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(message: "cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else {
            throw Unreadable(message: "cannot read '\(path)': it is a directory")
        }
        // A pipe (`<(…)`, /dev/stdin) has no size to read by: read it to its end instead.
        guard let data = FileManager.default.contents(atPath: path)
            ?? FileHandle(forReadingAtPath: path).map({ handle in handle.readDataToEndOfFile() })
        else {
            throw Unreadable(message: "cannot read '\(path)': permission denied or unreadable")
        }
        return Array(data)
    }
}
