# check of a rules file that cannot be read: exit 66.
$ rusctl check --rules-file no-such-rules.json
--- exit 66
--- stdout
--- stderr
rusctl: cannot read 'no-such-rules.json': no such file
