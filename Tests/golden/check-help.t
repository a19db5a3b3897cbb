# The exact help of rusctl check, examples and usage line included.
$ rusctl check --help
--- exit 0
--- stdout
OVERVIEW: Check the rule data and rules: citations, limit order, validity
coverage, reachability, exclusive rules.

USAGE: rusctl check [--rules-file <file>] [--format <format>] [--lang <lang>]

OPTIONS:
  --rules-file <file>     A proposal or a practice of your own in the rule-data
                          format (start from 'rusctl rules export ID'); its id
                          becomes usable in --rules and, for a practice, in
                          --baseline.
  --format <format>       Output format. Default: text. (text | json)
  --lang <lang>           Language of the tool's messages. Default: Norwegian
                          when LANG is Norwegian (nb, nn, no), else English. (nb
                          | en)
  --help                  Show help information.

EXAMPLES:
  # Check the built-in rule sets
  rusctl check
  # Check a proposal of your own with them
  rusctl check --rules-file mine.json
--- stderr
