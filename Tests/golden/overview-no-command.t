# The overview, when no command is given on a terminal-less run: usage error.
$ rusctl 
--- exit 64
--- stdout
--- stderr
OVERVIEW: Reaction rules for Norwegian minor drug offences — which reactions apply, and why.

USAGE: rusctl <command> [options]

COMMANDS:
  evaluate                Decide which reactions apply to a minor drug case, and
                          why.
  ny                      Enter a case by answering questions, without writing
                          JSON; see the answer and save the case.
  mal                     Print a case template to fill in, with what each field
                          means and the values allowed.
  serve                   Serve the prosecutor's page in a browser and the JSON
                          API for case systems (loopback by default).
  compare                 Compare rule sets over a file of cases, or over
                          synthetic draws: counts, breakdowns, why cases change,
                          what rests on unknown limits, with provenance.
  sweep                   Recompute the outcome counts over a file of cases as
                          one substance's limit varies.
  sample                  Write synthetic cases as NDJSON, drawn from a
                          documented distribution; the same seed gives the same
                          cases.
  rules                   List the rule sets, show one with the source of each
                          value, or export one as rule data.
  test                    Run the rule fixtures: each case must be decided as
                          its fixture expects.
  check                   Check the rule data and rules: citations, limit order,
                          validity coverage, reachability, exclusive rules.

OPTIONS:
  --version               Show the version.
  --help                  Show help information.

See 'rusctl <command> --help' for a command's options and examples. In Norwegian: --lang nb.

