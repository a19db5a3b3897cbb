# An invalid case with --explain: the plain words, and under each the code, JSON Pointer and technical message.
$ rusctl evaluate Fixtures/errors/several-errors-together.json --explain
--- exit 65
--- stdout
Saken kan ikke vurderes før disse 7 feilene er rettet:
  1. Feltet «extra» finnes ikke i en sak. Feltene som kan stå her, er: id,
     offenceDate, decisionDate, person, acts, ownUse, substances, otherOffences.
     [unknown-key /extra] unknown key "extra"; expected one of: id, offenceDate,
       decisionDate, person, acts, ownUse, substances, otherOffences
  2. Gjerningsdato: «2023-13-01» er ikke en dato som finnes: måneden må være
     01–12.
     [invalid-date /offenceDate] "2023-13-01" is not a real calendar date
       written YYYY-MM-DD
  3. Alder på gjerningstidspunktet: skriv tallet uten anførselstegn:
     "ageAtOffence": 30 (fant tekst i anførselstegn).
     [wrong-type /person/ageAtOffence] expected a whole number, found string
  4. Rusavhengig: skriv true (ja), false (nei) eller "doubtful" (tvil).
     [invalid-value /person/dependent] expected true, false or "doubtful", found
       "maybe"
  5. Handling nr. 2: «dealing» er ikke en handling; gyldige er bruk, besittelse,
     erverv og oppbevaring.
     [unknown-act /acts/1] unknown act "dealing"; expected one of: use (bruk),
       possession (besittelse, innehav), acquisition (erverv), storage
       (oppbevaring)
  6. Stoff nr. 1, mengde: må være større enn null.
     [out-of-range /substances/0/amount] -2 is not greater than zero
  7. Stoff nr. 1, enhet: cannabis måles ikke i l; skriv g, mg eller kg.
     [unit-mismatch /substances/0/unit] unit "l" does not fit cannabis; use g,
       mg or kg
--- stderr
rusctl: 1 av 1 sak er ugyldig
