# An invalid case as JSON: the error object of the contract.
$ rusctl evaluate Fixtures/errors/several-errors-together.json --format json
--- exit 65
--- stdout
{
  "error": {
    "code": "unknown-key",
    "pointer": "/extra",
    "message": "unknown key \"extra\"; expected one of: id, offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences"
  },
  "errors": [
    {
      "code": "unknown-key",
      "pointer": "/extra",
      "message": "unknown key \"extra\"; expected one of: id, offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences"
    },
    {
      "code": "invalid-date",
      "pointer": "/offenceDate",
      "message": "\"2023-13-01\" is not a real calendar date written YYYY-MM-DD"
    },
    {
      "code": "wrong-type",
      "pointer": "/person/ageAtOffence",
      "message": "expected a whole number, found string"
    },
    {
      "code": "invalid-value",
      "pointer": "/person/dependent",
      "message": "expected true, false or \"doubtful\", found \"maybe\""
    },
    {
      "code": "unknown-act",
      "pointer": "/acts/1",
      "message": "unknown act \"dealing\"; expected one of: use (bruk), possession (besittelse, innehav), acquisition (erverv), storage (oppbevaring)"
    },
    {
      "code": "out-of-range",
      "pointer": "/substances/0/amount",
      "message": "-2 is not greater than zero"
    },
    {
      "code": "unit-mismatch",
      "pointer": "/substances/0/unit",
      "message": "unit \"l\" does not fit cannabis; use g, mg or kg"
    }
  ]
}
--- stderr
rusctl: 1 of 1 case invalid
