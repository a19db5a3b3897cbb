# A sweep in English Markdown: provenance, and the rule set's own value marked.
$ rusctl sweep --rules prop-92-l-2021 --substance cannabis --from 5 --to 15 --step 5 --format markdown --lang en --today 2024-06-01 Tests/golden/cases/memo.ndjson
--- exit 0
--- stdout
# The lower threshold in Prop. 92 L (2020–2021) for cannabis (hashish, marijuana) (g), varied over 8 valid cases (0 invalid); baseline practice since 2022 (HR-2022)

- **Generated:** 2025-12-01T01:00:00+01:00
- **Tool:** rusctl 0.3.0, commit not recorded (development build)
- **Rule data:** built in, fingerprint {rule-data-fingerprint}
- **Rule set:** hr-2022 version 2022-07-01 — Practice after the Supreme Court rulings of 8 April 2022 and the Director of Public Prosecutions' letter of 13 May 2022 (practice, decisions from 2022-04-08)
- **Rule set:** prop-92-l-2021 version 2021 — Prop. 92 L (2020–2021) drug reform bill, lower and upper thresholds (proposal, never in force)
- **Input:** Tests/golden/cases/memo.ndjson: 8 cases, SHA-256 6af152dbfa162d9a2029c38aaed07fba13828879b69d059887d2f25f37fc5aa6
- **Date for cases without a decision date (--today):** 2024-06-01
- **--in-force:** not stated

| limit (g) | not criminally liable | not punishable | punishable | ordinary prosecution | changed from the baseline |
| ---: | ---: | ---: | ---: | ---: | ---: |
| 5 | 1 (12.5%) | 3 (37.5%) | 3 (37.5%) | 1 (12.5%) | 4 (50.0%) |
| 10 (the proposal) | 1 (12.5%) | 3 (37.5%) | 3 (37.5%) | 1 (12.5%) | 4 (50.0%) |
| 15 | 1 (12.5%) | 4 (50.0%) | 2 (25.0%) | 1 (12.5%) | 4 (50.0%) |
--- stderr
