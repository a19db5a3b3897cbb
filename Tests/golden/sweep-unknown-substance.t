# sweep of a substance that does not exist: exit 64.
$ rusctl sweep --rules prop-92-l-2021 --substance cannabiss --from 5 --to 15 --step 5 Fixtures/practice/voksen-first-time.json
--- exit 64
--- stdout
--- stderr
Error: unknown substance 'cannabiss'. Did you mean 'cannabis'?
Help:  rusctl sweep --help
