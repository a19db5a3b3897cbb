# sweep without its range: exit 64.
$ rusctl sweep --rules prop-92-l-2021 --substance cannabis Fixtures/practice/voksen-first-time.json
--- exit 64
--- stdout
--- stderr
Error: give --from as a number (4.5 or 4,5).
Help:  rusctl sweep --help
