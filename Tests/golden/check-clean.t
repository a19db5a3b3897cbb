# check of the built-in rules: no findings.
$ rusctl check
--- exit 0
--- stdout
check: 5 rule sets, 18 rules, 33 citations: no findings
--- stderr
