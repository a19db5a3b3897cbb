# A value outside the choices: exit 64 naming them.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --lang de
--- exit 64
--- stdout
--- stderr
Error: 'de' is not a valid value for '--lang'; use nb or en.
Help:  rusctl evaluate --help
