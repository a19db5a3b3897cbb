import Foundation
import RusRules

/// What an engine built on Foundation's Codable would do for `evaluate --format json`: decode
/// each NDJSON line with `JSONDecoder` into Codable types, make the same decision with the same
/// engine, and encode the same decision object with `JSONEncoder`. It reports no pointers and
/// accepts unknown keys — it is the speed reference, not an alternative.
enum FoundationBaseline {
    struct SubstanceEntry: Codable {
        let substance: String
        let amount: Decimal?
        let unit: String?
    }

    struct PersonEntry: Codable {
        let birthDate: String?
        let ageAtOffence: Int?
        let dependent: DependentValue?
        let priorDrugReactions: Int?
        let consent: Bool?
        let guardianConsent: Bool?
    }

    enum DependentValue: Codable {
        case flag(Bool), doubtful

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .flag(flag) } else { self = .doubtful }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .flag(let flag): try container.encode(flag)
            case .doubtful: try container.encode("doubtful")
            }
        }
    }

    struct CaseEntry: Codable {
        let id: String?
        let offenceDate: String
        let decisionDate: String?
        let person: PersonEntry
        let acts: [String]
        let ownUse: Bool?
        let substances: [SubstanceEntry]
        let otherOffences: Bool?
    }

    struct RemarkEntry: Codable {
        let code: String
        let text: String
        let citations: [String]
    }

    struct OptionEntry: Codable {
        let reaction: String
        let status: String
        let conditions: [String]?
        let requires: [String]?
        let reasons: [String]
        let citations: [String]
    }

    struct DecisionEntry: Codable {
        let id: String?
        let ruleSet: String
        let ruleSetVersion: String
        let decidedBy: String
        let decisionDate: String
        let decisionDateAssumed: Bool
        let ageAtOffence: Int
        let ageTrack: String
        let liability: String
        let recommended: String?
        let options: [OptionEntry]
        let notes: [RemarkEntry]
        let warnings: [RemarkEntry]
    }

    /// Decides every line; returns the bytes written (to keep the work from being optimised away).
    static func run(lines: [Data], engine: Engine, today: LegalDate) throws -> Int {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        var written = 0
        for line in lines {
            let entry = try decoder.decode(CaseEntry.self, from: line)
            let theCase = try makeCase(entry, vocabulary: engine.book.vocabulary)
            guard case .success(let decision) = engine.evaluate(theCase, today: today) else { continue }
            written += try encoder.encode(decisionEntry(decision)).count + 1
        }
        return written
    }

    struct Invalid: Error {}

    static func makeCase(_ entry: CaseEntry, vocabulary: Vocabulary) throws -> Case {
        guard let offence = LegalDate(entry.offenceDate) else { throw Invalid() }
        let birth = entry.person.birthDate.flatMap { LegalDate($0) }
        let age = entry.person.ageAtOffence ?? birth.map { offence.completedYears(since: $0) } ?? 0
        let dependency: Dependency =
            switch entry.person.dependent {
            case .flag(true)?: .yes
            case .doubtful?: .doubtful
            default: .no
            }
        return Case(
            unchecked: entry.id, offenceDate: offence, decisionDate: entry.decisionDate.flatMap { LegalDate($0) },
            person: Person(
                birthDate: birth, ageAtOffence: age, dependent: dependency,
                priorDrugReactions: entry.person.priorDrugReactions ?? 0, consent: entry.person.consent,
                guardianConsent: entry.person.guardianConsent),
            acts: entry.acts.compactMap(Act.init(rawValue:)), ownUse: entry.ownUse ?? true,
            substances: entry.substances.map {
                SubstanceAmount(
                    substance: vocabulary.substance(named: $0.substance)?.id ?? $0.substance, amount: $0.amount.flatMap { ExactDecimal($0.description) },
                    unit: $0.unit)
            },
            otherOffences: entry.otherOffences ?? false)
    }

    static func decisionEntry(_ decision: Decision) -> DecisionEntry {
        DecisionEntry(
            id: decision.id, ruleSet: decision.ruleSet, ruleSetVersion: decision.ruleSetVersion, decidedBy: decision.decidedBy,
            decisionDate: decision.decisionDate.description, decisionDateAssumed: decision.decisionDateAssumed,
            ageAtOffence: decision.ageAtOffence, ageTrack: decision.ageTrack.rawValue, liability: decision.liability.rawValue,
            recommended: decision.recommended?.rawValue,
            options: decision.options.map { option in
                OptionEntry(
                    reaction: option.reaction.rawValue, status: option.status.rawValue,
                    conditions: option.status == .excluded ? nil : option.conditions.map(\.rawValue),
                    requires: option.status == .excluded ? nil : option.requires.map(\.rawValue),
                    reasons: option.reasons.map { $0.text(.nb) }, citations: option.citations)
            },
            notes: decision.notes.map { RemarkEntry(code: $0.code, text: $0.text.text(.nb), citations: $0.citations) },
            warnings: decision.warnings.map { RemarkEntry(code: $0.code, text: $0.text.text(.nb), citations: $0.citations) })
    }
}
