# A file that cannot be read: exit 66.
$ rusctl evaluate no-such-case.json
--- exit 66
--- stdout
--- stderr
rusctl: cannot read 'no-such-case.json': no such file
