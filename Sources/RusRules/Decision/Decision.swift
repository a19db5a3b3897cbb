import Foundation

/// Whether a reaction is the one proposed, a possible alternative, or ruled out (with why).
public enum OptionStatus: String, Sendable, CaseIterable {
    /// The reaction the rules propose.
    case recommended
    /// A possible alternative.
    case available
    /// Ruled out; the option's reasons say why.
    case excluded
}

/// One reaction and what the rules say of it.
public struct Option: Sendable, Equatable {
    /// The reaction.
    public let reaction: Reaction
    /// Whether it is recommended, available or excluded.
    public let status: OptionStatus
    /// The conditions the rules propose for it (docs/law.md §5.2.5).
    public let conditions: [Condition]
    /// What must hold before it can be used: whose consent it needs (given or not yet known),
    /// and `limit-check` when it rests on a limit this tool does not know (docs/law.md §4).
    public let requires: [Requirement]
    /// Why, in both languages.
    public let reasons: [LocalizedText]
    /// The ids of the public sources the reasons rest on (``RuleBook/citation(_:)``).
    public let citations: [String]
}

/// What must hold before an option can be used (contract.md `options[].requires`).
public enum Requirement: String, Sendable, CaseIterable {
    /// The suspect's consent.
    case consent
    /// The guardian's consent (under 18).
    case guardianConsent
    /// The amount must be within a limit this tool does not know (docs/law.md §4).
    case limitCheck = "limit-check"

    init(_ party: ConsentParty) {
        switch party {
        case .consent: self = .consent
        case .guardianConsent: self = .guardianConsent
        }
    }

    /// The consent party this requirement asks for, if it asks for one.
    var party: ConsentParty? {
        switch self {
        case .consent: .consent
        case .guardianConsent: .guardianConsent
        case .limitCheck: nil
        }
    }
}

/// Under straffeloven § 3, the law that did not decide the case, and what it would have given
/// (contract.md `otherLaw`).
public struct OtherLaw: Sendable, Equatable {
    /// The id of the other rule set.
    public let ruleSet: String
    /// Its liability outcome.
    public let liability: Liability
    /// Its recommended reaction, if any.
    public let recommended: Reaction?
}

/// One limit a rule compared the case with (for legal coverage: was each limit tested at and
/// just above its value?).
public struct ThresholdCheck: Sendable, Hashable {
    /// The rule set that defines the table, and the table's name.
    public let definedBy: String
    /// The threshold table compared against.
    public let table: String
    /// The substance compared.
    public let substance: String
    /// The threshold's unit; `amount` is converted to it.
    public let unit: String
    /// The limit, or nil where it is unknown.
    public let limit: ExactDecimal?
    /// Nil in a use-only case without an amount, and where the amount is not compared.
    public let amount: ExactDecimal?
    /// The amount a use-only case names where the rule set covers use at any quantity: stated,
    /// in the threshold's unit, but not compared with the limit (docs/law.md §5.1.5).
    public var notCompared: ExactDecimal? = nil
}

/// A note, warning or trace line: a stable code, a text in both languages and its sources.
public struct Remark: Sendable, Equatable {
    /// The note's or warning's code (contract.md "Notes and warnings").
    public let code: String
    /// Its text in both languages.
    public let text: LocalizedText
    /// The ids of the public sources it rests on.
    public let citations: [String]
    /// What a later law would decide where it can change the answer (the warning
    /// `later-law-in-force-unknown`, docs/law.md §6); nil for every other remark.
    public internal(set) var otherOutcome: OtherLaw? = nil
    /// What the user of the command line can do about it ("state the date with --in-force …"):
    /// shown after the text by the command line and in the JSON `text`, never in a
    /// «begrunnelse», which is the legal reasoning alone.
    public internal(set) var instruction: LocalizedText? = nil
    /// Whether a note can change the answer, and so is stated first with the warnings
    /// (docs/law.md §6: straffeloven § 3, or a statute adopted but not yet in force, where the
    /// other law would decide otherwise); every warning is a caveat, whatever this says.
    public internal(set) var isCaveat = false

    /// The text with the instruction after it, as the command line shows it.
    public func fullText(_ language: Language) -> String {
        instruction.map { text.text(language) + " " + $0.text(language) } ?? text.text(language)
    }

    /// The text in brief (its shorter form where it has one: what it says without the reasons behind
    /// it) with the instruction after it, as the one-screen answer shows it.
    public func briefText(_ language: Language) -> String {
        instruction.map { text.brief(language) + " " + $0.text(language) } ?? text.brief(language)
    }

    /// A note or warning with its code, text and sources.
    public init(code: String, text: LocalizedText, citations: [String]) {
        self.code = code
        self.text = text
        self.citations = citations
    }
}

/// The answer for one case (contract.md "Decision").
public struct Decision: Sendable, Equatable {
    /// The case's own number or name, if it has one.
    public let id: String?
    /// The rule set asked for, by choice or by decision date.
    public let ruleSet: String
    /// The version of the rule set that decided.
    public let ruleSetVersion: String
    /// For a proposal: the rule set that decides what it does not cover.
    public let baseline: String?
    /// The rule set whose rules decided this case (the proposal, or its baseline).
    public let decidedBy: String
    /// The decision date used: the case's, or today's when it gave none.
    public let decisionDate: LegalDate
    /// Whether the decision date was assumed to be today.
    public let decisionDateAssumed: Bool
    /// The age in completed years on the offence date.
    public let ageAtOffence: Int
    /// The age track that age falls in.
    public let ageTrack: AgeTrack
    /// Whether and how the person is liable.
    public let liability: Liability
    /// The recommended reaction, nil when none applies (ordinary prosecution).
    public let recommended: Reaction?
    /// Every reaction, recommended first, then available, then excluded.
    public let options: [Option]
    /// Notes: facts a reader should know that do not change the answer.
    public let notes: [Remark]
    /// Caveats: what can change the answer, and how.
    public let warnings: [Remark]
    /// Each rule that fired, in order, with its values; `code` is the rule id.
    public let trace: [Remark]
    /// The proposal tier that decided the case, if one did.
    public let tier: String?
    /// Every rule that fired or decided an option, in order (the ids `rusctl rules catalog` lists).
    public let rulesApplied: [String]
    /// Every limit the case was compared with.
    public let thresholdChecks: [ThresholdCheck]
    /// Under straffeloven § 3 (docs/law.md §3): the other law and its outcome; nil otherwise.
    public internal(set) var otherLaw: OtherLaw? = nil
    /// Which rule set decides and why it applies (chosen, in force on the decision date, or
    /// weighed under straffeloven § 3), kept whatever the detail of the decision.
    public internal(set) var selection: Remark? = nil
    /// The acts and substances as read, normalised to their ids ("bruk" → use, "Hasj" →
    /// cannabis, "gram" → g), for the text answer to show what was decided.
    public internal(set) var acts: [Act] = []
    /// The substances as read, with canonical ids and units.
    public internal(set) var substances: [SubstanceAmount] = []
    /// The person's dependency as read (for the «begrunnelse»).
    public internal(set) var dependency: Dependency? = nil

    /// What can change the answer, stated first in text answers (docs/law.md §6): the notes
    /// marked as caveats, then the warnings.
    public var caveats: [Remark] { notes.filter(\.isCaveat) + warnings }

    /// The notes that are not caveats.
    public var plainNotes: [Remark] { notes.filter { !$0.isCaveat } }

    /// What the decision says of `reaction`, if it lists it.
    public func option(_ reaction: Reaction) -> Option? {
        options.first { $0.reaction == reaction }
    }
}

extension Decision {
    /// Appends the contract's JSON form, compact, to `output`. Texts are in `language`;
    /// `includeTrace` false leaves the trace out. This is the one place the form is spelled out:
    /// ``json(language:includeTrace:)`` reads back what it writes.
    package func write(to output: inout JSONOutput, language: Language, includeTrace: Bool = true) {
        output.openObject()
        if let id {
            output.key("id")
            output.string(id)
        }
        output.key("ruleSet")
        output.string(ruleSet)
        output.key("ruleSetVersion")
        output.string(ruleSetVersion)
        if let baseline {
            output.key("baseline")
            output.string(baseline)
        }
        output.key("decidedBy")
        output.string(decidedBy)
        if let tier {
            output.key("tier")
            output.string(tier)
        }
        output.key("decisionDate")
        output.string(decisionDate.description)
        output.key("decisionDateAssumed")
        output.bool(decisionDateAssumed)
        output.key("ageAtOffence")
        output.integer(ageAtOffence)
        output.key("ageTrack")
        output.string(ageTrack.rawValue)
        output.key("liability")
        output.string(liability.rawValue)
        output.key("recommended")
        if let recommended { output.string(recommended.rawValue) } else { output.null() }
        if let otherLaw {
            output.key("otherLaw")
            otherLaw.write(to: &output)
        }
        output.key("options")
        output.openArray()
        for option in options { option.write(to: &output, language: language) }
        output.closeArray()
        output.key("notes")
        output.openArray()
        for note in notes { note.write(to: &output, language: language) }
        output.closeArray()
        output.key("warnings")
        output.openArray()
        for warning in warnings { warning.write(to: &output, language: language) }
        output.closeArray()
        if includeTrace {
            output.key("trace")
            output.strings(trace.lazy.map { $0.traceLine(language: language) })
        }
        output.closeObject()
    }

    /// The contract's JSON form as a value (for pretty printing and for fixtures).
    public func json(language: Language, includeTrace: Bool = true) -> JSONValue {
        var output = JSONOutput()
        write(to: &output, language: language, includeTrace: includeTrace)
        guard let value = JSONParser.parse(output.bytes).value else {
            preconditionFailure("Decision.write wrote invalid JSON")
        }
        return value
    }
}

extension OtherLaw {
    func write(to output: inout JSONOutput) {
        output.openObject()
        output.key("ruleSet")
        output.string(ruleSet)
        output.key("liability")
        output.string(liability.rawValue)
        output.key("recommended")
        if let recommended { output.string(recommended.rawValue) } else { output.null() }
        output.closeObject()
    }
}

extension Option {
    func write(to output: inout JSONOutput, language: Language) {
        output.openObject()
        output.key("reaction")
        output.string(reaction.rawValue)
        output.key("status")
        output.string(status.rawValue)
        if status != .excluded {
            output.key("conditions")
            output.strings(conditions.lazy.map(\.rawValue))
            output.key("requires")
            output.strings(requires.lazy.map(\.rawValue))
        }
        output.key("reasons")
        output.strings(reasons.lazy.map { $0.text(language) })
        output.key("citations")
        output.strings(citations)
        output.closeObject()
    }
}

extension Remark {
    func write(to output: inout JSONOutput, language: Language) {
        output.openObject()
        output.key("code")
        output.string(code)
        output.key("text")
        output.string(fullText(language))
        output.key("citations")
        output.strings(citations)
        if let otherOutcome {
            output.key("otherOutcome")
            otherOutcome.write(to: &output)
        }
        output.closeObject()
    }

    /// `rule-id: what it found [citation, …]`, the form of a trace line.
    public func traceLine(language: Language) -> String {
        let sources = citations.isEmpty ? "" : " [" + citations.joined(separator: ", ") + "]"
        return "\(code): \(text.text(language))\(sources)"
    }
}

extension CaseErrors {
    /// The contract's error object: `error` is the first, `errors` all of them; in a batch the
    /// object and each error carry the case's `index` and `line`, and each error its own `line`
    /// and `column` where the parser found it; given a language, each error its plain `text`.
    public func json(language: Language? = nil) -> JSONValue {
        var object = JSONObject()
        if let id { object.append("id", .string(id)) }
        if let location {
            object.append("index", .number(JSONNumber(location.index)))
            if let line = location.line { object.append("line", .number(JSONNumber(line))) }
        }
        let list = errors.map { error -> JSONValue in
            var entry = JSONObject([
                "code": .string(error.code), "pointer": .string(error.pointer.description),
                "message": .string(error.message),
            ])
            if let language { entry.append("text", .string(ErrorText.plain(error, language))) }
            if let location { entry.append("index", .number(JSONNumber(location.index))) }
            if let line = error.line ?? location?.line { entry.append("line", .number(JSONNumber(line))) }
            if let column = error.column { entry.append("column", .number(JSONNumber(column))) }
            return .object(entry)
        }
        object.append("error", list.first ?? .null)
        object.append("errors", .array(list))
        return .object(object)
    }
}
