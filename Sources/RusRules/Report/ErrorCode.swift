/// Every error code an input can get (contract.md "Errors"), named once: the parser's, the
/// decoder's and the engine's for a case, and the loader's for rule data. Written in the JSON as
/// the raw value; ``ErrorText`` has a text for each case error, by an exhaustive switch.
public enum ErrorCode: String, CaseIterable, Sendable {
    // The parser (any JSON input).
    /// `invalid-json`: the input is not JSON.
    case invalidJSON = "invalid-json"
    /// `invalid-utf8`: the input is not UTF-8 text.
    case invalidUTF8 = "invalid-utf8"
    /// `duplicate-key`: a key appears twice in one object.
    case duplicateKey = "duplicate-key"
    /// `too-deep`: nested deeper than a case can be.
    case tooDeep = "too-deep"
    /// `too-many`: more elements than a case can have.
    case tooMany = "too-many"
    /// `too-large`: a case or a value larger than allowed.
    case tooLarge = "too-large"
    // A case's fields (the decoder).
    /// `wrong-type`: a value of the wrong JSON type.
    case wrongType = "wrong-type"
    /// `unknown-key`: a key the case declaration does not have.
    case unknownKey = "unknown-key"
    /// `missing-field`: a required field is missing.
    case missingField = "missing-field"
    /// `invalid-date`: not a date in the form YYYY-MM-DD, or one that does not exist.
    case invalidDate = "invalid-date"
    /// `date-order`: the dates are in an impossible order.
    case dateOrder = "date-order"
    /// `out-of-range`: a number outside its range.
    case outOfRange = "out-of-range"
    /// `invalid-value`: a value the field does not allow.
    case invalidValue = "invalid-value"
    /// `age-mismatch`: the age does not follow from the birth date.
    case ageMismatch = "age-mismatch"
    /// `empty-array`: a list that must have an element has none.
    case emptyArray = "empty-array"
    /// `unknown-act`: an act the vocabulary does not have.
    case unknownAct = "unknown-act"
    /// `duplicate-value`: a value given twice in one list.
    case duplicateValue = "duplicate-value"
    /// `unknown-substance`: a substance the vocabulary does not have.
    case unknownSubstance = "unknown-substance"
    /// `unknown-unit`: a unit the vocabulary does not have.
    case unknownUnit = "unknown-unit"
    /// `unit-mismatch`: a unit the substance cannot be given in.
    case unitMismatch = "unit-mismatch"
    // Deciding a case (the engine).
    /// `no-rule-set`: no rule set applies to the decision date.
    case noRuleSet = "no-rule-set"
    /// `unknown-rule-set`: the rule set asked for does not exist.
    case unknownRuleSet = "unknown-rule-set"
    /// `no-rule-decides`: no rule of the rule set decides the case.
    case noRuleDecides = "no-rule-decides"
    /// The errors past the most one case reports.
    case moreErrors = "more-errors"
    // Rule data (the loader): never in a case.
    /// `duplicate-id`: rule data gives one id twice.
    case duplicateID = "duplicate-id"
    /// `incomplete`: rule data lacks a part it must have.
    case incomplete
    /// `invalid-id`: rule data has an id that cannot be one.
    case invalidID = "invalid-id"
    /// `out-of-order`: rule data's limits or periods are out of order.
    case outOfOrder = "out-of-order"
    /// `unknown-citation`: rule data cites a source the registry does not have.
    case unknownCitation = "unknown-citation"
    /// `unknown-id`: rule data refers to an id that does not exist.
    case unknownID = "unknown-id"

    /// Whether a case can get it (rule-data codes are for `rusctl check` and `--rules-file`).
    public var isCaseError: Bool {
        switch self {
        case .duplicateID, .incomplete, .invalidID, .outOfOrder, .unknownCitation, .unknownID: false
        default: true
        }
    }
}
