import RusRules
let text = """
{ "id": "sak-2023-0142", "offenceDate": "2023-03-14", "decisionDate": "2023-05-02",
  "person": { "birthDate": "2007-05-02", "dependent": false, "priorDrugReactions": 0, "consent": true, "guardianConsent": true },
  "acts": ["use", "possession"], "ownUse": true, "substances": [ { "substance": "cannabis", "amount": 4.5, "unit": "g" } ], "otherOffences": false }
"""
let value = JSONParser.parse(text).value!
for rs in [nil, "prop-92-l-2021"] {
switch Engine().evaluate(json: value, ruleSet: rs, today: LegalDate("2026-11-21")!) {
case .success(let d): print(JSONWriter.pretty(d.json(language: .en)))
case .failure(let e): print(JSONWriter.pretty(e.json()))
}
}
