import RusRules

/// `GET /api/v1/openapi.json`: the API described in OpenAPI 3.1, its schemas the same JSON
/// Schemas as `docs/schema/` (generated from the case declaration and the rule data), so the
/// description cannot drift from what the server reads and writes.
enum OpenAPIDocument {
    static func make(book: RuleBook) -> JSONValue {
        let decisionSchema = JSONSchemas.decisionSchema(vocabulary: book.vocabulary, ruleSets: book.ruleSets.map(\.id))
        let definitions = decisionSchema["$defs"]?.objectValue
        let caseSchema = rebased(without(JSONSchemas.caseSchema(vocabulary: book.vocabulary), ["$schema", "$id"]))
        func ref(_ name: String) -> JSONValue { .object(JSONObject(["$ref": .string("#/components/schemas/\(name)")])) }
        func content(_ type: String, _ schema: JSONValue) -> JSONValue {
            var object = JSONObject()
            object.append(type, .object(JSONObject(["schema": schema])))
            return .object(object)
        }
        func response(_ description: String, _ type: String, _ schema: JSONValue) -> JSONValue {
            .object(JSONObject(["description": .string(description), "content": content(type, schema)]))
        }
        let text: JSONValue = .object(JSONObject(["type": "string"]))
        let invalid = response("An error in the contract's form (code, pointer, message).", "application/json", ref("InvalidCase"))
        func query(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
            .object(JSONObject(["name": .string(name), "in": "query", "required": false, "description": .string(description), "schema": schema]))
        }
        /// A parameter's values as the API takes them (``WebApp/evaluateParameters``).
        func values(_ name: String) -> JSONValue {
            let values = WebApp.evaluateParameters.first { $0.name == name }?.values ?? []
            return .object(JSONObject(["enum": .array(values.map { .string($0) })]))
        }
        let ruleSetIDs = JSONValue.array(book.ruleSets.map { .string($0.id) })
        let localized: JSONValue = .object(
            JSONObject([
                "type": "object", "required": ["nb", "en"], "additionalProperties": false,
                "properties": .object(JSONObject(["nb": text, "en": text])),
            ]))
        let ruleSet: JSONValue = .object(
            JSONObject([
                "type": "object", "additionalProperties": false, "required": ["id", "kind", "version", "label", "title", "status", "inForce"],
                "properties": .object(
                    JSONObject([
                        "id": .object(JSONObject(["enum": ruleSetIDs])), "kind": .object(JSONObject(["enum": ["practice", "proposal", "statute"]])),
                        "version": text, "label": localized, "title": localized, "status": localized,
                        "inForce": .object(
                            JSONObject(["type": ["string", "null"], "description": "The in-force date the server was started with (a statute's)."])),
                    ])),
            ]))
        let version: JSONValue = .object(
            JSONObject([
                "type": "object", "additionalProperties": false, "required": ["version", "commit", "ruleData", "ruleSets"],
                "properties": .object(
                    JSONObject([
                        "version": text, "commit": .object(JSONObject(["type": ["string", "null"]])), "ruleData": text,
                        "ruleSets": .object(
                            JSONObject([
                                "type": "array",
                                "items": .object(
                                    JSONObject([
                                        "type": "object", "required": ["id", "version"], "additionalProperties": false,
                                        "properties": .object(JSONObject(["id": text, "version": text])),
                                    ])),
                            ])),
                    ])),
            ]))
        let get = { (summary: String, responses: JSONValue) -> JSONValue in
            .object(JSONObject(["get": .object(JSONObject(["summary": .string(summary), "responses": responses]))]))
        }
        let evaluate: JSONValue = .object(
            JSONObject([
                "post": .object(
                    JSONObject([
                        "summary":
                            "Decide one case (application/json) or many, one per line (application/x-ndjson): the same JSON as rusctl evaluate --format json.",
                        "parameters": .array([
                            query("rules", "A rule set to use instead of the one in force on the decision date.", .object(JSONObject(["enum": ruleSetIDs]))),
                            query(
                                "inForce", "A statute's in-force date, e.g. lov-2025=2026-07-01.",
                                .object(JSONObject(["type": "string", "pattern": "^[a-z0-9-]+=[0-9]{4}-[0-9]{2}-[0-9]{2}$"]))),
                            query("lang", "Language of the texts in the answer.", values("lang")),
                            query("trace", "false leaves the trace out.", values("trace")),
                        ]),
                        "requestBody": .object(
                            JSONObject([
                                "required": true,
                                "content": .object(
                                    JSONObject([
                                        "application/json": .object(JSONObject(["schema": ref("Case")])),
                                        "application/x-ndjson": .object(JSONObject(["schema": text])),
                                    ])),
                            ])),
                        "responses": .object(
                            JSONObject([
                                "200": .object(
                                    JSONObject([
                                        "description": "The decision; for NDJSON, one decision or invalid case per line, in input order.",
                                        "content": .object(
                                            JSONObject([
                                                "application/json": .object(JSONObject(["schema": ref("Decision")])),
                                                "application/x-ndjson": .object(JSONObject(["schema": text])),
                                            ])),
                                    ])),
                                "400": invalid, "415": invalid, "422": invalid,
                                "413": response("The body is larger than 1 MiB.", "text/plain", text),
                            ])),
                    ]))
            ]))
        let schemas = JSONObject([
            "Case": caseSchema,
            "Decision": definitions?["decision"].map(rebased) ?? .null,
            "InvalidCase": definitions?["invalidCase"].map(rebased) ?? .null,
            "RuleSet": ruleSet, "Version": version,
        ])
        return .object(
            JSONObject([
                "openapi": "3.1.0",
                "info": .object(
                    JSONObject([
                        "title": "RusRules — reactions in minor drug cases", "version": .string(String(rusctlVersion)),
                        "description": "The JSON API of rusctl serve. Formats, ids and exit codes: docs/contract.md. Nothing is stored.",
                    ])),
                "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
                "paths": .object(
                    JSONObject([
                        "/api/v1/evaluate": evaluate,
                        "/api/v1/rule-sets": get(
                            "The rule sets and their standing.",
                            .object(
                                JSONObject([
                                    "200": response("Every rule set.", "application/json", .object(JSONObject(["type": "array", "items": ref("RuleSet")])))
                                ]))),
                        "/api/v1/schema/case": get(
                            "The JSON Schema of a case.",
                            .object(
                                JSONObject([
                                    "200": response("The case schema (draft 2020-12).", "application/json", .object(JSONObject(["type": "object"])))
                                ]))),
                        "/api/v1/schema/decision": get(
                            "The JSON Schema of what evaluate writes.",
                            .object(
                                JSONObject([
                                    "200": response("The decision schema (draft 2020-12).", "application/json", .object(JSONObject(["type": "object"])))
                                ]))),
                        "/api/v1/version": get(
                            "The version, the commit and the rule data.",
                            .object(
                                JSONObject([
                                    "200": response("Version.", "application/json", ref("Version"))
                                ]))),
                        "/api/v1/openapi.json": get(
                            "This document.",
                            .object(
                                JSONObject([
                                    "200": response("OpenAPI 3.1.", "application/json", .object(JSONObject(["type": "object"])))
                                ]))),
                        "/healthz": get("Whether the server answers.", .object(JSONObject(["200": response("ok", "text/plain", text)]))),
                        "/metrics": get("Prometheus metrics.", .object(JSONObject(["200": response("Text format 0.0.4.", "text/plain", text)]))),
                    ])),
                "components": .object(JSONObject(["schemas": .object(schemas)])),
            ]))
    }

    /// The version without the program's name.
    private static var rusctlVersion: Substring { version.dropFirst("rusctl ".count) }

    private static func without(_ value: JSONValue, _ keys: [String]) -> JSONValue {
        guard let object = value.objectValue else { return value }
        var kept = JSONObject()
        for member in object.members where !keys.contains(member.key) { kept.append(member.key, member.value) }
        return .object(kept)
    }

    /// References into the schema's own `$defs` made references into the document's components.
    private static func rebased(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var result = JSONObject()
            for member in object.members {
                if member.key == "$ref", let target = member.value.stringValue, target.hasPrefix("#/$defs/") {
                    let name = target.dropFirst("#/$defs/".count)
                    result.append("$ref", .string("#/components/schemas/" + (name == "decision" ? "Decision" : "InvalidCase")))
                } else {
                    result.append(member.key, rebased(member.value))
                }
            }
            return .object(result)
        case .array(let items): return .array(items.map(rebased))
        default: return value
        }
    }
}
