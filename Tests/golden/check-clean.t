# check of the built-in rules: no findings.
$ rusctl check
--- exit 0
--- stdout
check: 6 rule sets, 23 rules, 42 citations: no findings
--- stderr
