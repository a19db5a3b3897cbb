# An invalid case: exit 65 with the error's code, pointer and message.
$ rusctl evaluate Fixtures/errors/unit-mismatch.json --lang en
--- exit 65
--- stdout
Case: invalid (1 error)
  unit-mismatch at /substances/0/unit: unit "dl" does not fit cannabis; use g, mg or kg
--- stderr
rusctl: 1 of 1 case invalid
