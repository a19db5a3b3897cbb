import Foundation

/// One line typed in a terminal, with the keys people expect: ← and → move, Home/End (Ctrl-A,
/// Ctrl-E) jump, Backspace and Delete erase, Ctrl-U clears, ↑ brings back `previous`. Used when
/// standard input is a terminal; otherwise lines are read as they come.
struct LineEditor {
    /// The line, or nil at the end of the input (Ctrl-D on an empty line).
    static func read(prompt: String, previous: String? = nil) -> String? {
        guard isatty(STDIN_FILENO) == 1, let saved = rawMode() else { return readLine() }
        defer { var restore = saved; tcsetattr(STDIN_FILENO, TCSANOW, &restore) }
        var line: [Character] = []
        var cursor = 0
        func redraw() {
            let text = String(line)
            let back = line.count - cursor
            write("\r\u{1B}[K" + prompt + text + (back > 0 ? "\u{1B}[\(back)D" : ""))
        }
        while let byte = readByte() {
            switch byte {
            case 0x0D, 0x0A:
                write("\r\n")
                return String(line)
            case 0x04:
                if line.isEmpty { write("\r\n"); return nil }
                if cursor < line.count { line.remove(at: cursor) }
            case 0x03:
                write("^C\r\n")
                return "avbryt"
            case 0x7F, 0x08:
                if cursor > 0 { line.remove(at: cursor - 1); cursor -= 1 }
            case 0x01: cursor = 0
            case 0x05: cursor = line.count
            case 0x15: line.removeAll(); cursor = 0
            case 0x1B:
                switch escapeSequence() {
                case "[D": cursor = max(0, cursor - 1)
                case "[C": cursor = min(line.count, cursor + 1)
                case "[H", "OH", "[1~": cursor = 0
                case "[F", "OF", "[4~": cursor = line.count
                case "[3~": if cursor < line.count { line.remove(at: cursor) }
                case "[A": if let previous { line = Array(previous); cursor = line.count }
                default: break
                }
            default:
                guard byte >= 0x20, let character = utf8Character(startingWith: byte) else { continue }
                line.insert(character, at: cursor)
                cursor += 1
            }
            redraw()
        }
        write("\r\n")
        return line.isEmpty ? nil : String(line)
    }

    /// The terminal's settings before raw mode, or nil when it cannot be set.
    private static func rawMode() -> termios? {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return nil }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
        return original
    }

    private static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// The rest of an escape sequence: "[D" for ←, "[3~" for Delete, "OH" for Home.
    private static func escapeSequence() -> String {
        guard let first = readByte() else { return "" }
        var sequence = String(UnicodeScalar(first))
        guard first == UInt8(ascii: "[") || first == UInt8(ascii: "O") else { return sequence }
        while let next = readByte() {
            sequence.append(Character(UnicodeScalar(next)))
            if (0x40...0x7E).contains(next) { break }
        }
        return sequence
    }

    /// A whole UTF-8 character whose first byte is `first` (æ, ø and å take two bytes).
    private static func utf8Character(startingWith first: UInt8) -> Character? {
        var bytes = [first]
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        guard length > 0 else { return nil }
        while bytes.count < length, let next = readByte() { bytes.append(next) }
        return String(bytes: bytes, encoding: .utf8)?.first
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, bytes.count) }
    }
}
