# The exact help of rusctl test, examples and usage line included.
$ rusctl test --help
--- exit 0
--- stdout
OVERVIEW: Run the rule fixtures: each case must be decided as its fixture
expects.

USAGE: rusctl test [--filter <text>] [--verbose] [--coverage] [--min-coverage
         <p>] [--format <format>] [--junit <file>] [--in-force <statute=date>]
         [--scaffold <id>] [<dir>]

ARGUMENTS:
  <dir>                   Directory of fixture files (*.json), searched
                          recursively. Default: Fixtures.

OPTIONS:
  --filter <text>         Run only fixtures whose file name contains the text.
  --verbose               List passing fixtures too.
  --coverage              Report legal coverage: the rules each rule set fired,
                          and every limit tested at and just above it.
  --min-coverage <p>      Fail (exit 1) when legal coverage is below p percent;
                          implies --coverage.
  --format <format>       Output format: text for people, junit (XML) for CI.
                          Default: text. (text | junit)
  --junit <file>          Also write JUnit XML to this file, alongside the text
                          output.
  --in-force <statute=date>
                          The date an adopted statute takes effect, e.g.
                          lov-2025=2026-07-01. Without it the statute is never
                          chosen by date (its in-force date is not known), and
                          answers from its adoption say so. Acts before the date
                          decided on or after it are weighed under straffeloven
                          § 3. RUSCTL_IN_FORCE in the environment states it for
                          every command.
  --scaffold <id>         Write the fixtures a new rule set needs for coverage —
                          a case at and one just above every limit of its own
                          tables, with the answer the engine gives now — into
                          <dir> (default: Fixtures/<id>), for review; existing
                          files are never overwritten.
  --help                  Show help information.

EXAMPLES:
  # Run every fixture
  rusctl test
  # Coverage fixtures for a new rule set, for review
  rusctl test --scaffold prop-92-l-2021 Fixtures/scaffold
  # Only the Prop. 92 L fixtures, listing each
  rusctl test Fixtures --filter prop-92 --verbose
  # The CI gate: every rule fired and every limit tested
  rusctl test --min-coverage 100 --junit fixtures.xml
--- stderr
