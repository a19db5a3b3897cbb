# A step that gives more limits than a sweep takes: exit 64, saying how many it gives.
$ rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 5 --step 0,0001 --lang nb Tests/golden/cases/memo.ndjson
--- exit 64
--- stdout
--- stderr
Feil: --step 0,0001 gir 40 001 grenser fra 1 til 5; høyst 1000. Velg et større steg.
Hjelp: rusctl sweep --help
