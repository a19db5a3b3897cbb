# The exact help of rusctl sweep, examples and usage line included.
$ rusctl sweep --help
--- exit 0
--- stdout
OVERVIEW: Recompute the outcome counts over a file of cases as one substance's
limit varies.

USAGE: rusctl sweep --rules <id> --substance <s> --from <a> --to <b> --step
         <d> [--rules-file <file>] [--table <name>] [--unit <u>] [--baseline
         <id>] [--format <format>] [--lang <lang>] [--csv-dialect <dialect>]
         [--output <file>] [--today <date>] [--in-force <statute=date>]
         [--synthetic] [--allow-invalid] [--jobs <n>] <file>

ARGUMENTS:
  <file>                  Cases as a JSON array or NDJSON ('-' reads standard
                          input).

OPTIONS:
  --rules <id>            Rule set whose limit varies (a proposal, or a
                          practice's dependent-user limits).
  --rules-file <file>     A proposal or a practice of your own in the rule-data
                          format (start from 'rusctl rules export ID'); its id
                          becomes usable in --rules and, for a practice, in
                          --baseline.
  --substance <s>         Substance whose limit varies (Norwegian names
                          accepted).
  --table <name>          Threshold table to vary (see 'rusctl rules show').
                          Default: the proposal's first tier's table.
  --unit <u>              Unit of --from, --to and --step. Default: the unit of
                          the table's row.
  --from <a>              First limit (> 0).
  --to <b>                Last limit (inclusive).
  --step <d>              Step between limits (> 0; at most 1000 points).
  --baseline <id>         Practice rule set to compare against and fall back on.
                          Default: hr-2022.
  --format <format>       Output format. Default: text. (text | json | csv |
                          markdown | html)
  --lang <lang>           Language of the report (text, markdown, html, and the
                          CSV's comment lines): Norwegian bokmål or English.
                          Default: nb. (nb | en)
  --csv-dialect <dialect> With --format csv: standard (comma, decimal point) or
                          excel-nb (semicolon, decimal comma, byte order mark:
                          opens as it is in Norwegian Excel and LibreOffice).
                          Default: standard. (standard | excel-nb)
  --output <file>         Write the result to a file instead of standard output.
  --today <date>          Date assumed when a case has no decisionDate
                          (YYYY-MM-DD).
  --in-force <statute=date>
                          The date an adopted statute takes effect, e.g.
                          lov-2025=2026-07-01. Without it the statute is never
                          chosen by date (its in-force date is not known), and
                          answers from its adoption say so. Acts before the date
                          decided on or after it are weighed under straffeloven
                          § 3. RUSCTL_IN_FORCE in the environment states it for
                          every command.
  --synthetic             Say that the cases are synthetic although their ids do
                          not carry rusctl sample's mark; the report then says
                          so.
  --allow-invalid         Exit 0 even when some cases are invalid (they are
                          listed in the report and not counted). Default: exit
                          65.
  --jobs <n>              Evaluate on n threads; output order does not change.
                          Default: the number of cores.
  --help                  Show help information.

EXAMPLES:
  # Prop. 92 L's lower cannabis threshold from 1 to 20 g
  rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 cases.ndjson
  # The same as a chart
  rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 --format html --output sweep.html cases.ndjson
  # As a Norwegian spreadsheet
  rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 1 --to 20 --step 1 --format csv --csv-dialect excel-nb --output sweep.csv cases.ndjson
--- stderr
