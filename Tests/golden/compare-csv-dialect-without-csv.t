# A spreadsheet dialect asked for without CSV output: exit 64, saying what it applies to.
$ rusctl compare --rules prop-92-l-2021 --format html --csv-dialect excel-nb Tests/golden/cases/memo.ndjson
--- exit 64
--- stdout
--- stderr
Error: --csv-dialect applies to --format csv.
Help:  rusctl compare --help
