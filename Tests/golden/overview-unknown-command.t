# A command that does not exist: exit 64 with the nearest command.
$ rusctl evalute Fixtures/practice/voksen-first-time.json
--- exit 64
--- stdout
--- stderr
Error: unknown command 'evalute'. Did you mean 'evaluate'?
Help:  rusctl --help
