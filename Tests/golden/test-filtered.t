# test of one fixture folder, filtered.
$ rusctl test Fixtures/age --filter 29-feb
--- exit 0
--- stdout
4 passed, 0 failed
--- stderr
