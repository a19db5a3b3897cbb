# The exact help of rusctl rules, examples and usage line included.
$ rusctl rules --help
--- exit 0
--- stdout
OVERVIEW: List the rule sets, show one with the source of each value, or export
one as rule data.

USAGE: rusctl rules [--rules-file <file>] [--lang <lang>] [list | show <id> |
         export <id> | catalog | schema case|decision]

ARGUMENTS:
  list                    List the rule sets (the same as no subcommand).
  show <id>               Show the rule set's tiers and threshold tables.
  export <id>             Print the rule set as rule data under the id
                          <id>-copy: the starting point for --rules-file.
  catalog                 Print the rule catalogue (Markdown) that docs/RULES.md
                          holds.
  schema case|decision    Print the JSON Schema of a case or of what evaluate
                          writes for one (docs/schema/), generated from the rule
                          data.

OPTIONS:
  --rules-file <file>     A proposal or a practice of your own in the rule-data
                          format (start from 'rusctl rules export ID'); its id
                          becomes usable in --rules and, for a practice, in
                          --baseline.
  --lang <lang>           Language of texts. Default: nb. (nb | en)
  --help                  Show help information.

EXAMPLES:
  # List the rule sets and when they apply
  rusctl rules
  # The thresholds of the 2021 bill, in English
  rusctl rules show prop-92-l-2021 --lang en
  # Start a proposal of your own from the 2021 bill
  rusctl rules export prop-92-l-2021 > mine.json
  # Check and show your own proposal
  rusctl rules show prop-92-l-2021-copy --rules-file mine.json
  # Regenerate the rule catalogue
  rusctl rules catalog > docs/RULES.md
  # Regenerate the case schema an editor checks case files with
  rusctl rules schema case > docs/schema/case.schema.json
--- stderr
