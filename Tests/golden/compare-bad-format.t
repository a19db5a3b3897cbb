# compare with an unknown format: exit 64.
$ rusctl compare --rules prop-92-l-2021 --format pdf Fixtures/practice/voksen-first-time.json
--- exit 64
--- stdout
--- stderr
Error: 'pdf' is not a valid value for '--format'; use text, json, csv, markdown or html.
Help:  rusctl compare --help
