# test over a folder that does not exist: exit 66.
$ rusctl test no-such-dir
--- exit 66
--- stdout
--- stderr
rusctl: cannot read fixture directory 'no-such-dir'
