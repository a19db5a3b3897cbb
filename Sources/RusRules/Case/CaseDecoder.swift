import Foundation

/// Turns a parsed case into a ``Case``, or into every error it has (contract.md "Errors").
///
/// Error codes: those of ``ErrorCode`` that a case's fields can get (`wrong-type`,
/// `unknown-key`, `missing-field`, …), and the parser's (`invalid-json`, `duplicate-key`, …).
public struct CaseDecoder: Sendable {
    /// The words a case may use for acts, substances and units.
    public let vocabulary: Vocabulary
    /// The fields a case may have (keys, required ones, kinds and ranges).
    public let declaration: CaseDeclaration

    /// A decoder for cases written with `vocabulary`'s words and `declaration`'s fields.
    public init(vocabulary: Vocabulary, declaration: CaseDeclaration = .standard) {
        self.vocabulary = vocabulary
        self.declaration = declaration
    }

    /// The ages accepted (contract: `ageAtOffence` 0–130), from the declaration.
    static let ageRange = CaseField.ageAtOffence.range!
    static let priorReactionsRange = CaseField.priorDrugReactions.range!
    /// The most substance entries one case may list.
    public static let maximumSubstances: Int = {
        if case .substances(let maximum) = CaseField.substances.kind { return maximum }
        return 0
    }()

    /// The places of a case other than `place`, with their keys: where a key written at the wrong
    /// level belongs.
    private func places(besides place: CaseField.Place) -> [KeyPlace] {
        CaseField.Place.allCases.filter { $0 != place }.map { other in
            KeyPlace(
                path: other == .case ? "" : other == .person ? "person" : "substances", isList: other == .substance,
                keys: declaration.keys(at: other), spokenNames: declaration.spokenNames(at: other))
        }
    }

    /// The case, or all its errors in document order of the checks.
    public func decode(_ value: JSONValue) -> Result<Case, CaseErrors> {
        var reader = StrictReader()
        let root = JSONPointer.root
        guard
            let object = reader.object(
                value, at: root, required: declaration.requiredKeys(at: .case),
                optional: declaration.keys(at: .case), spokenNames: declaration.spokenNames(at: .case),
                elsewhere: places(besides: .case))
        else {
            return .failure(
                CaseErrors(
                    id: nil,
                    errors: [
                        InputError(
                            code: .wrongType, pointer: root, message: "expected a case object, found \(value.typeName)",
                            details: ["expected": "case", "found": value.typeName])
                    ]))
        }
        let id = reader.string(object, "id", at: root)
        let offenceDate = reader.date(object, "offenceDate", at: root)
        let decisionDate = reader.date(object, "decisionDate", at: root)
        if let offenceDate, let decisionDate, decisionDate < offenceDate {
            reader.fail(
                .dateOrder, root.appending("decisionDate"),
                "decision date \(decisionDate) is before the offence date \(offenceDate)",
                [
                    "value": decisionDate.description, "relation": "before", "otherField": "offenceDate",
                    "otherDate": offenceDate.description,
                ])
        }
        let person = decodePerson(object["person"], offenceDate: offenceDate, reader: &reader)
        let acts = decodeActs(object, reader: &reader)
        let ownUse = reader.bool(object, "ownUse", at: root)
        let otherOffences = reader.bool(object, "otherOffences", at: root)
        let substances = decodeSubstances(object, useOnly: acts == [.use], reader: &reader)

        var declaredFacts: [String: JSONValue] = [:]
        for field in declaration.additionalFields {
            let (object, at) =
                field.place == .person
                ? (object["person"]?.objectValue, root.appending("person")) : (object, root)
            guard let object, let value = object[field.key] else { continue }
            if decodeDeclared(field, value, at: at.appending(field.key), reader: &reader) {
                declaredFacts[field.key] = value
            }
        }

        guard reader.errors.isEmpty, let offenceDate, let person, let acts, let substances else {
            return .failure(CaseErrors(id: id, errors: reader.errors))
        }
        var theCase = Case(
            unchecked: id, offenceDate: offenceDate, decisionDate: decisionDate, person: person, acts: acts,
            ownUse: ownUse ?? true, substances: substances, otherOffences: otherOffences ?? false)
        theCase.declaredFacts = declaredFacts
        return .success(theCase)
    }

    /// Checks the value of a field added to the declaration by its kind; true when it is right.
    private func decodeDeclared(_ field: CaseField, _ value: JSONValue, at pointer: JSONPointer, reader: inout StrictReader) -> Bool {
        let before = reader.errors.count
        let holder = JSONObject([JSONObject.Member(key: field.key, value: value)])
        let parent = JSONPointer(tokens: Array(pointer.tokens.dropLast()))
        switch field.kind {
        case .text: _ = reader.string(holder, field.key, at: parent)
        case .date: _ = reader.date(holder, field.key, at: parent)
        case .boolean: _ = reader.bool(holder, field.key, at: parent)
        case .wholeNumber(let range): _ = reader.integer(holder, field.key, at: parent, in: range)
        case .amount: _ = reader.positiveDecimal(holder, field.key, at: parent)
        case .dependency, .person, .acts, .substances, .substanceName, .unit:
            // Kinds the engine reads through properties of its own; an added field of such a
            // kind is kept as read.
            break
        }
        return reader.errors.count == before
    }

    private func decodePerson(_ value: JSONValue?, offenceDate: LegalDate?, reader: inout StrictReader) -> Person? {
        let at = JSONPointer.root.appending("person")
        guard
            let object = reader.object(
                value, at: at, required: declaration.requiredKeys(at: .person),
                optional: declaration.keys(at: .person), spokenNames: declaration.spokenNames(at: .person),
                elsewhere: places(besides: .person))
        else { return nil }
        let birthDate = reader.date(object, "birthDate", at: at)
        let givenAge = reader.integer(object, "ageAtOffence", at: at, in: Self.ageRange)
        var age = givenAge
        if object["birthDate"] == nil && object["ageAtOffence"] == nil {
            reader.fail(
                .missingField, at.appending("birthDate"), "one of birthDate or ageAtOffence is required",
                ["alternative": "birthDate"])
        }
        if let birthDate, let offenceDate {
            if birthDate > offenceDate {
                reader.fail(
                    .dateOrder, at.appending("birthDate"),
                    "birth date \(birthDate) is after the offence date \(offenceDate)",
                    [
                        "value": birthDate.description, "relation": "after", "otherField": "offenceDate",
                        "otherDate": offenceDate.description,
                    ])
            } else {
                let computed = offenceDate.completedYears(since: birthDate)
                if let givenAge, givenAge != computed {
                    reader.fail(
                        .ageMismatch, at.appending("ageAtOffence"),
                        "ageAtOffence \(givenAge) disagrees with birthDate \(birthDate), which gives \(computed) on \(offenceDate)",
                        ["given": String(givenAge), "computed": String(computed)])
                }
                if !Self.ageRange.contains(computed) {
                    reader.fail(
                        .outOfRange, at.appending("birthDate"),
                        "birth date \(birthDate) gives age \(computed); expected \(Self.ageRange.lowerBound) to \(Self.ageRange.upperBound)",
                        ["value": String(computed), "min": String(Self.ageRange.lowerBound), "max": String(Self.ageRange.upperBound)])
                }
                age = computed
            }
        }
        var dependent = Dependency.no
        if let value = object["dependent"] {
            switch value {
            case .bool(let flag): dependent = flag ? .yes : .no
            case .string("doubtful"): dependent = .doubtful
            default:
                // Doubt written as a word, in either language, is answered with how to write it.
                let doubt: [String: String] =
                    if case .string(let word) = value, AnswerWords.isDoubt(word) {
                        ["written": "\"doubtful\""]
                    } else {
                        [:]
                    }
                reader.fail(
                    .invalidValue, at.appending("dependent"),
                    "expected true, false or \"doubtful\", found \(JSONParser.shortened(JSONWriter.compact(value)))",
                    StrictReader.rewritten(value, as: "boolean").merging(doubt) { $1 })
            }
        }
        let prior = reader.integer(object, "priorDrugReactions", at: at, in: Self.priorReactionsRange)
        let consent = reader.bool(object, "consent", at: at)
        let guardianConsent = reader.bool(object, "guardianConsent", at: at)
        guard let age else { return nil }
        return Person(
            birthDate: birthDate, ageAtOffence: age, dependent: dependent, priorDrugReactions: prior ?? 0,
            consent: consent, guardianConsent: guardianConsent)
    }

    private func decodeActs(_ object: JSONObject, reader: inout StrictReader) -> [Act]? {
        let at = JSONPointer.root.appending("acts")
        guard let elements = reader.array(object, "acts", at: .root, nonEmpty: true) else { return nil }
        var acts: [Act] = []
        var valid = true
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                reader.fail(
                    .wrongType, at.appending(index), "expected a string, found \(element.typeName)",
                    ["expected": "string", "found": element.typeName])
                valid = false
                continue
            }
            guard let act = vocabulary.act(named: text) else {
                let names = vocabulary.actWords
                let hint = StrictReader.closest(to: text, in: names).map { " (did you mean \"\($0)\"?)" } ?? ""
                let choices = vocabulary.acts.map { "\($0.act.rawValue) (\($0.aliases.joined(separator: ", ")))" }
                reader.fail(
                    .unknownAct, at.appending(index),
                    "unknown act \"\(JSONParser.shortened(text))\"\(hint); expected one of: \(choices.joined(separator: ", "))",
                    ["value": text, "suggestion": StrictReader.closest(to: text, in: names)].compactMapValues { $0 })
                valid = false
                continue
            }
            if acts.contains(act) {
                reader.fail(
                    .duplicateValue, at.appending(index), "act \"\(JSONParser.shortened(text))\" is listed twice",
                    ["value": JSONParser.shortened(text)])
                valid = false
                continue
            }
            acts.append(act)
        }
        return valid ? acts : nil
    }

    private func decodeSubstances(_ object: JSONObject, useOnly: Bool, reader: inout StrictReader) -> [SubstanceAmount]? {
        let listAt = JSONPointer.root.appending("substances")
        guard let elements = reader.array(object, "substances", at: .root, nonEmpty: true) else { return nil }
        guard elements.count <= Self.maximumSubstances else {
            reader.fail(
                .tooMany, listAt, "\(elements.count) substances; at most \(Self.maximumSubstances) per case",
                ["what": "substances", "count": String(elements.count)])
            return nil
        }
        var substances: [SubstanceAmount] = []
        for (index, element) in elements.enumerated() {
            let at = listAt.appending(index)
            guard
                let entry = reader.object(
                    element, at: at, required: declaration.requiredKeys(at: .substance),
                    optional: declaration.keys(at: .substance), spokenNames: declaration.spokenNames(at: .substance),
                    elsewhere: places(besides: .substance)),
                let name = reader.string(entry, "substance", at: at)
            else { continue }
            let amount = reader.positiveDecimal(entry, "amount", at: at)
            let writtenUnit = reader.string(entry, "unit", at: at)
            guard let substance = vocabulary.substance(named: name) else {
                let names = vocabulary.substanceWords
                let meant = vocabulary.substanceWord(meant: name)
                let hint = meant.map { " (did you mean \"\($0)\"?)" } ?? ""
                reader.fail(
                    .unknownSubstance, at.appending("substance"),
                    "unknown substance \"\(JSONParser.shortened(name))\"\(hint); expected one of: \(names.joined(separator: ", "))",
                    ["value": name, "suggestion": meant].compactMapValues { $0 })
                continue
            }
            // Units are kept as their ids: "gram" and " G " are g.
            let unitText = writtenUnit.map { vocabulary.unit(named: $0)?.id ?? $0 }
            if let writtenUnit, let unitText {
                if vocabulary.unit(unitText) == nil {
                    let words = vocabulary.units.filter { substance.units.contains($0.id) }.flatMap { [$0.id] + $0.aliases }
                    let hint = StrictReader.closest(to: writtenUnit, in: words).map { " (did you mean \"\($0)\"?)" } ?? ""
                    let counting = substance.notUnitHint(writtenUnit).map { " — " + $0.en } ?? ""
                    reader.fail(
                        .unknownUnit, at.appending("unit"),
                        "unknown unit \"\(JSONParser.shortened(writtenUnit))\"\(hint); \(substance.id) is measured in \(substance.units.joined(separator: ", "))\(counting)",
                        [
                            "value": writtenUnit, "units": substance.units.joined(separator: ","), "substance": substance.id,
                            "suggestion": StrictReader.closest(to: writtenUnit, in: words),
                        ].compactMapValues { $0 })
                } else if !substance.units.contains(unitText) {
                    reader.fail(
                        .unitMismatch, at.appending("unit"),
                        "unit \"\(JSONParser.shortened(writtenUnit))\" does not fit \(substance.id); use \(Self.list(substance.units))",
                        ["value": JSONParser.shortened(writtenUnit), "substance": substance.id, "units": substance.units.joined(separator: ",")])
                }
            }
            for (key, other) in [("amount", "unit"), ("unit", "amount")] where entry[key] == nil {
                if !useOnly {
                    reader.fail(
                        .missingField, at.appending(key), "\(key) is required unless acts is exactly [\"use\"]",
                        ["key": key, "unless": "use-only"])
                } else if entry[other] != nil {
                    reader.fail(.missingField, at.appending(key), "\(key) is required together with \(other)", ["key": key])
                }
            }
            substances.append(SubstanceAmount(substance: substance.id, amount: amount, unit: unitText))
        }
        return substances
    }

    /// "g, mg or kg".
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}

/// Everything wrong with one case, reported together — at most ``maximumErrors``, then one
/// more saying how many were left out — and, in a batch, which case it is.
public struct CaseErrors: Error, Sendable, Equatable {
    /// The case's `id`, when it could be read.
    public let id: String?
    /// Every error found in the case, in the order of the checks.
    public let errors: [InputError]
    /// The case's place in a batch: its 0-based position, and the line it starts on when the
    /// input has lines (contract.md "Errors"); nil for a single case.
    public private(set) var location: CaseLocation?

    /// The most errors listed for one case; a case with more ends its list with `more-errors`.
    public static let maximumErrors = 50

    /// The errors of one case, with its id and its place in a batch where known.
    public init(id: String?, errors: [InputError], location: CaseLocation? = nil) {
        self.id = id
        self.location = location
        guard errors.count > Self.maximumErrors else {
            self.errors = errors
            return
        }
        let left = errors.count - (Self.maximumErrors - 1)
        self.errors =
            Array(errors.prefix(Self.maximumErrors - 1)) + [
                InputError(
                    code: .moreErrors, pointer: .root, message: "and \(left) more errors in this case, not listed; correct these first",
                    details: ["count": String(left)])
            ]
    }

    /// The same errors at `location` (a batch's case).
    public func located(_ location: CaseLocation?) -> CaseErrors {
        var located = self
        located.location = location ?? self.location
        return located
    }
}

/// Where a case stands in a batch: its 0-based position and, for input with lines, the 1-based
/// line it starts on.
public struct CaseLocation: Sendable, Equatable {
    /// The case's position in the input, from 0.
    public let index: Int
    /// The line the case starts on, from 1, where the input has lines.
    public let line: Int?

    /// A case's place in a batch.
    public init(index: Int, line: Int?) {
        self.index = index
        self.line = line
    }
}
