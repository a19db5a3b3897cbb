# A spreadsheet dialect asked for without CSV output: exit 64, saying what it applies to.
$ rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 5 --to 10 --step 5 --csv-dialect excel-nb Tests/golden/cases/memo.ndjson
--- exit 64
--- stdout
--- stderr
Error: --csv-dialect applies to --format csv.
Help:  rusctl sweep --help
