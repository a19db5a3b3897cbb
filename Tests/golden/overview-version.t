# The version.
$ rusctl --version
--- exit 0
--- stdout
rusctl 0.3.0
commit: not recorded (a development build; Tools/build-release records it)
rule data: {rule-data-fingerprint}
rule sets: ra-2014 2014-07-01, hr-2022 2022-07-01, nou-2019-26-flertall 2019-12, nou-2019-26-mindretall 2019-12, prop-92-l-2021 2021, lov-2025 2025-06-20
--- stderr
