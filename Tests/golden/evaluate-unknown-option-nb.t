# A misspelt option, in Norwegian bokmål: the closest option and where to find help.
$ rusctl evaluate --explian --lang nb
--- exit 64
--- stdout
--- stderr
Feil: ukjent valg '--explian'. Mente du '--explain'?
Hjelp: rusctl evaluate --help
