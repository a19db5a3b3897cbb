import Foundation

/// Whether a reaction is the one proposed, a possible alternative, or ruled out (with why).
public enum OptionStatus: String, Sendable, CaseIterable {
    case recommended, available, excluded
}

/// One reaction and what the rules say of it.
public struct Option: Sendable, Equatable {
    public let reaction: Reaction
    public let status: OptionStatus
    /// The conditions the rules propose for it (rules.md §5.2.5).
    public let conditions: [Condition]
    /// Whose consent it needs, given or not yet known.
    public let requires: [ConsentParty]
    public let reasons: [LocalizedText]
    public let citations: [String]
}

/// One limit a rule compared the case with (for legal coverage: was each limit tested at and
/// just above its value?).
public struct ThresholdCheck: Sendable, Hashable {
    /// The rule set that defines the table, and the table's name.
    public let definedBy: String
    public let table: String
    public let substance: String
    /// The threshold's unit; `amount` is converted to it.
    public let unit: String
    public let limit: Decimal?
    /// Nil in a use-only case without an amount.
    public let amount: Decimal?
}

/// A note, warning or trace line: a stable code, a text in both languages and its sources.
public struct Remark: Sendable, Equatable {
    public let code: String
    public let text: LocalizedText
    public let citations: [String]

    public init(code: String, text: LocalizedText, citations: [String]) {
        self.code = code
        self.text = text
        self.citations = citations
    }
}

/// The answer for one case (contract.md "Decision").
public struct Decision: Sendable, Equatable {
    public let id: String?
    /// The rule set asked for, by choice or by decision date.
    public let ruleSet: String
    public let ruleSetVersion: String
    /// For a proposal: the rule set that decides what it does not cover.
    public let baseline: String?
    /// The rule set whose rules decided this case (the proposal, or its baseline).
    public let decidedBy: String
    public let decisionDate: LegalDate
    public let decisionDateAssumed: Bool
    public let ageAtOffence: Int
    public let ageTrack: AgeTrack
    public let liability: Liability
    public let recommended: Reaction?
    /// Every reaction, recommended first, then available, then excluded.
    public let options: [Option]
    public let notes: [Remark]
    public let warnings: [Remark]
    /// Each rule that fired, in order, with its values; `code` is the rule id.
    public let trace: [Remark]
    /// The proposal tier that decided the case, if one did.
    public let tier: String?
    /// Every rule that fired or decided an option, in order (ids of ``RuleRegistry``).
    public let rulesApplied: [String]
    /// Every limit the case was compared with.
    public let thresholdChecks: [ThresholdCheck]

    public func option(_ reaction: Reaction) -> Option? {
        options.first { $0.reaction == reaction }
    }
}

extension Decision {
    /// The contract's JSON form. Texts are in `language`; `includeTrace` false leaves it out.
    public func json(language: Language, includeTrace: Bool = true) -> JSONValue {
        var object = JSONObject()
        if let id { object.append("id", .string(id)) }
        object.append("ruleSet", .string(ruleSet))
        object.append("ruleSetVersion", .string(ruleSetVersion))
        if let baseline { object.append("baseline", .string(baseline)) }
        object.append("decidedBy", .string(decidedBy))
        if let tier { object.append("tier", .string(tier)) }
        object.append("decisionDate", .string(decisionDate.description))
        object.append("decisionDateAssumed", .bool(decisionDateAssumed))
        object.append("ageAtOffence", .number(JSONNumber(ageAtOffence)))
        object.append("ageTrack", .string(ageTrack.rawValue))
        object.append("liability", .string(liability.rawValue))
        object.append("recommended", recommended.map { .string($0.rawValue) } ?? .null)
        object.append("options", .array(options.map { $0.json(language: language) }))
        object.append("notes", .array(notes.map { $0.json(language: language) }))
        object.append("warnings", .array(warnings.map { $0.json(language: language) }))
        if includeTrace {
            object.append("trace", .array(trace.map { .string($0.traceLine(language: language)) }))
        }
        return .object(object)
    }
}

extension Option {
    func json(language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("reaction", .string(reaction.rawValue))
        object.append("status", .string(status.rawValue))
        if status != .excluded {
            object.append("conditions", .array(conditions.map { .string($0.rawValue) }))
            object.append("requires", .array(requires.map { .string($0.rawValue) }))
        }
        object.append("reasons", .array(reasons.map { .string($0.text(language)) }))
        object.append("citations", .array(citations.map { .string($0) }))
        return .object(object)
    }
}

extension Remark {
    func json(language: Language) -> JSONValue {
        .object(JSONObject([
            "code": .string(code), "text": .string(text.text(language)),
            "citations": .array(citations.map { .string($0) }),
        ]))
    }

    /// `rule-id: what it found [citation, …]`, the form of a trace line.
    public func traceLine(language: Language) -> String {
        let sources = citations.isEmpty ? "" : " [" + citations.joined(separator: ", ") + "]"
        return "\(code): \(text.text(language))\(sources)"
    }
}

extension CaseErrors {
    /// The contract's error object: `error` is the first, `errors` all of them.
    public func json() -> JSONValue {
        var object = JSONObject()
        if let id { object.set("id", .string(id)) }
        let list = errors.map { error -> JSONValue in
            .object(JSONObject([
                "code": .string(error.code), "pointer": .string(error.pointer.description),
                "message": .string(error.message),
            ]))
        }
        object.set("error", list.first ?? .null)
        object.set("errors", .array(list))
        return .object(object)
    }
}
