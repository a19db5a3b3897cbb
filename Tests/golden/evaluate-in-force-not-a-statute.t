# An in-force date for a rule set that is not a statute: exit 64, naming the statutes.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --in-force hr-2022=2026-07-01
--- exit 64
--- stdout
--- stderr
Error: --in-force: "hr-2022" is not a statute whose in-force date can be stated; statutes: lov-2025.
Help:  rusctl evaluate --help
