# Straffeloven § 3: an act before lov-2025's stated in-force date, decided after it; the milder new law decides and otherLaw gives hr-2022's outcome.
$ rusctl evaluate Fixtures/selection/strl-3-new-law-milder.json --format json --no-trace --lang en
--- exit 0
--- stdout
{
  "ruleSet": "lov-2025",
  "ruleSetVersion": "2025-06-20",
  "decidedBy": "lov-2025",
  "decisionDate": "2026-08-01",
  "decisionDateAssumed": false,
  "ageAtOffence": 30,
  "ageTrack": "voksen",
  "liability": "punishable",
  "recommended": "forenklet-forelegg",
  "otherLaw": {
    "ruleSet": "hr-2022",
    "liability": "ordinary-prosecution",
    "recommended": null
  },
  "options": [
    {
      "reaction": "forenklet-forelegg",
      "status": "recommended",
      "conditions": [],
      "requires": [],
      "reasons": ["From 18, a simplified fine notice is the normal reaction to use, and to acquiring and keeping a small quantity for own use (legemiddelloven § 31 a, on the Storting's premise)."],
      "citations": ["lml-31a", "innst-518-l-2024-2025", "dagsavisen-2025", "lov-2025-06-20-83"]
    },
    {
      "reaction": "pataleunnlatelse",
      "status": "available",
      "conditions": ["provetid", "radgivende-enhet"],
      "requires": [],
      "reasons": ["A waiver with a probation period and a condition to attend the municipal drug advisory unit, up to three times within three months."],
      "citations": ["strpl-69", "strl-37-j"]
    },
    {
      "reaction": "forelegg",
      "status": "available",
      "conditions": [],
      "requires": [],
      "reasons": ["An ordinary fine notice can still be used."],
      "citations": ["strpl-255", "lml-31-2025"]
    },
    {
      "reaction": "oppfolging-i-konfliktrad",
      "status": "available",
      "conditions": [],
      "requires": ["consent"],
      "reasons": ["Requires the consent of the suspect; it is not yet known."],
      "citations": ["strpl-71a"]
    },
    {
      "reaction": "bekymringssamtale",
      "status": "excluded",
      "reasons": ["A preventive measure for children under 18; the person was 30."],
      "citations": ["pl-13"]
    },
    {
      "reaction": "ungdomsoppfolging",
      "status": "excluded",
      "reasons": ["Only for a youth (15–17) at the time of the act; the person was 30."],
      "citations": ["strpl-71a"]
    },
    {
      "reaction": "ungdomsstraff",
      "status": "excluded",
      "reasons": ["For the most serious offences; not a reaction for a single offence against legemiddelloven alone."],
      "citations": ["strl-52a", "pod-2019"]
    },
    {
      "reaction": "straffutmalingsfrafall",
      "status": "excluded",
      "reasons": ["For dependent users (HR-2022-731-A); the person is not stated to be dependent."],
      "citations": ["hr-2022-731-a", "ra-2022-05-13", "strl-61"]
    },
    {
      "reaction": "radgivende-enhet",
      "status": "excluded",
      "reasons": ["Referral to the municipal drug advisory unit (politiloven § 9 a) is, on the Storting's premise, the reaction for persons under 18; from 18 the simplified fine notice is the normal reaction."],
      "citations": ["pl-9a", "innst-518-l-2024-2025", "hotjl-3-9b", "nou-2019-26"]
    }
  ],
  "notes": [
    {
      "code": "fine-rate-unknown",
      "text": "The rates of the simplified fine notice under legemiddelloven § 31 a are not set; the amount is unknown.",
      "citations": ["lml-31a"]
    },
    {
      "code": "forenklet-forelegg-politiattest",
      "text": "On the Storting's premise, a simplified fine notice is not to be shown on a police certificate; whether it is to be entered in the criminal records register is disputed.",
      "citations": ["innst-518-l-2024-2025", "dagsavisen-2025"]
    },
    {
      "code": "frame-lml-31-2025",
      "text": "Acquiring and keeping a small quantity of drugs for own use, and using drugs: legemiddelloven § 31 second paragraph (a fine or imprisonment for up to 6 months); straffeloven § 231 third paragraph refers there.",
      "citations": ["lml-31-2025", "strl-231-2025"]
    },
    {
      "code": "strl-3",
      "text": "Straffeloven § 3: the act was committed before the new law took effect, but the law at the time of the decision gives a more favourable result for the suspect, and it applies. Practice since 2022 (HR-2022) would give: ordinary prosecution.",
      "citations": ["strl-3"]
    }
  ],
  "warnings": [
    {
      "code": "guideline-value",
      "text": "That a simplified fine notice is the normal reaction from 18 follows from the Storting majority's premise (Innst. 518 L (2024–2025)), as reported by secondary sources, not from the statute's text: a guideline, not settled law.",
      "citations": ["innst-518-l-2024-2025", "dagsavisen-2025"]
    }
  ]
}
--- stderr
