#!/usr/bin/env python3
"""Validates the fixtures' cases and the decisions they produce against docs/schema/ with a real
JSON Schema validator (python-jsonschema, Draft 2020-12; .ci/run installs it from PyPI).

- every fixture case that is decided must be valid under case.schema.json;
- every fixture case rejected with a code a schema can express (unknown key, wrong type, empty
  list, unknown act, substance or unit) must be invalid under it — the schema is not vacuous;
- every line `rusctl evaluate` writes for every fixture (decisions with and without their trace,
  and invalid cases) must be valid under decision.schema.json.
Usage: Tests/schema/validate.py [path/to/rusctl]"""
import base64, decimal, json, pathlib, subprocess, sys
from jsonschema import Draft202012Validator, validators

root = pathlib.Path(__file__).resolve().parents[2]
rusctl = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build/debug/rusctl")
# Numbers are read exactly, as rusctl reads them (1e-400 is not zero); 45.0 and 3e1 are whole.
load = lambda text: json.loads(text, parse_float=decimal.Decimal)
whole = lambda checker, value: Draft202012Validator.TYPE_CHECKER.is_type(value, "integer") or (
    isinstance(value, decimal.Decimal) and value.is_finite() and value == value.to_integral_value())
Validator = validators.extend(Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", whole))
case_schema = Validator(load((root / "docs/schema/case.schema.json").read_text()))
decision_schema = Validator(load((root / "docs/schema/decision.schema.json").read_text()))
Draft202012Validator.check_schema(case_schema.schema)
Draft202012Validator.check_schema(decision_schema.schema)

expressible = {"unknown-key", "wrong-type", "empty-array", "unknown-act", "unknown-substance", "unknown-unit"}
problems, valid, rejected = [], 0, 0
fixtures = sorted((root / "Fixtures").rglob("*.json"))
for path in fixtures:
    fixture = json.loads(path.read_text())
    if "case" in fixture:
        text = json.dumps(fixture["case"])
    elif "caseText" in fixture:
        text = fixture["caseText"]
    else:
        text = base64.b64decode(fixture["caseBase64"]).decode("utf-8", "replace")
    try:
        case = load(text)
    except (ValueError, RecursionError):
        continue  # not one JSON document: a batch or malformed input, for the reader, not the schema
    name = path.relative_to(root / "Fixtures")
    if "want" in fixture or "byRuleSet" in fixture:
        errors = [e.message for e in case_schema.iter_errors(case)]
        if errors:
            problems.append(f"{name}: a decided case is invalid under the case schema: {errors[0][:200]}")
        valid += 1
    elif "wantErrors" in fixture and fixture["wantErrors"][0]["code"] in expressible:
        if case_schema.is_valid(case):
            problems.append(f"{name}: rejected with {fixture['wantErrors'][0]['code']}, but valid under the case schema")
        rejected += 1

lines = 0
for flags in (["--no-trace"], []):
    run = subprocess.run([rusctl, "evaluate", "--format", "json", *flags, *map(str, fixtures)],
                         capture_output=True, text=True, cwd=root)
    for line in run.stdout.splitlines():
        errors = [e.message for e in decision_schema.iter_errors(load(line))]
        if errors:
            problems.append(f"a decision is invalid under the decision schema: {errors[0][:200]}\n  {line[:300]}")
        lines += 1

# A decision made under a proposal of one's own (--rules-file) is valid too: its rule set is not
# one of the built-in ids.
import tempfile
exported = subprocess.run([rusctl, "rules", "export", "prop-92-l-2021"], capture_output=True, text=True, cwd=root).stdout
own = json.loads(exported)
own["id"] = "eget-forslag-2026"
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
    json.dump(own, file)
run = subprocess.run([rusctl, "evaluate", "--format", "json", "--rules-file", file.name, "--rules", "eget-forslag-2026",
                      str(root / "Fixtures/practice/voksen-first-time.json")], capture_output=True, text=True, cwd=root)
pathlib.Path(file.name).unlink()
decision = load(run.stdout)
if decision.get("ruleSet") != "eget-forslag-2026":
    problems.append(f"no decision under one's own proposal: {run.stdout[:200]} {run.stderr[:200]}")
errors = [e.message for e in decision_schema.iter_errors(decision)]
if errors:
    problems.append(f"a decision under one's own proposal is invalid under the decision schema: {errors[0][:200]}")
lines += 1

for problem in problems[:40]:
    print("schema:", problem)
print(f"schema: {valid} decided cases valid, {rejected} rejected cases invalid under case.schema.json; "
      f"{lines} lines of evaluate output valid under decision.schema.json; {len(problems)} problems")
sys.exit(1 if problems or valid < 200 or rejected < 10 or lines < 2 * len(fixtures) else 0)
