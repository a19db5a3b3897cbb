# A rule set named twice in --rules: exit 64, naming it.
$ rusctl compare --rules lov-2025,prop-92-l-2021,lov-2025 Tests/golden/cases/memo.ndjson
--- exit 64
--- stdout
--- stderr
Error: the rule set 'lov-2025' is named twice in --rules; name each once.
Help:  rusctl compare --help
