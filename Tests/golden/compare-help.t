# The exact help of rusctl compare, examples and usage line included.
$ rusctl compare --help
--- exit 0
--- stdout
OVERVIEW: Compare rule sets over a file of cases, or over synthetic draws:
counts, breakdowns, why cases change, what rests on unknown limits, with
provenance.

USAGE: rusctl compare --rules <ids> [--baseline <id>] [--rules-file <file>]
         [--format <format>] [--lang <lang>] [--changed] [--changed-csv <file>]
         [--csv-dialect <dialect>] [--output <file>] [--today <date>]
         [--in-force <statute=date>] [--synthetic] [--seeds <n>] [--count <n>]
         [--seed <s>] [--distribution <file>] [--vary <key=v1,v2>]
         [--allow-invalid] [--jobs <n>] [<file>]

ARGUMENTS:
  <file>                  Cases as a JSON array or NDJSON ('-' reads standard
                          input). Invalid cases are counted and listed. Not with
                          --seeds, which draws its own cases.

OPTIONS:
  --rules <ids>           Rule sets to compare with the baseline, separated by
                          commas.
  --baseline <id>         Practice rule set to compare against; it also decides
                          what a proposal does not cover. Default: hr-2022.
  --rules-file <file>     A proposal or a practice of your own in the rule-data
                          format (start from 'rusctl rules export ID'); its id
                          becomes usable in --rules and, for a practice, in
                          --baseline.
  --format <format>       Output format. Default: text. (text | json | csv |
                          markdown | html)
  --lang <lang>           Language of the report (text, markdown, html, and the
                          CSV's comment lines): Norwegian bokmål or English.
                          Default: nb. (nb | en)
  --changed               Also list the changed cases: amounts, outcomes side by
                          side, what decided under each rule set and the
                          deciding comparison; and the changes grouped by cause.
                          The changed cases are explained, so large files take
                          time: 10–20 seconds per million cases on two cores in
                          text, Markdown, CSV and JSON; in HTML, which shows the
                          first five cases of each cause and counts the rest,
                          about a second, under twice the time without
                          --changed. Memory stays low.
  --changed-csv <file>    Also write the changed cases as a tidy table of their
                          own (CSV): one header, a row per case and rule set,
                          typed columns (age group, dependency, substance,
                          amount as a number, unit, outcomes and conditions,
                          cause); follows --csv-dialect. Implies --changed.
  --csv-dialect <dialect> With --format csv: standard (comma, decimal point) or
                          excel-nb (semicolon, decimal comma, byte order mark:
                          opens as it is in Norwegian Excel and LibreOffice).
                          Default: standard. (standard | excel-nb)
  --output <file>         Write the report to a file instead of standard output.
  --today <date>          Date assumed when a case has no decisionDate
                          (YYYY-MM-DD). Default: today in Norway.
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
  --seeds <n>             Draw n independent synthetic populations (seeds --seed
                          … --seed+n-1) and report each share with its 95%
                          interval over the draws. The rest of the report is the
                          first draw's.
  --count <n>             With --seeds: cases per draw. Default: 10000.
  --seed <s>              With --seeds: the first seed. Default: 1.
  --distribution <file>   With --seeds: draw from this distribution (format of
                          'rusctl sample --show-distribution') instead of the
                          standard one.
  --vary <key=v1,v2>      With --seeds: repeat the draws with one parameter of
                          the distribution set to each value, one column per
                          value. Keys: birthDateShare, ownUseShare,
                          otherOffencesShare, useOnlyWithoutAmountShare,
                          dependent.true|false|doubtful,
                          consent.true|false|unknown, age.<from>-<to>,
                          substance.<substance>, median.<substance>,
                          spread.<substance>.
  --allow-invalid         Exit 0 even when some cases are invalid (they are
                          listed in the report and not counted). Default: exit
                          65.
  --jobs <n>              Evaluate on n threads; output order does not change.
                          Default: the number of cores.
  --help                  Show help information.

EXAMPLES:
  # All three proposals against current practice
  rusctl compare --rules nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 cases.ndjson
  # An HTML report in Norwegian to open in a browser or print
  rusctl compare --rules prop-92-l-2021 --format html --output rapport.html cases.ndjson
  # Why each case changes, and the changes by cause
  rusctl compare --rules prop-92-l-2021 --changed cases.ndjson
  # The same for a Norwegian spreadsheet
  rusctl compare --rules prop-92-l-2021 --changed --format csv --csv-dialect excel-nb --output endringer.csv cases.ndjson
  # The 2025 statute as if in force from 1 July 2026: earlier decisions keep the
  # baseline, acts before it the milder law
  rusctl compare --rules lov-2025 --in-force lov-2025=2026-07-01 cases.ndjson
  # Shares with intervals over 20 synthetic draws, and how they move with the
  # share of dependent users
  rusctl compare --rules lov-2025,prop-92-l-2021 --seeds 20 --count 1000 --vary dependent.true=0.05,0.12,0.25
--- stderr
