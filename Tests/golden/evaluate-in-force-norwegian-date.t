# An in-force date written the Norwegian way: exit 64, with the option as it should be written.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --in-force lov-2025=1.7.2026 --lang nb
--- exit 64
--- stdout
--- stderr
Feil: --in-force: skriv datoen ÅÅÅÅ-MM-DD: lov-2025=2026-07-01.
Hjelp: rusctl evaluate --help
