# An option without its value: exit 64.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --rules
--- exit 64
--- stdout
--- stderr
Error: '--rules' needs a value <id>.
Help:  rusctl evaluate --help
