# The exact help of rusctl sample, examples and usage line included.
$ rusctl sample --help
--- exit 0
--- stdout
OVERVIEW: Write synthetic cases as NDJSON, drawn from a documented distribution; the same seed gives the same cases.

USAGE: rusctl sample [--count <n>] [--seed <s>] [--distribution <file>] [--show-distribution]

OPTIONS:
  --count <n>             How many cases to write.
  --seed <s>              Seed for the random draws (a whole number). Default: 1.
  --distribution <file>   A distribution of your own, in the format --show-distribution prints.
  --show-distribution     Print the default distribution (JSON) and exit.
  --help                  Show help information.

EXAMPLES:
  # 10 000 cases for an analysis
  rusctl sample --count 10000 --seed 7 > cases.ndjson
  # Change the distribution and draw from it
  rusctl sample --show-distribution > dist.json; rusctl sample --count 1000 --distribution dist.json
--- stderr
