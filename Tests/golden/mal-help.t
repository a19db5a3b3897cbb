# The template command's help, with its English name.
$ rusctl template --help
--- exit 0
--- stdout
OVERVIEW: Print a case template to fill in, with what each field means and the
values allowed.

USAGE: rusctl mal [--lang <lang>] [--uten-kommentarer|--no-comments] [--today
         <date>]

ALSO: rusctl template

OPTIONS:
  --lang <lang>           Language of the explanations and of the words in the
                          example: Norwegian bokmål or English. Default: nb. (nb
                          | en)
  --uten-kommentarer|--no-comments
                          Leave the explanations out: the template is then a
                          valid case as it stands.
  --today <date>          Date the example dates are taken from (YYYY-MM-DD).
                          Default: today in Norway.
  --help                  Show help information.

EXAMPLES:
  # A template to fill in, in Norwegian (delete the lines starting with //
  # before evaluating it)
  rusctl mal > sak.json
  # Without the explanations: a valid case to edit and evaluate
  rusctl mal --uten-kommentarer > sak.json && rusctl evaluate sak.json
  # In English
  rusctl template --lang en --no-comments > case.json
--- stderr
