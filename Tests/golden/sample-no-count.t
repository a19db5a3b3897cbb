# sample without a count: exit 64.
$ rusctl sample
--- exit 64
--- stdout
--- stderr
Error: give the number of cases with --count <n> (a whole number ≥ 0).
Help:  rusctl sample --help
