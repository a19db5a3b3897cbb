#!/usr/bin/env python3
"""Holds rusctl to a second, independent reading of the law (law_model.py) over generated cases.

    Tests/oracle/check.py [--rusctl PATH] [--cases N] [--seed S]

Draws N cases (default 4000) that crowd the edges docs/law.md draws: amounts at, just above and
just below every limit in every unit, two entries of one substance, use alone with and without
amounts, ages 14 to 26 with birthdays on the offence date and on 29 February, every kind of
consent, optional fields left out (their defaults, and today for a missing decision date), and
dates on both sides of 1 July 2014, 8 April 2022, 1 July 2022, 20 June 2025 and a stated
in-force date. Then, with `rusctl evaluate --format json`:

1. under each of the six rule sets chosen explicitly:
   - the liability, the recommended reaction, its conditions and whether it requires a limit
     check must be the model's;
   - the caveats and notes: `threshold-unknown` exactly where the answer rests on an unknown
     limit, `proposal-not-enacted` exactly under a proposal, the penalty-frame notes as §5.1.3
     and §5.5.2 say, the politiattest note for every punishable minor;
   - the options §5 fixes: ungdomsstraff always excluded, forenklet forelegg unless recommended,
     the concern talk as §5.1.1 says, straffutmålingsfrafall exactly where the dependent-user
     rule decided; beside a recommended forelegg the waiver with its conditions and the
     konfliktråd (§5.2.3); for a youth ungdomsoppfølging and forelegg (§5.2.2); under the
     statute what §5.5.4–§5.5.6 leave open beside its reaction;
2. with the rule set picked by the decision date, without and with `--in-force lov-2025=…`: the
   rule set, the answer, and the later-law warning or note, or straffeloven § 3 with `otherLaw`;
3. doubt never hurts (§6): the same case stated as not dependent is never decided more mildly.

Exits 1 on any disagreement, printing the first ones with the case and both answers. Runs in
CI after `swift test` (about half a minute).
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import law_model  # noqa: E402

RULE_SETS = ["ra-2014", "hr-2022", "nou-2019-26-flertall", "nou-2019-26-mindretall", "prop-92-l-2021", "lov-2025"]
IN_FORCE = "2026-07-01"
# Today for the cases that leave out their decision date (`--today`).
TODAY = "2028-12-31"
SUBSTANCE_UNITS = {
    "heroin": ["g", "mg", "kg"], "cocaine": ["g", "mg"], "amphetamine": ["g", "mg"], "methamphetamine": ["g", "mg"],
    "ghb": ["ml", "dl", "l"], "lsd": ["blotters", "mg"], "mdma": ["g", "mg"], "cannabis": ["g", "mg", "kg"],
    "psilocybin-mushrooms": ["g", "kg"], "khat": ["g", "kg"], "medicines": ["doses"],
}
# Every limit of §4 in base units, and the dates where the law changes.
LIMITS = sorted({value for row in law_model.ROWS for value in row[2:] if value} | {"3"}, key=Decimal)
EDGES = ["2014-07-01", "2022-04-07", "2022-04-08", "2022-06-30", "2022-07-01", "2025-06-19", "2025-06-20", "2026-06-30", IN_FORCE]


def amount_in(unit, rng):
    """An amount in `unit` at, beside or far from a limit; at most three decimals in the unit."""
    _, size = law_model.UNITS[unit]
    limit = Decimal(rng.choice(LIMITS))
    draw = rng.random()
    if draw < 0.35:
        base = limit
    elif draw < 0.65:
        base = limit * Decimal(rng.choice(["0.5", "0.9", "0.999", "1.001", "1.1", "2"]))
    else:
        base = Decimal(rng.randint(1, 40000)) / Decimal(rng.choice([1, 10, 100, 1000]))
    value = (base / size).quantize(Decimal("0.001"))
    return Decimal(format(max(value, Decimal("0.001")).normalize(), "f"))


def a_date(rng, first, last):
    return f"{rng.randint(first, last):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def a_case(index, rng):
    offence = rng.choice(EDGES) if rng.random() < 0.3 else a_date(rng, 2014, 2027)
    decision = max(offence, rng.choice(EDGES) if rng.random() < 0.3 else a_date(rng, int(offence[:4]), int(offence[:4]) + 1))
    decision = max(decision, "2014-07-01")
    age = rng.choice([14, 15, 16, 17, 18, 19, 24, 25, 26, 40])
    person = {}
    draw = rng.random()
    if draw < 0.4:
        person["ageAtOffence"] = age
    elif draw < 0.55:
        person["birthDate"] = f"{int(offence[:4]) - age:04d}{offence[4:]}"  # the birthday itself
    elif draw < 0.6:
        year = int(offence[:4]) - age
        person["birthDate"] = f"{year - year % 4:04d}-02-29"
    else:
        year = int(offence[:4]) - age - 1
        person["birthDate"] = a_date(rng, year, year)
    person["dependent"] = rng.choice([True, False, False, "doubtful"])
    person["priorDrugReactions"] = rng.choice([0, 0, 1, 2])
    for key in ("consent", "guardianConsent"):
        if rng.random() < 0.6:
            person[key] = rng.random() < 0.75
    acts = rng.choice([["use"], ["use"], ["possession"], ["use", "possession"], ["acquisition"], ["storage", "use"],
                       ["possession", "acquisition", "storage"]])
    names = rng.sample(sorted(SUBSTANCE_UNITS), rng.choice([1, 1, 1, 2, 3, 4]))
    without_amounts = acts == ["use"] and rng.random() < 0.5
    substances = []
    for name in names:
        if without_amounts:
            substances.append({"substance": name})
        else:
            unit = rng.choice(SUBSTANCE_UNITS[name])
            substances.append({"substance": name, "amount": amount_in(unit, rng), "unit": unit})
    if not without_amounts and rng.random() < 0.1:
        substances.append(dict(substances[0], amount=amount_in(substances[0]["unit"], rng)))
    case = {"id": f"oracle-{index}", "offenceDate": offence, "decisionDate": decision, "person": person, "acts": acts,
            "ownUse": rng.random() < 0.93, "substances": substances, "otherOffences": rng.random() < 0.2}
    # Optional fields left out as people leave them out: their defaults must hold (docs/contract.md).
    for holder, key, default in [(case, "ownUse", True), (case, "otherOffences", False), (person, "dependent", False),
                                 (person, "priorDrugReactions", 0)]:
        if holder[key] == default and rng.random() < 0.15:
            del holder[key]
    if rng.random() < 0.05 and offence <= TODAY:
        del case["decisionDate"]
    return case


def write(cases, path):
    """NDJSON with each amount written as its decimal text (never through a float)."""
    with open(path, "w", encoding="utf-8") as out:
        for case in cases:
            text = json.dumps(case, separators=(",", ":"), default=lambda amount: f"@{format(amount, 'f')}@")
            out.write(re.sub(r'"@([0-9.]+)@"', r"\1", text) + "\n")


def evaluate(rusctl, path, *options):
    run = subprocess.run([rusctl, "evaluate", "--format", "json", "--no-trace", "--today", TODAY, *options, path],
                         capture_output=True, text=True)
    return [json.loads(line) for line in run.stdout.splitlines()], run.stderr


def seen(decision):
    options = {option["reaction"]: option for option in decision.get("options", [])}
    recommended = options.get(decision.get("recommended"), {})
    return options, (decision["liability"], decision.get("recommended"), tuple(sorted(recommended.get("conditions") or [])),
                     "limit-check" in (recommended.get("requires") or []))


def other_problems(case, rule_set, decision, options, answer):
    """What else §5.1, §5.4 and §6 fix: caveats, frame notes and the statuses of four options."""
    facts = law_model.Facts(case)
    status = {reaction: option["status"] for reaction, option in options.items()}
    warnings = {warning["code"] for warning in decision.get("warnings", [])}
    notes = {note["code"] for note in decision.get("notes", [])}
    problems = []
    frames = (notes | warnings) & law_model.FRAME_CODES
    if frames != law_model.frame_notes(case, rule_set, answer):
        problems.append(f"frame notes {sorted(frames)}, not {sorted(law_model.frame_notes(case, rule_set, answer))}")
    if ("proposal-not-enacted" in warnings) != (rule_set in law_model.PROPOSAL_TABLES):
        problems.append("proposal-not-enacted " + ("given" if "proposal-not-enacted" in warnings else "missing"))
    if 15 <= facts.age < 18 and answer.liability == "punishable" and "politiattest-under-18" not in notes:
        problems.append("politiattest-under-18 missing")
    if ("threshold-unknown" in warnings) != answer.limit_check:
        problems.append(f"threshold-unknown warning {'given' if 'threshold-unknown' in warnings else 'missing'}")
    if status.get("ungdomsstraff") != "excluded":
        problems.append(f"ungdomsstraff {status.get('ungdomsstraff')}")
    if answer.recommended != "forenklet-forelegg" and status.get("forenklet-forelegg") != "excluded":
        problems.append(f"forenklet-forelegg {status.get('forenklet-forelegg')}")
    if facts.age >= 18 and status.get("bekymringssamtale") != "excluded":
        problems.append(f"bekymringssamtale for an adult: {status.get('bekymringssamtale')}")
    if 15 <= facts.age < 18 and answer.liability in ("punishable", "ordinary-prosecution") \
            and status.get("bekymringssamtale") != "available":
        problems.append(f"bekymringssamtale for a minor beside a criminal case: {status.get('bekymringssamtale')}")
    if answer.recommended == "forelegg":
        # §5.2.3: beside the fine notice, a waiver with probation (drug testing only with consent
        # not refused; the advisory unit from 1 July 2022) and the konfliktråd with consent.
        waiver = options.get("pataleunnlatelse", {})
        conditions = {"provetid"} | facts.advisory_unit() | (set() if case["person"].get("consent") is False else {"ruskontroll"})
        if waiver.get("status") != "available" or set(waiver.get("conditions") or []) != conditions:
            problems.append(f"pataleunnlatelse beside forelegg: {waiver.get('status')} {waiver.get('conditions')}")
        wanted = "excluded" if case["person"].get("consent") is False else "available"
        if status.get("oppfolging-i-konfliktrad") != wanted:
            problems.append(f"oppfolging-i-konfliktrad {status.get('oppfolging-i-konfliktrad')}, not {wanted}")
    if answer.youth_rule:
        # §5.2.2: ungdomsoppfølging needs both consents (either refused excludes it), is
        # recommended after earlier drug reactions and otherwise open; a fine is the last resort.
        wanted = "excluded" if facts.refused else "recommended" if facts.priors >= 1 else "available"
        if status.get("ungdomsoppfolging") != wanted:
            problems.append(f"ungdomsoppfolging {status.get('ungdomsoppfolging')}, not {wanted}")
        if status.get("forelegg") != "available":
            problems.append(f"forelegg for a youth {status.get('forelegg')}")
    if answer.statute_rule == "youth":
        # §5.5.5: the voluntary referral, ungdomsoppfølging with consent, a fine as a last resort.
        wanted = {"radgivende-enhet": "available", "forelegg": "available",
                  "ungdomsoppfolging": "excluded" if facts.refused else "available"}
        problems += [f"{reaction} {status.get(reaction)}, not {want}" for reaction, want in wanted.items() if status.get(reaction) != want]
    if answer.statute_rule == "adult":
        # §5.5.4: beside the simplified fine notice, the waiver with probation and the advisory
        # unit, the ordinary fine notice, and the konfliktråd with consent (§5.5.6).
        waiver = options.get("pataleunnlatelse", {})
        if waiver.get("status") != "available" or set(waiver.get("conditions") or []) != {"provetid"} | facts.advisory_unit():
            problems.append(f"pataleunnlatelse beside forenklet forelegg: {waiver.get('status')} {waiver.get('conditions')}")
        wanted = {"forelegg": "available",
                  "oppfolging-i-konfliktrad": "excluded" if case["person"].get("consent") is False else "available"}
        problems += [f"{reaction} {status.get(reaction)}, not {want}" for reaction, want in wanted.items() if status.get(reaction) != want]
    if answer.dependent_rule != (status.get("straffutmalingsfrafall") == "available"):
        problems.append(f"straffutmalingsfrafall {status.get('straffutmalingsfrafall')}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rusctl", default=".build/debug/rusctl")
    parser.add_argument("--cases", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    written = [a_case(index, rng) for index in range(arguments.cases)]
    # What the model reads: the decision date a case leaves out is today's.
    cases = [dict(case, decisionDate=case.get("decisionDate", TODAY)) for case in written]
    disagreements = []
    checks = 0

    def disagree(label, case, engine, model):
        disagreements.append((label, case, engine, model))

    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "cases.ndjson")
        write(written, path)
        undoubted_path = os.path.join(directory, "not-dependent.ndjson")
        write([dict(case, person=dict(case["person"], dependent=False)) for case in written], undoubted_path)
        for rule_set in RULE_SETS:
            decisions, errors = evaluate(arguments.rusctl, path, "--rules", rule_set)
            plain, _ = evaluate(arguments.rusctl, undoubted_path, "--rules", rule_set)
            if len(decisions) != len(cases) or len(plain) != len(cases):
                sys.exit(f"oracle: rusctl answered {len(decisions)} of {len(cases)} cases under {rule_set}: {errors[:500]}")
            for case, decision, undoubted in zip(cases, decisions, plain):
                checks += 1
                if "errors" in decision:
                    disagree(rule_set, case, decision["errors"][0]["message"], "a decision")
                    continue
                answer = law_model.decide(case, rule_set)
                options, key = seen(decision)
                problems = ([] if key == answer.key() else ["answer"]) + other_problems(case, rule_set, decision, options, answer)
                order = law_model.LIABILITY_ORDER
                if order.index(decision["liability"]) > order.index(undoubted["liability"]):
                    problems.append(f"doubt hurts: {decision['liability']} where not dependent gives {undoubted['liability']}")
                if problems:
                    disagree(f"{rule_set}: {'; '.join(problems)}", case, key, answer.key())
        for in_force in (None, IN_FORCE):
            options = ["--in-force", f"lov-2025={in_force}"] if in_force else []
            decisions, errors = evaluate(arguments.rusctl, path, *options)
            if len(decisions) != len(cases):
                sys.exit(f"oracle: rusctl answered {len(decisions)} of {len(cases)} cases by date: {errors[:500]}")
            for case, decision in zip(cases, decisions):
                checks += 1
                rule_set, answer, mark = law_model.select(case, in_force)
                label = f"by date{' with lov-2025 in force ' + in_force if in_force else ''}"
                if "errors" in decision:
                    disagree(label, case, decision["errors"][0]["message"], rule_set)
                    continue
                _, key = seen(decision)
                warnings = {warning["code"] for warning in decision.get("warnings", [])}
                notes = {note["code"] for note in decision.get("notes", [])}
                later = "later-law-in-force-unknown"
                problems = []
                if decision["ruleSet"] != rule_set:
                    problems.append(f"rule set {decision['ruleSet']}, not {rule_set}")
                if key != answer.key():
                    problems.append("answer")
                if (mark == "later-law-warning") != (later in warnings):
                    problems.append(f"{later} {'missing as a warning' if mark == 'later-law-warning' else 'a warning'}")
                if (mark == "later-law-note") != (later in notes):
                    problems.append(f"{later} {'missing as a note' if mark == 'later-law-note' else 'a note'}")
                if mark == "strl-3" and ("strl-3" not in notes | warnings or not decision.get("otherLaw")):
                    problems.append("straffeloven § 3 not reported with otherLaw")
                if problems:
                    disagree(f"{label}: {'; '.join(problems)}", case, (decision["ruleSet"], key), (rule_set, answer.key(), mark))
    for label, case, engine, model in disagreements[:10]:
        print(f"DISAGREE {label}\n  case:   {json.dumps(case, default=str)}\n  rusctl: {engine}\n  model:  {model}")
    print(f"oracle: {checks} answers over {len(cases)} cases (seed {arguments.seed}), {len(disagreements)} disagreements")
    sys.exit(1 if disagreements else 0)


if __name__ == "__main__":
    main()
