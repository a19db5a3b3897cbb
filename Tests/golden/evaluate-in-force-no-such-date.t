# An in-force date the calendar does not have: exit 64, saying what is wrong with it.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --in-force lov-2025=2026-02-29
--- exit 64
--- stdout
--- stderr
Error: --in-force: 2026-02-29 is not a date that exists: February 2026 has 28 days.
Help:  rusctl evaluate --help
