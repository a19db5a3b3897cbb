# sample with a count that is not a number: exit 64.
$ rusctl sample --count many
--- exit 64
--- stdout
--- stderr
Error: give the number of cases with --count <n> (a whole number ≥ 0).
Help:  rusctl sample --help
