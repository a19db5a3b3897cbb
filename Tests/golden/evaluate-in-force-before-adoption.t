# An in-force date before the statute was adopted: exit 64, saying when it was adopted.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --in-force lov-2025=2025-01-01
--- exit 64
--- stdout
--- stderr
Error: --in-force: lov-2025 was adopted on 2025-06-20; it cannot take effect on 2025-01-01.
Help:  rusctl evaluate --help
