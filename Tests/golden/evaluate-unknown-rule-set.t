# An unknown rule set: exit 64 listing the known ones.
$ rusctl evaluate Fixtures/practice/voksen-first-time.json --rules hr-2023
--- exit 64
--- stdout
--- stderr
Error: unknown rule set 'hr-2023'. Did you mean 'hr-2022'? Known: ra-2014, hr-2022, nou-2019-26-flertall, nou-2019-26-mindretall, prop-92-l-2021, lov-2025.
Help:  rusctl evaluate --help
