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
  // Avgjørelsesdato, ÅÅÅÅ-MM-DD, ikke før gjerningsdatoen (valgfritt; uten den brukes dagens dato)
  "decisionDate": "2026-11-30",
  // Personen, slik han eller hun var på gjerningstidspunktet
  "person": {
    // Fødselsdato, ÅÅÅÅ-MM-DD — eller i stedet alderen på gjerningstidspunktet: "ageAtOffence": 17
    "birthDate": "2009-10-28",
    // Rusavhengig: true (ja), false (nei) eller "doubtful" (tvil); tvil kommer den siktede til gode
    "dependent": false,
    // Tidligere narkotikareaksjoner: et helt tall, 0 eller mer
    "priorDrugReactions": 0,
    // Samtykke: true eller false; utelat feltet hvis det ikke er kjent
    "consent": true,
    // Vergens samtykke (bare for mindreårige): true eller false; utelat feltet hvis det ikke er kjent
    "guardianConsent": true
  },
  // Handlinger, én eller flere
  // Tillatte verdier: "bruk", "besittelse", "erverv" eller "oppbevaring"
  "acts": ["bruk", "besittelse"],
  // Til eget bruk: true eller false (false gir ordinær straffeforfølgning)
  "ownUse": true,
  // Stoffer, ett eller flere, hvert med mengde og enhet
  // Stoffer: "heroin", "kokain", "amfetamin", "metamfetamin", "ghb", "lsd", "mdma", "hasj", "sopp", "khat" eller "legemidler"
  // Enheter — heroin, kokain, amfetamin, metamfetamin, mdma, hasj, sopp, khat: g, mg, kg; ghb: ml, dl, l; lsd: lapper, mg; legemidler: rusdoser
  // Mengde, større enn null, med desimalpunktum (4.5); ved bare bruk kan mengde og enhet utelates
  // Enheten, som må passe til stoffet
  "substances": [
    { "substance": "hasj", "amount": 4.5, "unit": "g" }
  ],
  // Andre lovbrudd i samme sak: true eller false
  "otherOffences": false
}
--- stderr
