# An invalid case as JSON: the error object of the contract.
$ rusctl evaluate Fixtures/errors/several-errors-together.json --format json
--- exit 65
--- stdout
{
  "error": {
    "code": "unknown-key",
    "pointer": "/extra",
    "message": "unknown key \"extra\"; expected one of: id, offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences",
    "text": "Feltet «extra» finnes ikke i en sak. Feltene som kan stå her, er: id, offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences."
  },
  "errors": [
    {
      "code": "unknown-key",
      "pointer": "/extra",
      "message": "unknown key \"extra\"; expected one of: id, offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences",
      "text": "Feltet «extra» finnes ikke i en sak. Feltene som kan stå her, er: id, offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences."
    },
    {
      "code": "invalid-date",
      "pointer": "/offenceDate",
      "message": "\"2023-13-01\" is not a real calendar date written YYYY-MM-DD",
      "text": "Gjerningsdato: «2023-13-01» er ikke en dato som finnes: måneden må være 01–12."
    },
    {
      "code": "wrong-type",
      "pointer": "/person/ageAtOffence",
      "message": "expected a whole number, found string",
      "text": "Alder på gjerningstidspunktet: skriv tallet uten anførselstegn: \"ageAtOffence\": 30 (fant tekst i anførselstegn)."
    },
    {
      "code": "invalid-value",
      "pointer": "/person/dependent",
      "message": "expected true, false or \"doubtful\", found \"maybe\"",
      "text": "Rusavhengig: skriv true (ja), false (nei) eller \"doubtful\" (tvil)."
    },
    {
      "code": "unknown-act",
      "pointer": "/acts/1",
      "message": "unknown act \"dealing\"; expected one of: use (bruk), possession (besittelse, innehav), acquisition (erverv), storage (oppbevaring)",
      "text": "Handling nr. 2: «dealing» er ikke en handling; gyldige er bruk, besittelse, erverv og oppbevaring."
    },
    {
      "code": "out-of-range",
      "pointer": "/substances/0/amount",
      "message": "-2 is not greater than zero",
      "text": "Stoff nr. 1, mengde: må være større enn null."
    },
    {
      "code": "unit-mismatch",
      "pointer": "/substances/0/unit",
      "message": "unit \"l\" does not fit cannabis; use g, mg or kg",
      "text": "Stoff nr. 1, enhet: cannabis måles ikke i l; skriv g, mg eller kg."
    }
  ]
}
--- stderr
rusctl: 1 av 1 sak er ugyldig
