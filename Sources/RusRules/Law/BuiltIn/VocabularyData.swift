// Rule data: the vocabulary every rule set shares — age tracks, units, substances, reactions,
// and conditions (docs/law.md §1–§3; contract.md).
// Loaded strictly by RuleDataLoader. Age limits and dates are legal values: they live here only.

extension BuiltInData {
    static let vocabulary = #"""
        {
          "ageTracks": [
            { "id": "barn", "fromAge": 0, "name": { "nb": "barn (under 15 år)", "en": "child (under 15)" },
              "citations": ["strl-20"] },
            { "id": "ungdom", "fromAge": 15, "name": { "nb": "ungdom (15–17 år)", "en": "youth (15–17)" },
              "citations": ["strl-20", "strpl-71a", "ra-2014-2"] },
            { "id": "ung-voksen", "fromAge": 18, "name": { "nb": "ung voksen (18–24 år)", "en": "young adult (18–24)" },
              "citations": ["pod-2019-ruskontrakt"] },
            { "id": "voksen", "fromAge": 25, "name": { "nb": "voksen (25 år og eldre)", "en": "adult (25 and over)" },
              "citations": ["pod-2019-ruskontrakt"] }
          ],
          "units": [
            { "id": "g", "dimension": "mass", "perBaseUnit": "1", "aliases": ["gram", "gr", "grams"] },
            { "id": "mg", "dimension": "mass", "perBaseUnit": "0.001", "aliases": ["milligram", "milligrams"] },
            { "id": "kg", "dimension": "mass", "perBaseUnit": "1000", "aliases": ["kilogram", "kilo", "kilograms"] },
            { "id": "ml", "dimension": "volume", "perBaseUnit": "1", "aliases": ["milliliter", "millilitre"] },
            { "id": "dl", "dimension": "volume", "perBaseUnit": "100", "aliases": ["desiliter", "decilitre"] },
            { "id": "l", "dimension": "volume", "perBaseUnit": "1000", "aliases": ["liter", "litre"] },
            { "id": "blotters", "dimension": "blotters", "perBaseUnit": "1", "aliases": ["lapper", "lapp", "blotter"],
              "names": { "nb": { "one": "lapp", "other": "lapper" }, "en": { "one": "blotter", "other": "blotters" } } },
            { "id": "doses", "dimension": "doses", "perBaseUnit": "1", "aliases": ["doser", "dose", "rusdoser", "rusdose"],
              "names": { "nb": { "one": "rusdose", "other": "rusdoser" }, "en": { "one": "dose", "other": "doses" } } }
          ],
          "acts": [
            { "id": "use", "name": { "nb": "bruk", "en": "use" }, "aliases": ["bruk"] },
            { "id": "possession", "name": { "nb": "besittelse", "en": "possession" }, "aliases": ["besittelse", "innehav"] },
            { "id": "acquisition", "name": { "nb": "erverv", "en": "acquisition" }, "aliases": ["erverv"] },
            { "id": "storage", "name": { "nb": "oppbevaring", "en": "storage" }, "aliases": ["oppbevaring"] }
          ],
          "plausibility": {
            "amountFactor": 10,
            "comment": "an amount more than this many times every own-use limit and ceiling known for the substance is flagged as implausible (a warning, not an error): a likely slip of unit or decimal point"
          },
          "substances": [
            { "id": "heroin", "name": { "nb": "heroin", "en": "heroin" }, "aliases": [], "units": ["g", "mg", "kg"] },
            { "id": "cocaine", "name": { "nb": "kokain", "en": "cocaine" }, "aliases": ["kokain"], "units": ["g", "mg", "kg"] },
            { "id": "amphetamine", "name": { "nb": "amfetamin", "en": "amphetamine" }, "aliases": ["amfetamin"], "units": ["g", "mg", "kg"] },
            { "id": "methamphetamine", "name": { "nb": "metamfetamin", "en": "methamphetamine" }, "aliases": ["metamfetamin"], "units": ["g", "mg", "kg"] },
            { "id": "ghb", "name": { "nb": "GHB (GHB, GBL, 1,4-butandiol)", "en": "GHB (GHB, GBL, 1,4-butanediol)" }, "aliases": ["ghb", "gbl", "1,4-butandiol", "1,4-butanediol"], "units": ["ml", "dl", "l"] },
            { "id": "lsd", "name": { "nb": "LSD", "en": "LSD" }, "aliases": [], "units": ["blotters", "mg"] },
            { "id": "mdma", "name": { "nb": "MDMA", "en": "MDMA" }, "aliases": [], "units": ["g", "mg", "kg"] },
            { "id": "cannabis", "name": { "nb": "cannabis (hasj, marihuana)", "en": "cannabis (hashish, marijuana)" }, "aliases": ["hasj", "marihuana"], "units": ["g", "mg", "kg"] },
            { "id": "psilocybin-mushrooms", "name": { "nb": "fleinsopp (psilocybin)", "en": "psilocybin mushrooms" }, "aliases": ["sopp", "fleinsopp", "psilocybin", "magic mushrooms"], "units": ["g", "mg", "kg"] },
            { "id": "khat", "name": { "nb": "khat", "en": "khat" }, "aliases": [], "units": ["g", "mg", "kg"] },
            { "id": "medicines", "name": { "nb": "legemidler (rusdoser)", "en": "medicines (doses)" }, "aliases": ["legemidler", "legemiddel"], "units": ["doses"],
              "notUnits": { "words": ["tabletter", "tablett", "tabl", "piller", "pille", "stk", "stykk", "kapsler", "kapsel"],
                "hint": { "nb": "Legemidler telles i rusdoser, ikke i tabletter eller stykk: regn om til antall rusdoser (én tablett er ikke alltid én rusdose) og skriv for eksempel 10 rusdoser.",
                          "en": "Medicines are counted in doses, not tablets or pieces: work out the number of doses (one tablet is not always one dose) and write, for example, 10 doses." } } }
          ],
          "reactions": [
            { "id": "bekymringssamtale", "name": { "nb": "bekymringssamtale", "en": "concern talk (bekymringssamtale)" }, "requires": [], "citations": ["pl-13"] },
            { "id": "pataleunnlatelse", "name": { "nb": "påtaleunnlatelse", "en": "waiver of prosecution (påtaleunnlatelse)" }, "requires": [], "citations": ["strpl-69"] },
            { "id": "forelegg", "name": { "nb": "forelegg", "en": "fine notice (forelegg)" }, "requires": [], "citations": ["strpl-255"] },
            { "id": "forenklet-forelegg", "name": { "nb": "forenklet forelegg", "en": "simplified fine notice (forenklet forelegg)" }, "requires": [], "citations": ["lml-31a", "lov-2025-06-20-83"] },
            { "id": "ungdomsoppfolging", "name": { "nb": "ungdomsoppfølging", "en": "youth follow-up (ungdomsoppfølging)" }, "requires": ["consent", "guardianConsent"], "citations": ["strpl-71a"] },
            { "id": "ungdomsstraff", "name": { "nb": "ungdomsstraff", "en": "youth sentence (ungdomsstraff)" }, "requires": ["consent", "guardianConsent"], "citations": ["strl-52a"] },
            { "id": "straffutmalingsfrafall", "name": { "nb": "straffutmålingsfrafall", "en": "guilt without penalty (straffutmålingsfrafall)" }, "requires": [], "citations": ["strl-61"] },
            { "id": "oppfolging-i-konfliktrad", "name": { "nb": "oppfølging i konfliktråd", "en": "follow-up in the mediation service (konfliktråd)" }, "requires": ["consent"], "citations": ["strpl-71a"] },
            { "id": "radgivende-enhet", "name": { "nb": "pålegg om oppmøte for rådgivende enhet for russaker", "en": "order to attend the municipal drug advisory unit" }, "requires": [], "citations": ["hotjl-3-9b", "nou-2019-26"] }
          ],
          "conditions": [
            { "id": "provetid", "name": { "nb": "prøvetid", "en": "probation period" }, "requires": [], "citations": ["strpl-69", "ra-2014-2"] },
            { "id": "ruskontrakt", "name": { "nb": "ruskontrakt", "en": "drug-testing contract" }, "requires": ["consent", "guardianConsent"], "citations": ["strl-37-d", "pod-2019-ruskontrakt"] },
            { "id": "ruskontroll", "name": { "nb": "ruskontroll", "en": "drug testing" }, "requires": ["consent"], "citations": ["strl-37-d", "pod-2019-ruskontrakt"] },
            { "id": "radgivende-enhet", "name": { "nb": "oppmøte for rådgivende enhet for russaker", "en": "attendance at the municipal drug advisory unit" }, "requires": [],
              "validFrom": "2022-07-01", "citations": ["strl-37-k", "hotjl-3-9b"] }
          ]
        }
        """#
}
