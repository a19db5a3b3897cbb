# An invalid case: exit 65, each error in plain words with the field (counted from 1) and the fix.
$ rusctl evaluate Fixtures/errors/unit-mismatch.json --lang en
--- exit 65
--- stdout
The case cannot be assessed until this error is corrected:
  1. Substance no. 1, unit: cannabis is not measured in dl; write g, mg or kg.
--- stderr
rusctl: 1 of 1 case invalid
