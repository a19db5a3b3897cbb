# The 2025 statute chosen explicitly, as a prosecutor reads it: the summary and its caveats come first.
$ rusctl evaluate Fixtures/lov-2025/adult-forenklet-forelegg.json
--- exit 0
--- stdout
Saken: besittelse; cannabis (hasj, marihuana) 2 g
Avgjort 01.05.2026; 30 år på gjerningstidspunktet — voksen (25 år og eldre)

KORT SVAR
  Regelsett: Lovendringen 2025 (LOV-2025-06-20-83) (versjon 2025-06-20), valgt
    uttrykkelig
  Anbefalt: forenklet forelegg (straffbart)
  Begrunnelse: Fra 18 år er forenklet forelegg normalreaksjonen for bruk og for
    erverv og oppbevaring av en mindre mengde til egen bruk (legemiddelloven
    § 31 a, etter Stortingets forutsetning). [lml-31a, innst-518-l-2024-2025,
    dagsavisen-2025, lov-2025-06-20-83]
  FORBEHOLD som kan endre svaret:
  ! Lovendringen 2025 (LOV-2025-06-20-83) er vedtatt, men det er ikke kjent når
    den trer i kraft; den er brukt fordi den ble valgt. Svaret viser hva loven
    vil gi når den er i kraft. [lov-2025-06-20-83, prop-112-l-2024-2025,
    innst-518-l-2024-2025, lml-31-2025]
  ! Grensen for «en mindre mengde» i lovendringen 2025 (LOV-2025-06-20-83) for
    cannabis (hasj, marihuana) er ukjent, men ikke høyere enn 15 g; mengden er
    2 g. Saken er vurdert som innenfor grensen; kontroller grensen før den
    anbefalte reaksjonen brukes. [lml-31-2025, prop-112-l-2024-2025,
    dagsavisen-2025, prop-92-l-2021, hr-2022-731-a]
  ! At forenklet forelegg er normalreaksjonen, bygger på Stortingsflertallets
    forutsetning, ikke lovteksten. [innst-518-l-2024-2025, dagsavisen-2025]

MULIGE
  påtaleunnlatelse med vilkår om prøvetid og oppmøte for rådgivende enhet for
    russaker: Kan brukes i stedet for forenklet forelegg. [strpl-69, strl-37-j]
  forelegg: Et ordinært forelegg kan fortsatt brukes. [strpl-255, lml-31-2025]
  oppfølging i konfliktråd: Samtykket er ikke avklart. [strpl-71a]

UTELUKKET
  – bekymringssamtale: Bare for barn under 18 år; personen var 30 år.
  – ungdomsoppfølging: Bare for ungdom (15–17 år); personen var 30 år.
  – ungdomsstraff: Ikke for et enkeltbrudd på legemiddelloven.
  – straffutmålingsfrafall: Bare for rusavhengige.
  – henvisning til frivillig oppmøte ved rådgivende enhet: Etter Stortingets
    forutsetning for personer under 18 år; fra 18 år er forenklet forelegg
    normalreaksjonen.

MERKNADER
  • Satsene for forenklet forelegg er ikke fastsatt. [lml-31a]
  • Forenklet forelegg skal ikke vises på politiattest (Stortingets
    forutsetning); registreringen er omstridt. [innst-518-l-2024-2025,
    dagsavisen-2025]
  • Mindre mengde til egen bruk: legemiddelloven § 31 andre ledd (bot eller
    fengsel inntil 6 måneder). [lml-31-2025, strl-231-2025]

KILDER: [lml-31a, lml-31-2025] legemiddelloven § 31 a og § 31 andre ledd;
  [innst-518-l-2024-2025] Innst. 518 L (2024–2025); [dagsavisen-2025]
  Dagsavisen, leder (2025); [lov-2025-06-20-83] LOV-2025-06-20-83; [strpl-69,
  strpl-255, strpl-71a] straffeprosessloven § 69, § 255 flg. og § 71 a;
  [strl-37-j, strl-231-2025] straffeloven § 37 første ledd bokstav j og § 231
  tredje ledd; [prop-112-l-2024-2025] Prop. 112 L (2024–2025); [prop-92-l-2021]
  Prop. 92 L (2020–2021); [hr-2022-731-a] HR-2022-731-A (i sin helhet:
  --alle-kilder)

Vurdert 01.12.2025: rusctl 0.3.0 (utviklerbygg), regeldata {rule-data-fingerprint}
--- stderr
