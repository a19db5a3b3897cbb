# rules with an unknown subcommand: exit 64, with the one it looks like.
$ rusctl rules shwo lov-2025
--- exit 64
--- stdout
--- stderr
Error: unknown subcommand 'shwo'. Did you mean 'show'? Use 'rules list', 'rules show <id>', 'rules export <id>', 'rules catalog', 'rules schema case|decision'.
Help:  rusctl rules --help
