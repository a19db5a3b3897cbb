# test with a coverage gate that is not a number: exit 64.
$ rusctl test --min-coverage all
--- exit 64
--- stdout
--- stderr
Error: --min-coverage takes a percentage from 0 to 100.
Help:  rusctl test --help
