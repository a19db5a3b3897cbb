# The case template in Norwegian, with what each field means and the values allowed beside it.
$ rusctl mal --today 2026-11-30
--- exit 0
--- stdout
// Mal for én sak. Fyll inn, slett alle linjer som begynner med //, og kjør: rusctl evaluate sak.json
{
  // Saksnummer (valgfritt); vises i svaret
  "id": "sak-2026-0001",
  // Gjerningsdato, ÅÅÅÅ-MM-DD
  "offenceDate": "2026-10-31",
  // Avgjørelsesdato, ÅÅÅÅ-MM-DD (valgfritt; uten den brukes dagens dato)
  "decisionDate": "2026-11-30",
  "person": {
    // Fødselsdato, ÅÅÅÅ-MM-DD — eller i stedet alderen på gjerningstidspunktet: "ageAtOffence": 17
    "birthDate": "2009-10-28",
    // Rusavhengig: true (ja), false (nei) eller "doubtful" (tvil)
    "dependent": false,
    // Tidligere narkotikareaksjoner: et helt tall, 0 eller mer
    "priorDrugReactions": 0,
    // Samtykke: true eller false; utelat linjen hvis det ikke er kjent
    "consent": true,
    // Vergens samtykke (bare under 18 år): true eller false; utelat linjen hvis det ikke er kjent
    "guardianConsent": true
  },
  // Handlinger, én eller flere: "bruk", "besittelse", "erverv" eller "oppbevaring"
  "acts": ["bruk", "besittelse"],
  // Til eget bruk: true eller false
  "ownUse": true,
  // Stoffer, ett eller flere: "heroin", "kokain", "amfetamin", "metamfetamin", "ghb", "lsd", "mdma", "hasj", "sopp", "khat" eller "legemidler"
  // Mengde med desimalpunktum (4.5, ikke 4,5). Enheter — heroin, kokain, amfetamin, metamfetamin, mdma, hasj, sopp, khat: g, mg, kg; ghb: ml, dl, l; lsd: lapper, mg; legemidler: doser
  // Ved bare bruk kan mengde og enhet utelates
  "substances": [
    { "substance": "hasj", "amount": 4.5, "unit": "g" }
  ],
  // Andre lovbrudd i samme sak: true eller false
  "otherOffences": false
}
--- stderr
