# check with an unknown format: exit 64.
$ rusctl check --format xml
--- exit 64
--- stdout
--- stderr
Error: 'xml' is not a valid value for '--format'; use text or json.
Help:  rusctl check --help
