# compare without rule sets: exit 64.
$ rusctl compare Fixtures/practice/voksen-first-time.json
--- exit 64
--- stdout
--- stderr
Error: name the rule sets to compare with --rules (or give --rules-file).
Help:  rusctl compare --help
