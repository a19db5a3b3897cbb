import Foundation
import RusRules

/// A file or standard input (`-`) read whole; failures map to exit 66.
enum InputSource {
    struct Unreadable: Error {
        let text: LocalizedText

        init(nb: String, en: String) { text = LocalizedText(nb: nb, en: en) }

        /// The message in the language of the tool's messages.
        func message(_ terminal: Terminal) -> String { text.text(terminal.language) }
    }

    static func read(_ path: String) throws(Unreadable) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        try requireFile(path)
        // A pipe (`<(…)`, /dev/stdin) has no size to read by: read it to its end instead.
        guard
            let data = FileManager.default.contents(atPath: path)
                ?? FileHandle(forReadingAtPath: path).map({ handle in handle.readDataToEndOfFile() })
        else { throw unreadable(path) }
        return Array(data)
    }

    /// Throws unless `path` names something that exists and is not a directory.
    static func requireFile(_ path: String) throws(Unreadable) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(nb: "kan ikke lese '\(path)': filen finnes ikke", en: "cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else {
            throw Unreadable(nb: "kan ikke lese '\(path)': det er en mappe", en: "cannot read '\(path)': it is a directory")
        }
    }

    /// A file that exists but cannot be opened or read.
    static func unreadable(_ path: String) -> Unreadable {
        Unreadable(nb: "kan ikke lese '\(path)': ingen tilgang, eller filen kan ikke leses", en: "cannot read '\(path)': permission denied or unreadable")
    }
}
