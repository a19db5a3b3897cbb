# The exact help of rusctl evaluate, examples and usage line included.
$ rusctl evaluate --help
--- exit 0
--- stdout
OVERVIEW: Decide which reactions apply to a minor drug case, and why.

USAGE: rusctl evaluate [--rules <id>] [--rules-file <file>] [--baseline <id>]
         [--format <format>] [--no-trace] [--lang <lang>] [--explain]
         [--kort|--short] [--alle-kilder|--all-sources] [--today <date>]
         [--in-force <statute=date>] [--jobs <n>] [<file>|<dir>|-] ...

ARGUMENTS:
  <file>                  A case as JSON, a JSON array of cases, or NDJSON; or a
                          fixture file, whose case is evaluated. Several files,
                          and directories (their .json, .ndjson and .jsonl
                          files), are evaluated in turn, each case reported with
                          its file. '-' or nothing reads standard input.

OPTIONS:
  --rules <id>            Rule set to use instead of the one in force on the
                          decision date (see 'rusctl rules').
  --rules-file <file>     A proposal or a practice of your own in the rule-data
                          format (start from 'rusctl rules export ID'); its id
                          becomes usable in --rules and, for a practice, in
                          --baseline.
  --baseline <id>         Practice rule set that decides what a proposal does
                          not cover. Default: the proposal's own (hr-2022).
  --format <format>       Output format; json is the contract's decision object,
                          NDJSON for a batch; notat is the «begrunnelse» to
                          paste into a decision, in whole sentences, caveats
                          first. Default: text. (text | json | notat)
  --no-trace              With --format json: leave the trace out of each
                          decision (for large batches that need only the
                          answers; faster, and about a third of the output).
  --lang <lang>           Language of texts: Norwegian bokmål or English.
                          Default: nb. (nb | en)
  --explain               Show each rule that fired, with the values and
                          threshold it used and its source.
  --kort|--short          Print the summary alone: the rule set, the
                          recommendation and the caveats.
  --alle-kilder|--all-sources
                          List every source with its date and address, also
                          those of the excluded options, and give each reason,
                          note and caveat in full.
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
  --jobs <n>              Evaluate on n threads; output order does not change.
                          Default: the number of cores.
  --help                  Show help information.

EXAMPLES:
  # Decide a case from the fixtures, in Norwegian
  rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json
  # The same in English, with the rules that fired
  rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --lang en --explain
  # Only the summary
  rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --kort
  # What the 2021 bill would have said
  rusctl evaluate case.json --rules prop-92-l-2021
  # If the 2025 statute took effect on 1 July 2026 (straffeloven § 3 for earlier
  # acts)
  rusctl evaluate case.json --in-force lov-2025=2026-07-01
  # A batch as NDJSON for a script
  rusctl evaluate cases.ndjson --format json > decisions.ndjson
  # Every case file in a directory, each decision with its file
  rusctl evaluate Fixtures/practice --format json --no-trace
  # The same without each decision's trace, for a large batch
  rusctl evaluate cases.ndjson --format json --no-trace > decisions.ndjson
  # Your own proposal
  rusctl rules export prop-92-l-2021 > mine.json; rusctl evaluate case.json --rules-file mine.json --rules prop-92-l-2021-copy
--- stderr
