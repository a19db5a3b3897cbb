# A rule set's id where the subcommand belongs: exit 64, with the command that was meant.
$ rusctl rules lov-2025
--- exit 64
--- stdout
--- stderr
Error: write 'rusctl rules show lov-2025' to show the rule set.
Help:  rusctl rules --help
