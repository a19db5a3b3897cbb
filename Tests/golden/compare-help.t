# The exact help of rusctl compare, examples and usage line included.
$ rusctl compare --help
--- exit 0
--- stdout
OVERVIEW: Compare rule sets over a file of cases: outcome counts, breakdowns and transitions from the baseline.

USAGE: rusctl compare --rules <ids> [--baseline <id>] [--rules-file <file>] [--format <format>] [--changed] [--csv-dialect <dialect>] [--output <file>] [--today <date>] [--in-force <statute=date>] [--allow-invalid] [--jobs <n>] <file>

ARGUMENTS:
  <file>                  Cases as a JSON array or NDJSON ('-' reads standard input). Invalid cases are counted and listed.

OPTIONS:
  --rules <ids>           Rule sets to compare with the baseline, separated by commas.
  --baseline <id>         Practice rule set to compare against; it also decides what a proposal does not cover. Default: hr-2022.
  --rules-file <file>     A proposal of your own in the rule-data format (start from 'rusctl rules export ID'); its id becomes usable in --rules.
  --format <format>       Output format. Default: text. (text | json | csv | markdown | html)
  --changed               Also list the changed cases, baseline and proposal outcomes side by side.
  --csv-dialect <dialect> With --format csv: standard (comma, decimal point) or excel-nb (semicolon, decimal comma, byte order mark: opens as it is in Norwegian Excel and LibreOffice). Default: standard. (standard | excel-nb)
  --output <file>         Write the report to a file instead of standard output.
  --today <date>          Date assumed when a case has no decisionDate (YYYY-MM-DD). Default: today in Norway.
  --in-force <statute=date>  The date an adopted statute takes effect, e.g. lov-2025=2026-07-01. Without it the statute is never chosen by date (its in-force date is not known), and answers from its adoption say so. Acts before the date decided on or after it are weighed under straffeloven § 3.
  --allow-invalid         Exit 0 even when some cases are invalid (they are listed in the report and not counted). Default: exit 65.
  --jobs <n>              Evaluate on n threads; output order does not change. Default: the number of cores.
  --help                  Show help information.

EXAMPLES:
  # All three proposals against current practice
  rusctl compare --rules nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 cases.ndjson
  # An HTML report to open in a browser
  rusctl compare --rules prop-92-l-2021 --format html --output report.html cases.ndjson
  # Which cases change, as CSV
  rusctl compare --rules prop-92-l-2021 --changed --format csv cases.ndjson
  # The same for a Norwegian spreadsheet
  rusctl compare --rules prop-92-l-2021 --changed --format csv --csv-dialect excel-nb --output endringer.csv cases.ndjson
  # The 2025 statute as if in force from 1 July 2026: earlier decisions keep the baseline, acts before it the milder law
  rusctl compare --rules lov-2025 --in-force lov-2025=2026-07-01 cases.ndjson
--- stderr
