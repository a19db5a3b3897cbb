# The exact help of rusctl sample, examples and usage line included.
$ rusctl sample --help
--- exit 0
--- stdout
OVERVIEW: Write synthetic cases as NDJSON, drawn from a documented distribution;
the same seed gives the same cases.

USAGE: rusctl sample [--count <n>] [--seed <s>] [--distribution <file>]
         [--show-distribution] [--style <style>] [--lang <lang>]

OPTIONS:
  --count <n>             How many cases to write.
  --seed <s>              Seed for the random draws (a whole number). Default:
                          1.
  --distribution <file>   A distribution of your own, in the format
                          --show-distribution prints.
  --show-distribution     Print the default distribution (JSON) and exit.
  --style <style>         Write the cases as another program would: spaced
                          (Python's json.dumps), exponent (amounts as 25E-1),
                          long-decimals (amounts with floating-point noise,
                          2.4999999999999999). Default: compact. (compact |
                          spaced | exponent | long-decimals)
  --lang <lang>           Language of the tool's messages. Default: Norwegian
                          when LANG is Norwegian (nb, nn, no), else English. (nb
                          | en)
  --help                  Show help information.

EXAMPLES:
  # 10 000 cases for an analysis
  rusctl sample --count 10000 --seed 7 > cases.ndjson
  # Change the distribution and draw from it
  rusctl sample --show-distribution > dist.json; rusctl sample --count 1000 --distribution dist.json
  # The same cases as Python's json.dumps writes them, to test a reader
  rusctl sample --count 1000 --style spaced
--- stderr
