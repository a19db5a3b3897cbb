/// JSON Schemas (draft 2020-12) for the case and the decision (`docs/schema/`), generated from
/// the data the decoder and the writer use: the keys ``CaseDecoder`` accepts, its ranges, the
/// vocabulary's acts, substances and units with every accepted spelling, and the ids of the
/// enums a decision is written from. An editor uses the case schema for completion and checking;
/// CI validates every fixture's case and every decision with a JSON Schema validator.
///
/// The schema accepts what the decoder accepts as far as a schema can say it: names in any letter
/// case and with spaces around them (a pattern beside the list of names, which editors offer for
/// completion). What only the decoder checks — a real calendar date, dates in order, a unit that
/// fits its substance, an age that matches the birth date — is said in the descriptions.
public enum JSONSchemas {
    /// The case schema, field by field from `declaration`: each field's kind, range, default
    /// and help; the words the vocabulary accepts for acts, substances and units.
    public static func caseSchema(vocabulary: Vocabulary, declaration: CaseDeclaration = .standard) -> JSONValue {
        func schema(_ field: CaseField) -> JSONValue {
            var members = JSONObject()
            switch field.kind {
            case .text:
                members.append("type", "string")
            case .date:
                members.append("type", "string")
                members.append("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
            case .boolean:
                members.append("type", "boolean")
            case .wholeNumber(let range):
                members.append("type", "integer")
                members.append("minimum", .number(JSONNumber(range.lowerBound)))
                members.append("maximum", .number(JSONNumber(range.upperBound)))
            case .dependency:
                members.append("enum", [true, false, "doubtful"])
            case .person:
                members.append("type", "object")
                members.append("additionalProperties", false)
                // A cross-field rule the decoder checks: one of the two, agreeing when both.
                members.append(
                    "anyOf",
                    [
                        .object(JSONObject(["required": [.string(CaseField.birthDate.key)]])),
                        .object(JSONObject(["required": [.string(CaseField.ageAtOffence.key)]])),
                    ])
                members.append("required", .array(declaration.requiredKeys(at: .person).map { .string($0) }))
                members.append("properties", properties(.person))
            case .acts:
                members.append("type", "array")
                members.append("minItems", 1)
                members.append("uniqueItems", true)
                members.append("items", words(vocabulary.actWords, "use (bruk), possession (besittelse), acquisition (erverv), storage (oppbevaring)."))
            case .substances(let maximum):
                members.append("type", "array")
                members.append("minItems", 1)
                members.append("maxItems", .number(JSONNumber(maximum)))
                members.append(
                    "items",
                    .object(
                        JSONObject([
                            "type": "object", "additionalProperties": false,
                            "required": .array(declaration.requiredKeys(at: .substance).map { .string($0) }),
                            "description": .string(
                                "One substance; amount and unit go together, and may be left out only when acts is exactly [\"use\"]. The unit must fit the substance: "
                                    + vocabulary.substances.map { "\($0.id) in \($0.units.joined(separator: ", "))" }.joined(separator: "; ") + "."),
                            "dependentRequired": .object(JSONObject(["amount": ["unit"], "unit": ["amount"]])),
                            "properties": properties(.substance),
                        ])))
            case .substanceName:
                return words(vocabulary.substanceWords, field.help.en + ".")
            case .amount:
                members.append("type", "number")
                members.append("exclusiveMinimum", 0)
            case .unit:
                return words(
                    vocabulary.units.flatMap { [$0.id] + $0.aliases }, field.help.en + " (by id or a common spelling: gram, lapper, doser, gr.).",
                    withPeriod: true)
            }
            if let value = field.defaultValue, let parsed = JSONParser.parse(Array(value.utf8)).value {
                members.append("default", parsed)
            }
            members.append("description", .string(field.help.en + "."))
            return .object(members)
        }
        func properties(_ place: CaseField.Place) -> JSONValue {
            .object(JSONObject(declaration.fields(at: place).map { JSONObject.Member(key: $0.key, value: schema($0)) }))
        }
        return .object(
            JSONObject([
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": "urn:rusrules:schema:case",
                "title": "A case for RusRules (rusctl evaluate)",
                "description":
                    "One minor drug case (docs/contract.md, \"Case\"). Unknown keys are errors. What only the decoder checks — a real calendar date, dates in order, a unit that fits its substance, an age that matches the birth date — is said in the descriptions.",
                "type": "object", "additionalProperties": false,
                "required": .array(declaration.requiredKeys(at: .case).map { .string($0) }),
                "properties": properties(.case),
            ]))
    }

    /// A name from `names`, in any letter case and with spaces around it (and, `withPeriod`,
    /// a period after it, as an abbreviated unit is written: «gr.»): the list for an editor's
    /// completion, and a pattern that accepts what the decoder accepts.
    private static func words(_ names: [String], _ description: String, withPeriod: Bool = false) -> JSONValue {
        let caseless = names.map { name in
            name.map { character -> String in
                let lower = String(character).lowercased(), upper = String(character).uppercased()
                if lower == upper { return escaped(character) }
                return "[" + escaped(Character(lower)) + escaped(Character(upper)) + "]"
            }.joined()
        }
        return .object(
            JSONObject([
                "description": .string(description),
                "anyOf": [
                    .object(JSONObject(["enum": .array(names.map { .string($0) })])),
                    .object(
                        JSONObject([
                            "type": "string", "pattern": .string("^\\s*(" + caseless.joined(separator: "|") + ")" + (withPeriod ? "\\.?" : "") + "\\s*$"),
                        ])),
                ],
            ]))
    }

    private static func escaped(_ character: Character) -> String {
        "\\^$.|?*+()[]{}-".contains(character) ? "\\" + String(character) : String(character)
    }

    /// What `rusctl evaluate --format json` writes for one case: a decision, or an invalid case.
    public static func decisionSchema(vocabulary: Vocabulary, ruleSets: [String]) -> JSONValue {
        func ids(_ values: [String]) -> JSONValue { .object(JSONObject(["enum": .array(values.map { .string($0) })])) }
        // The built-in rule sets by name, for an editor's completion, and any rule set id (a
        // proposal of one's own, --rules-file), as the loader accepts ids.
        let ruleSetID: JSONValue = .object(
            JSONObject([
                "anyOf": [ids(ruleSets), .object(JSONObject(["type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"]))]
            ]))
        let strings: JSONValue = .object(JSONObject(["type": "array", "items": .object(JSONObject(["type": "string"]))]))
        let reaction = ids(Reaction.allCases.map(\.rawValue))
        let liability = ids(Liability.allCases.map(\.rawValue))
        let outcome: JSONValue = .object(
            JSONObject([
                "type": "object", "additionalProperties": false, "required": ["ruleSet", "liability", "recommended"],
                "properties": .object(
                    JSONObject([
                        "ruleSet": ruleSetID, "liability": liability,
                        "recommended": .object(JSONObject(["anyOf": [reaction, .object(JSONObject(["type": "null"]))]])),
                    ])),
            ]))
        let remark: JSONValue = .object(
            JSONObject([
                "type": "object", "additionalProperties": false, "required": ["code", "text", "citations"],
                "properties": .object(
                    JSONObject([
                        "code": .object(JSONObject(["type": "string"])), "text": .object(JSONObject(["type": "string"])),
                        "citations": strings, "otherOutcome": outcome,
                    ])),
            ]))
        let option: JSONValue = .object(
            JSONObject([
                "type": "object", "additionalProperties": false, "required": ["reaction", "status", "reasons", "citations"],
                "properties": .object(
                    JSONObject([
                        "reaction": reaction, "status": ids(OptionStatus.allCases.map(\.rawValue)),
                        "conditions": .object(JSONObject(["type": "array", "items": ids(Condition.allCases.map(\.rawValue))])),
                        "requires": .object(JSONObject(["type": "array", "items": ids(Requirement.allCases.map(\.rawValue))])),
                        "reasons": strings, "citations": strings,
                    ])),
            ]))
        let date: JSONValue = .object(JSONObject(["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]))
        let decision = JSONObject([
            "type": "object", "additionalProperties": false,
            "required": [
                "ruleSet", "ruleSetVersion", "decidedBy", "decisionDate", "decisionDateAssumed", "ageAtOffence", "ageTrack",
                "liability", "recommended", "options", "notes", "warnings",
            ],
            "properties": .object(
                JSONObject([
                    "file": .object(JSONObject(["type": "string", "description": "The input file, when several were evaluated."])),
                    "id": .object(JSONObject(["type": "string"])),
                    "ruleSet": ruleSetID, "ruleSetVersion": .object(JSONObject(["type": "string"])),
                    "baseline": ruleSetID, "decidedBy": ruleSetID, "tier": .object(JSONObject(["type": "string"])),
                    "decisionDate": date, "decisionDateAssumed": .object(JSONObject(["type": "boolean"])),
                    "ageAtOffence": .object(JSONObject(["type": "integer", "minimum": 0])),
                    "ageTrack": ids(AgeTrack.allCases.map(\.rawValue)), "liability": liability,
                    "recommended": .object(JSONObject(["anyOf": [reaction, .object(JSONObject(["type": "null"]))]])),
                    "otherLaw": outcome,
                    "options": .object(
                        JSONObject([
                            "type": "array", "items": option, "minItems": .number(JSONNumber(Reaction.allCases.count)),
                            "maxItems": .number(JSONNumber(Reaction.allCases.count)),
                        ])),
                    "notes": .object(JSONObject(["type": "array", "items": remark])),
                    "warnings": .object(JSONObject(["type": "array", "items": remark])),
                    "trace": strings,
                ])),
        ])
        let error: JSONValue = .object(
            JSONObject([
                "type": "object", "additionalProperties": false, "required": ["code", "pointer", "message"],
                "properties": .object(
                    JSONObject([
                        "code": .object(JSONObject(["type": "string"])), "pointer": .object(JSONObject(["type": "string"])),
                        "message": .object(JSONObject(["type": "string"])), "text": .object(JSONObject(["type": "string"])),
                        "index": .object(JSONObject(["type": "integer", "minimum": 0])), "line": .object(JSONObject(["type": "integer", "minimum": 1])),
                        "column": .object(JSONObject(["type": "integer", "minimum": 1])),
                    ])),
            ]))
        let invalid = JSONObject([
            "type": "object", "additionalProperties": false, "required": ["error", "errors"],
            "properties": .object(
                JSONObject([
                    "file": .object(JSONObject(["type": "string"])), "id": .object(JSONObject(["type": "string"])),
                    "index": .object(JSONObject(["type": "integer", "minimum": 0])), "line": .object(JSONObject(["type": "integer", "minimum": 1])),
                    "error": error, "errors": .object(JSONObject(["type": "array", "minItems": 1, "items": error])),
                ])),
        ])
        return .object(
            JSONObject([
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": "urn:rusrules:schema:decision",
                "title": "What rusctl evaluate --format json writes for one case",
                "description": "A decision (docs/contract.md, \"Decision\"), or an invalid case with every error (\"Errors\").",
                "oneOf": [.object(JSONObject(["$ref": "#/$defs/decision"])), .object(JSONObject(["$ref": "#/$defs/invalidCase"]))],
                "$defs": .object(JSONObject(["decision": .object(decision), "invalidCase": .object(invalid)])),
            ]))
    }
}
