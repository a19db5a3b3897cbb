# The version.
$ rusctl --version
--- exit 0
--- stdout
rusctl 0.1.0
--- stderr
