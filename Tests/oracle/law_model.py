"""A second, independent reading of docs/law.md §2–§5, written in Python from the text alone.

It does not read the rule data, the fixtures or anything rusctl writes: the limits of §4 are
typed in again here, on purpose, so that a slip in the rule data or in the Swift rules shows as a
disagreement (Tests/oracle/check.py). It decides what the engine's answer must contain whatever
the wording: the liability, the recommended reaction, that reaction's conditions and whether it
requires a limit check. Amounts are exact decimals, as the engine holds them.

Benchmarks/hr2022_baseline.py is another Python reading, of one rule set, with floats as orjson
reads them: a yardstick for speed, kept apart on purpose. This one is exact and covers them all.

Two points the text leaves open are read as the engine reads them, and say so:
- the advisory unit as a condition of påtaleunnlatelse exists from 1 July 2022 (decision date,
  §5.2.4); a statute evaluated for an earlier decision does not propose it, whereas Prop. 92 L's
  tier names it as part of the bill's own scheme;
- under lov-2025 a use-only case is covered at any amount (§5.5.2), so a dependent user's use
  alone is not weighed against the guideline limits either: doing so would make doubt harsher
  than no dependency (§6).
"""
from decimal import Decimal

# §4 «Units convert exactly»: each unit's dimension and its size in the dimension's base unit.
UNITS = {
    "g": ("mass", Decimal(1)), "mg": ("mass", Decimal("0.001")), "kg": ("mass", Decimal(1000)),
    "ml": ("volume", Decimal(1)), "dl": ("volume", Decimal(100)), "l": ("volume", Decimal(1000)),
    "blotters": ("blotters", Decimal(1)), "doses": ("doses", Decimal(1)),
}

# §4's table in base units (g, ml, blotters, doses); None where no value is known.
#   substance, dimension, hr-2022, NOU flertall, NOU mindretall, Prop. 92 L nedre, øvre
ROWS = [
    ("heroin", "mass", "5", "5", "1", "2", "5"),
    ("cocaine", "mass", "5", "5", "1", "2", "5"),
    ("amphetamine", "mass", "5", "5", "1", "2", "5"),
    ("methamphetamine", "mass", None, None, None, None, None),
    ("ghb", "volume", "100", "100", "50", "50", "100"),
    ("lsd", "blotters", "3", "3", "1", "1", "3"),
    ("lsd", "mass", "0.002", None, None, "0.001", "0.002"),
    ("mdma", "mass", "1", "1", "1", "0.5", "1"),
    ("cannabis", "mass", "15", "15", "5", "10", "15"),
    ("psilocybin-mushrooms", "mass", "50", "50", "50", "20", "50"),
    ("khat", "mass", "2000", "2000", "500", "500", "2000"),
    ("medicines", "doses", "25", "25", "5", "15", "25"),
]


def _column(index):
    return {(row[0], row[1]): (None if row[index] is None else Decimal(row[index])) for row in ROWS}


GUIDELINE = _column(2)  # hr-2022, dependent users (§5.3)
PROPOSAL_TABLES = {
    "nou-2019-26-flertall": [_column(3)],
    "nou-2019-26-mindretall": [_column(4)],
    "prop-92-l-2021": [_column(5), _column(6)],
}
# Known value and ceiling: ra-2014 knows cannabis 15 g, every other value is unknown below the
# hr-2022 guideline; lov-2025 knows heroin 3 g (guideline), every other value likewise.
RA_2014 = {key: ((Decimal(15), None) if key == ("cannabis", "mass") else (None, value)) for key, value in GUIDELINE.items()}
LOV_2025 = {key: ((Decimal(3), None) if key == ("heroin", "mass") else (None, value)) for key, value in GUIDELINE.items()}

LIABILITY_ORDER = ["not-criminally-liable", "not-punishable", "punishable", "ordinary-prosecution"]
ADVISORY_UNIT_FROM = "2022-07-01"


def relation(amount, known, ceiling=None):
    """§4 «How a limit is read»: above, within or unknown."""
    if known is not None:
        return "above" if amount > known else "within"
    if ceiling is not None and amount > ceiling:
        return "above"
    return "unknown"


def completed_years(birth, day):
    """§2: completed years on `day`; born 29 February, a year older on 1 March in a common year."""
    year = int(day[:4])
    birthday = birth[5:]
    if birthday == "02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        birthday = "03-01"
    return year - int(birth[:4]) - (day[5:] < birthday)


class Answer:
    """What the engine's answer must contain."""

    def __init__(self, liability, recommended=None, conditions=(), limit_check=False, dependent_rule=False, youth_rule=False):
        self.liability = liability
        self.recommended = recommended
        self.conditions = frozenset(conditions)
        self.limit_check = limit_check
        # Whether §5.3 decided within the guideline (straffutmålingsfrafall available).
        self.dependent_rule = dependent_rule
        # Whether §5.2.2 decided (ungdomsoppfølging and forelegg as it says).
        self.youth_rule = youth_rule
        # Which of §5.5.4 ("adult") and §5.5.5 ("youth") decided under the statute, if one did.
        self.statute_rule = None

    def key(self):
        return (self.liability, self.recommended, tuple(sorted(self.conditions)), self.limit_check)


class Facts:
    def __init__(self, case):
        person = case["person"]
        self.age = person["ageAtOffence"] if "ageAtOffence" in person else completed_years(person["birthDate"], case["offenceDate"])
        self.dependent = person.get("dependent", False) in (True, "doubtful")
        self.priors = person.get("priorDrugReactions", 0)
        # §5.2.2: the youth's and the guardian's consent; either refused excludes.
        self.refused = person.get("consent") is False or person.get("guardianConsent") is False
        self.use_only = case["acts"] == ["use"]
        self.own_use = case.get("ownUse", True)
        self.decision = case["decisionDate"]
        # Two bags of one substance are one quantity.
        self.totals = {}
        for entry in case["substances"]:
            if entry.get("amount") is None:
                continue
            dimension, size = UNITS[entry["unit"]]
            key = (entry["substance"], dimension)
            self.totals[key] = self.totals.get(key, Decimal(0)) + Decimal(str(entry["amount"])) * size

    def advisory_unit(self):
        return {"radgivende-enhet"} if self.decision >= ADVISORY_UNIT_FROM else set()


def practice(facts, rule_set):
    """ra-2014 or hr-2022 (§5.2, §5.3), once §5.1.1–2 are past."""
    if rule_set == "hr-2022" and facts.dependent:
        relations = [relation(amount, GUIDELINE[key]) for key, amount in facts.totals.items()]
        if "above" in relations:
            return Answer("ordinary-prosecution")
        return Answer("punishable", "pataleunnlatelse", (), "unknown" in relations, dependent_rule=True)
    relations = [relation(amount, *RA_2014[key]) for key, amount in facts.totals.items()]
    if "above" in relations:
        return Answer("ordinary-prosecution")
    unknown = "unknown" in relations
    if facts.age < 18:
        if facts.priors >= 1 and not facts.refused:
            return Answer("punishable", "ungdomsoppfolging", (), unknown, youth_rule=True)
        conditions = {"provetid"} | facts.advisory_unit()
        if facts.priors == 0 and not facts.refused:
            conditions.add("ruskontrakt")
        return Answer("punishable", "pataleunnlatelse", conditions, unknown, youth_rule=True)
    return Answer("punishable", "forelegg", (), unknown)


def decide(case, rule_set):
    """The answer under `rule_set`, chosen explicitly (§5)."""
    facts = Facts(case)
    if facts.age < 15:
        return Answer("not-criminally-liable", "bekymringssamtale")
    if not facts.own_use:
        return Answer("ordinary-prosecution")
    if rule_set in ("ra-2014", "hr-2022"):
        return practice(facts, rule_set)
    if rule_set in PROPOSAL_TABLES:
        tables = PROPOSAL_TABLES[rule_set]
        within = [all(relation(amount, table[key]) == "within" for key, amount in facts.totals.items()) for table in tables]
        if rule_set == "prop-92-l-2021":
            held = len({key[0] for key in facts.totals})
            if held <= 3 and within[0]:
                return Answer("not-punishable", "radgivende-enhet")
            if within[1]:
                return Answer("punishable", "pataleunnlatelse", {"provetid", "radgivende-enhet"})
        elif within[0]:
            return Answer("not-punishable", "radgivende-enhet")
        return practice(facts, "hr-2022")
    if rule_set == "lov-2025":
        if facts.use_only:
            facts.totals = {}
        relations = [relation(amount, *LOV_2025[key]) for key, amount in facts.totals.items()]
        if facts.dependent or "above" in relations:
            return practice(facts, "hr-2022")
        unknown = "unknown" in relations
        if facts.age < 18:
            answer = Answer("punishable", "pataleunnlatelse", {"provetid"} | facts.advisory_unit(), unknown)
            answer.statute_rule = "youth"
        else:
            answer = Answer("punishable", "forenklet-forelegg", (), unknown)
            answer.statute_rule = "adult"
        return answer
    raise ValueError(f"unknown rule set {rule_set}")


FRAME_CODES = {"frame-strl-231", "frame-lml-31", "frame-lml-31-2025", "holding-beyond-possession", "above-mindre-mengde"}


def frame_notes(case, rule_set, answer):
    """§5.1.3 and §5.5.2: which penalty-frame notes the answer carries. The limit for minor
    reactions is the one that governs the person: the guideline for a dependent user where the
    practice has one (hr-2022, and what it decides for a proposal or the statute), ra-2014's
    otherwise. No frame where nobody is punished or the case is outside these rules."""
    facts = Facts(case)
    if facts.age < 15 or not facts.own_use or answer.liability == "not-punishable":
        return set()
    named_231 = bool({"acquisition", "storage"} & set(case["acts"]))
    statute = rule_set == "lov-2025"
    totals = {} if statute and facts.use_only else facts.totals
    if facts.dependent and rule_set != "ra-2014":
        beyond = any(relation(amount, GUIDELINE[key]) == "above" for key, amount in totals.items())
    else:
        beyond = any(relation(amount, *RA_2014[key]) == "above" for key, amount in totals.items())
    if statute and any(relation(amount, *LOV_2025[key]) == "above" for key, amount in totals.items()):
        notes = {"frame-strl-231", "above-mindre-mengde"}
    elif statute:
        notes = {"frame-lml-31-2025" if answer.liability != "ordinary-prosecution" else "frame-strl-231"}
    else:
        notes = {"frame-strl-231" if named_231 or beyond else "frame-lml-31"}
    if beyond and not named_231:
        notes.add("holding-beyond-possession")
    return notes


def select(case, in_force):
    """§3: the rule set a date picks and the answer, with what the answer must mention:
    (rule set, answer, mark) where mark is None, "later-law-warning", "later-law-note",
    "later-law-adopted" or "strl-3"."""
    practice_id = "ra-2014" if case["decisionDate"] < "2022-04-08" else "hr-2022"
    if in_force:
        if case["offenceDate"] >= in_force:
            return "lov-2025", decide(case, "lov-2025"), None
        if case["decisionDate"] >= in_force:
            then, now = decide(case, practice_id), decide(case, "lov-2025")
            if LIABILITY_ORDER.index(now.liability) < LIABILITY_ORDER.index(then.liability):
                return "lov-2025", now, "strl-3"
            return practice_id, then, "strl-3"
        adopted = "later-law-adopted" if case["decisionDate"] >= "2025-06-20" else None
        return practice_id, decide(case, practice_id), adopted
    answer = decide(case, practice_id)
    if case["decisionDate"] >= "2025-06-20":
        later = decide(case, "lov-2025")
        differs = (later.liability, later.recommended, later.conditions) != (answer.liability, answer.recommended, answer.conditions)
        return practice_id, answer, "later-law-warning" if differs else "later-law-note"
    return practice_id, answer, None
