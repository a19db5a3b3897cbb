# compare over a file that cannot be read: exit 66.
$ rusctl compare --rules prop-92-l-2021 no-such-cases.ndjson
--- exit 66
--- stdout
--- stderr
rusctl: cannot read 'no-such-cases.ndjson': no such file
