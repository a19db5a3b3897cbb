# A misspelt option: exit 64 with the option meant.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --explian
--- exit 64
--- stdout
--- stderr
Error: unknown option '--explian'. Did you mean '--explain'?
Help:  rusctl evaluate --help
