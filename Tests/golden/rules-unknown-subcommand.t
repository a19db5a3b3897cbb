# rules with an unknown subcommand: exit 64.
$ rusctl rules list
--- exit 64
--- stdout
--- stderr
Error: unknown subcommand 'list'; use 'rusctl rules', 'rules show <id>', 'rules export <id>', 'rules catalog', 'rules schema case|decision'.
Help:  rusctl rules --help
