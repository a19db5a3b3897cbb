/// Every error code an input can get (contract.md "Errors"), named once: the parser's, the
/// decoder's and the engine's for a case, and the loader's for rule data. Written in the JSON as
/// the raw value; ``ErrorText`` has a text for each case error, by an exhaustive switch.
public enum ErrorCode: String, CaseIterable, Sendable {
    // The parser (any JSON input).
    case invalidJSON = "invalid-json"
    case invalidUTF8 = "invalid-utf8"
    case duplicateKey = "duplicate-key"
    case tooDeep = "too-deep"
    case tooMany = "too-many"
    case tooLarge = "too-large"
    // A case's fields (the decoder).
    case wrongType = "wrong-type"
    case unknownKey = "unknown-key"
    case missingField = "missing-field"
    case invalidDate = "invalid-date"
    case dateOrder = "date-order"
    case outOfRange = "out-of-range"
    case invalidValue = "invalid-value"
    case ageMismatch = "age-mismatch"
    case emptyArray = "empty-array"
    case unknownAct = "unknown-act"
    case duplicateValue = "duplicate-value"
    case unknownSubstance = "unknown-substance"
    case unknownUnit = "unknown-unit"
    case unitMismatch = "unit-mismatch"
    // Deciding a case (the engine).
    case noRuleSet = "no-rule-set"
    case unknownRuleSet = "unknown-rule-set"
    case noRuleDecides = "no-rule-decides"
    /// The errors past the most one case reports.
    case moreErrors = "more-errors"
    // Rule data (the loader): never in a case.
    case duplicateID = "duplicate-id"
    case incomplete
    case invalidID = "invalid-id"
    case outOfOrder = "out-of-order"
    case unknownCitation = "unknown-citation"
    case unknownID = "unknown-id"

    /// Whether a case can get it (rule-data codes are for `rusctl check` and `--rules-file`).
    public var isCaseError: Bool {
        switch self {
        case .duplicateID, .incomplete, .invalidID, .outOfOrder, .unknownCitation, .unknownID: false
        default: true
        }
    }
}
