import RusRules
print(RuleBook.builtIn.ruleSets.map(\.id))
