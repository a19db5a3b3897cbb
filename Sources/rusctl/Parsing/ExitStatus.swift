import Foundation
import RusRules

/// The exit codes of contract.md.
enum ExitStatus: Int32, Error {
    case success = 0
    case failures = 1
    case usage = 64
    case invalidInput = 65
    case unreadableInput = 66
    case internalError = 70
    /// The output could not be written (EX_IOERR): a full disk, a closed standard output.
    case outputFailed = 74
}
