# The help of evaluate in Norwegian bokmål: headings, options and examples.
$ rusctl evaluate --help --lang nb
--- exit 0
--- stdout
OVERSIKT: Avgjør hvilke reaksjoner som kan brukes i en sak om mindre
narkotikalovbrudd, og hvorfor.

BRUK:  rusctl evaluate [--rules <id>] [--rules-file <file>] [--baseline <id>]
         [--format <format>] [--no-trace] [--lang <lang>] [--explain]
         [--kort|--short] [--alle-kilder|--all-sources] [--today <date>]
         [--in-force <statute=date>] [--jobs <n>] [<file>|<dir>|-] ...

ARGUMENTER:
  <file>                  En sak som JSON, en JSON-liste med saker eller NDJSON;
                          eller en fiksturfil, hvis sak vurderes. Flere filer og
                          mapper (deres .json-, .ndjson- og .jsonl-filer)
                          vurderes etter tur, hver sak med sin fil. '-' eller
                          ingenting leser standard inn.

VALG:
  --rules <id>            Regelsettet som skal brukes i stedet for det som
                          gjaldt på avgjørelsesdatoen (se 'rusctl rules').
  --rules-file <file>     Et eget forslag eller en egen praksis i
                          regeldataformatet (begynn med 'rusctl rules export
                          ID'); id-en kan så brukes i --rules og, for en
                          praksis, i --baseline.
  --baseline <id>         Praksisen som avgjør det et forslag ikke dekker.
                          Standard: forslagets egen (hr-2022).
  --format <format>       Utdataformat; json er kontraktens avgjørelsesobjekt,
                          NDJSON for flere saker; notat er en begrunnelse til å
                          lime inn i en avgjørelse, i hele setninger med
                          forbeholdene først. Standard: text. (text | json |
                          notat)
  --no-trace              Med --format json: utelat sporet i hver avgjørelse
                          (for store mengder saker der bare svarene trengs;
                          raskere, og omtrent en tredjedel av utdataene).
  --lang <lang>           Språket i tekstene: norsk bokmål eller engelsk.
                          Standard: nb. (nb | en)
  --explain               Vis hver regel som slo til, med verdiene og grensen
                          den brukte og kilden.
  --kort|--short          Skriv bare sammendraget: regelsettet, anbefalingen og
                          forbeholdene.
  --alle-kilder|--all-sources
                          List alle kilder med dato og nettadresse, også for de
                          utelukkede reaksjonene, og gi hver begrunnelse,
                          merknad og hvert forbehold i sin helhet.
  --today <date>          Datoen som legges til grunn når en sak mangler
                          decisionDate (ÅÅÅÅ-MM-DD). Standard: dagens dato i
                          Norge.
  --in-force <statute=date>
                          Datoen en vedtatt lov trer i kraft, f.eks.
                          lov-2025=2026-07-01. Uten den velges loven aldri etter
                          dato (ikrafttredelsesdatoen er ikke kjent), og svar
                          fra vedtakelsen sier fra om det. Handlinger før datoen
                          som avgjøres på eller etter den, vurderes etter
                          straffeloven § 3. RUSCTL_IN_FORCE i miljøet oppgir
                          datoen for alle kommandoer.
  --jobs <n>              Vurder på n tråder; rekkefølgen i utdataene endres
                          ikke. Standard: antall kjerner.
  --help                  Vis hjelpen.

EKSEMPLER:
  # Vurder en sak fra fiksturene, på norsk
  rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json
  # Det samme på engelsk, med reglene som slo til
  rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --lang en --explain
  # Bare sammendraget
  rusctl evaluate Fixtures/practice/ungdom-first-consent-given.json --kort
  # Hva lovforslaget fra 2021 ville gitt
  rusctl evaluate case.json --rules prop-92-l-2021
  # Om lovendringen 2025 trer i kraft 1. juli 2026 (straffeloven § 3 for
  # tidligere handlinger)
  rusctl evaluate case.json --in-force lov-2025=2026-07-01
  # Mange saker som NDJSON til et skript
  rusctl evaluate cases.ndjson --format json > decisions.ndjson
  # Alle saksfilene i en mappe, hver avgjørelse med sin fil
  rusctl evaluate Fixtures/practice --format json --no-trace
  # Det samme uten sporet i hver avgjørelse, for mange saker
  rusctl evaluate cases.ndjson --format json --no-trace > decisions.ndjson
  # Ditt eget forslag
  rusctl rules export prop-92-l-2021 > mine.json; rusctl evaluate case.json --rules-file mine.json --rules prop-92-l-2021-copy
--- stderr
