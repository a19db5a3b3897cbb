# --from above --to: exit 64, naming both.
$ rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 5 --to 1 --step 1 Tests/golden/cases/memo.ndjson
--- exit 64
--- stdout
--- stderr
Error: --from 5 is greater than --to 1; give the lowest limit first.
Help:  rusctl sweep --help
