#!/usr/bin/env python3
"""A plain Python evaluator of one rule set — `hr-2022`, as docs/law.md §2, §4, §5.1–§5.3 state
it — for the benchmark (`rusctl-bench` runs it beside `rusctl compare`; issue 20, point 6).

It decides each case's liability and recommended reaction (what `compare` counts), reading
NDJSON with orjson. Amounts are Python floats, as orjson reads them: a plain evaluator, not an
exact one. It is not part of the product and checks nothing; the counts it prints let the
benchmark confirm it decides as rusctl does on the benchmark's cases.

    hr2022_baseline.py evaluate CASES.ndjson   # prints the outcome counts as JSON, and the time
    hr2022_baseline.py write IN.ndjson OUT.ndjson
        # the cases as Python's json.dumps writes them (a space after separators), with about
        # one amount in ten written as a long decimal (2.9999999999999999 for 3,
        0.56000000000000000001 for 0.56)
"""
import json
import sys
import time

import orjson

# docs/law.md §4: the hr-2022 guideline values for dependent users, and the ra-2014 forelegg
# limits (cannabis 15 g known; the others unknown, bounded by the hr-2022 value as a ceiling).
# Base units: g for mass, ml for volume, the count itself for blotters and doses.
DEPENDENT = {
    ("heroin", "g"): 5, ("cocaine", "g"): 5, ("amphetamine", "g"): 5, ("methamphetamine", "g"): None,
    ("ghb", "ml"): 100, ("lsd", "blotters"): 3, ("lsd", "g"): 0.002, ("mdma", "g"): 1,
    ("cannabis", "g"): 15, ("psilocybin-mushrooms", "g"): 50, ("khat", "g"): 2000, ("medicines", "doses"): 25,
}
FORELEGG_KNOWN = {("cannabis", "g"): 15}
TO_BASE = {"g": ("g", 1), "mg": ("g", 0.001), "kg": ("g", 1000), "ml": ("ml", 1), "dl": ("ml", 100),
           "l": ("ml", 1000), "blotters": ("blotters", 1), "doses": ("doses", 1)}


def age_at(birth, day):
    """Completed years on `day`; born 29 February, a year older on 1 March in a common year."""
    by, bm, bd = int(birth[0:4]), int(birth[5:7]), int(birth[8:10])
    y, m, d = int(day[0:4]), int(day[5:7]), int(day[8:10])
    return y - by - ((m, d) < (bm, bd))


def amounts(case):
    """(substance, dimension, amount in base units) for each substance with an amount."""
    for entry in case["substances"]:
        amount = entry.get("amount")
        if amount is None:
            continue
        dimension, factor = TO_BASE[entry["unit"]]
        yield entry["substance"], dimension, amount * factor


def decide(case):
    person = case["person"]
    age = person.get("ageAtOffence")
    if age is None:
        age = age_at(person["birthDate"], case["offenceDate"])
    if age < 15:  # §5.1.1
        return "not-criminally-liable", "bekymringssamtale"
    if case.get("ownUse", True) is False:  # §5.1.2
        return "ordinary-prosecution", "none"
    if person.get("dependent", False) in (True, "doubtful"):  # §5.3: unknown limits read as within
        for substance, dimension, amount in amounts(case):
            limit = DEPENDENT.get((substance, dimension))
            if limit is not None and amount > limit:
                return "ordinary-prosecution", "none"
        return "punishable", "pataleunnlatelse"
    for substance, dimension, amount in amounts(case):  # §5.2.1: a known limit or the ceiling
        key = (substance, dimension)
        limit = FORELEGG_KNOWN.get(key, DEPENDENT.get(key))
        if limit is not None and amount > limit:
            return "ordinary-prosecution", "none"
    if age < 18:  # §5.2.2
        refused = person.get("consent") is False or person.get("guardianConsent") is False
        if person.get("priorDrugReactions", 0) >= 1 and not refused:
            return "punishable", "ungdomsoppfolging"
        return "punishable", "pataleunnlatelse"
    return "punishable", "forelegg"  # §5.2.3


def evaluate(path):
    started = time.perf_counter()
    counts = {}
    cases = 0
    with open(path, "rb") as lines:
        for line in lines:
            outcome = decide(orjson.loads(line))
            counts[outcome] = counts.get(outcome, 0) + 1
            cases += 1
    elapsed = time.perf_counter() - started
    print(json.dumps({"cases": cases, "seconds": elapsed,
                      "outcomes": {f"{liability} / {reaction}": n for (liability, reaction), n in sorted(counts.items())}}))


def write(source, target):
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for index, line in enumerate(lines):
            text = json.dumps(json.loads(line), ensure_ascii=False)
            case = json.loads(line)
            if index % 10 == 0:
                # A long decimal a hair from the amount, on the side where no limit lies, so that
                # it compares with every limit as the amount does and a float reads it back.
                for entry in case["substances"]:
                    if entry.get("unit") in ("g", "ml") and isinstance(entry.get("amount"), (int, float)):
                        amount = entry["amount"]
                        written = json.dumps(amount)
                        if int(amount) == amount:
                            long = f"{int(amount) - 1}.9999999999999999" if amount >= 1 else None
                        else:  # just above it: no limit has that many decimals
                            long = f"{written}00000000000000001"
                        if long is not None:
                            text = text.replace(f'"amount": {written}', f'"amount": {long}', 1)
                        break
            out.write(text + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "evaluate":
        evaluate(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
