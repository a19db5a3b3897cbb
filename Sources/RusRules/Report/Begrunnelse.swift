/// The «begrunnelse» a prosecutor pastes into a decision: whole sentences, the caveats first,
/// ordinary legal citations («jf. straffeprosessloven § 69»), no bracketed ids. Built from the
/// decision alone, in the language asked.
public enum Begrunnelse {
    /// The «begrunnelse» for `decision`: the caveats first, the facts, then why and the answer (the
    /// rules' own reasons for the recommended reaction, or for shutting out the minor reactions),
    /// in whole sentences with legal citations.
    public static func text(_ decision: Decision, book: RuleBook, language: Language) -> String {
        let nb = language == .nb
        func say(_ norwegian: String, _ english: String) -> String { nb ? norwegian : english }
        let vocabulary = book.vocabulary
        let ruleSet = book.ruleSet(decision.ruleSet)
        var sentences: [String] = []

        // The caveats under one heading word, as a decision states its reservations: «Forbehold:»
        // once, not before each.
        let caveats = decision.caveats
        for (index, caveat) in caveats.enumerated() {
            let heading = index > 0 ? "" : caveats.count == 1 ? say("Forbehold: ", "Caveat: ") : say("Forbehold: ", "Caveats: ")
            sentences.append(heading + sentence(caveat.text.text(language)))
        }

        let acts = Wording.list(decision.acts.map { vocabulary.definition(of: $0).name.text(language) }, language)
        let substances = Wording.list(
            decision.substances.map { entry in
                let name = Wording.substance(entry.substance, vocabulary, language)
                guard let amount = entry.amount, let unit = entry.unit else { return name }
                return Wording.amount(amount, unit, language) + say(" ", " of ") + name
            }, language)
        sentences.append(say("Saken gjelder \(acts) av \(substances).", "The case concerns \(acts) of \(substances)."))
        // A child under 15 cannot be charged: «barnet», not «siktede».
        let child = decision.liability == .notCriminallyLiable
        let who = child ? say("barnet", "the child") : say("siktede", "the suspect")
        var person =
            Wording.capitalized(who) + say(" var \(decision.ageAtOffence) år på gjerningstidspunktet", " was \(decision.ageAtOffence) at the time of the act")
        if let dependent = decision.dependency, dependent != .no {
            person +=
                dependent == .yes
                ? say(" og er oppgitt å være rusavhengig", " and is stated to be drug-dependent")
                : say(
                    ", og det er tvil om \(who) er rusavhengig; tvilen kommer \(who) til gode",
                    "; whether \(who) is drug-dependent is doubtful, and the doubt counts in \(who)'s favour")
        }
        sentences.append(person + ".")
        sentences.append(
            say("Vurderingen bygger på: \(ruleSet?.title.nb ?? decision.ruleSet).", "The assessment rests on: \(ruleSet?.title.en ?? decision.ruleSet)."))

        if let option = decision.options.first(where: { $0.status == .recommended }) {
            let name = Wording.reaction(option.reaction, vocabulary, language, under: ruleSet)
            let conditions =
                option.conditions.isEmpty
                ? (option.reaction == .pataleunnlatelse ? say(" uten vilkår", " without conditions") : "")
                : Wording.withConditions(option.conditions, vocabulary, language)
            // Why the rules propose it, in their words; whose consent and which limit follow below.
            let why = option.reasons.filter { !Consent.isConsentReason($0) && !$0.brief(language).isEmpty }.map { sentence($0.text(language)) }
            switch decision.liability {
            case .notPunishable: sentences.append(say("Forholdet er ulovlig, men ikke straffbart.", "The act is unlawful but not punishable."))
            // The rule's own reason says that a child under 15 cannot be punished, and why.
            case .notCriminallyLiable where why.isEmpty:
                sentences.append(
                    say(
                        "Barnet var under den strafferettslige lavalderen og kan ikke straffes.",
                        "The child was under the age of criminal responsibility and cannot be punished."))
            case .notCriminallyLiable: break
            case .punishable, .ordinaryProsecution: sentences.append(say("Forholdet er straffbart.", "The act is punishable."))
            }
            sentences += why
            sentences.append(
                say("Det anbefales \(name)\(conditions)", "\(Wording.capitalized(name))\(conditions) is recommended")
                    + legalReferences(option.citations, book, nb)
                    + ".")
            // Whose consent it needs, and where that stands (the consent reason in brief).
            let parties = option.requires.compactMap(\.party)
            if !parties.isEmpty {
                let standing = option.reasons.first(where: Consent.isConsentReason).map { " " + $0.brief(language) } ?? ""
                sentences.append(
                    say(
                        "Reaksjonen forutsetter samtykke fra \(Wording.consentParties(parties, language)).",
                        "The reaction requires the consent of \(Wording.consentParties(parties, language)).") + standing)
            }
            if option.requires.contains(.limitCheck) {
                sentences.append(
                    say(
                        "Anbefalingen forutsetter at mengden er innenfor en grense som må kontrolleres konkret.",
                        "The recommendation assumes that the amount is within a limit that must be checked in the case."))
            }
        } else {
            // Why: the reason that shuts out the minor reactions (over a limit, not for own use).
            let excluded = decision.options.first { $0.reaction == .pataleunnlatelse && $0.status == .excluded }
            let why = excluded?.reasons ?? []
            sentences += why.map { sentence($0.text(language)) }
            // The sources of that reason (not of the reaction it excludes) and of the notes on the
            // case's frame; a later statute that would answer the same is no ground for the answer.
            let own = Set(vocabulary.reaction(.pataleunnlatelse).citations)
            let cited =
                (excluded?.citations.filter { !own.contains($0) } ?? [])
                + decision.notes.filter { !$0.code.hasPrefix("later-law") }.flatMap(\.citations)
            sentences.append(
                (why.isEmpty
                    ? say("Forholdet hører under ordinær straffeforfølgning; ingen", "The case belongs to ordinary prosecution; no")
                    : say("Ingen", "No"))
                    + say(" reaksjon for mindre narkotikalovbrudd er aktuell", " minor-offence reaction applies") + legalReferences(cited, book, nb)
                    + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// A text as one sentence: ending with a full stop.
    private static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix(".") || trimmed.hasSuffix("?") ? trimmed : trimmed + "."
    }

    /// «straffeprosessloven § 69»: a statute by its name and section as a lawyer cites it, without
    /// what the section is about; another source by its short form or title.
    static func legalReference(_ citation: Citation) -> String {
        if let short = citation.short { return short }
        guard let (statute, section) = statuteSection(citation) else { return citation.title }
        return statute + " " + section
    }

    /// ("straffeprosessloven", "§ 69"): a statute's name as written in a sentence and the section
    /// cited, without what it is about; nil for a source that is not a statute's section or that
    /// has a short form of its own.
    static func statuteSection(_ citation: Citation) -> (statute: String, section: String)? {
        guard citation.short == nil, citation.title.hasSuffix("loven"), citation.section.hasPrefix("§") else { return nil }
        // Without what the section is about, or which amendment gave it its wording.
        var section = citation.section.prefix { $0 != "(" && $0 != "," && $0 != ";" && $0 != ":" }.trimmingCharacters(in: .whitespaces)
        if let amended = section.range(of: " slik den lyder") { section = String(section[..<amended.lowerBound]) }
        return (citation.title.prefix(1).lowercased() + citation.title.dropFirst(), section)
    }

    /// ", jf. straffeprosessloven § 69 og Riksadvokatens rundskriv 2/2014": statutes by their
    /// name and section as a lawyer cites them, the sections of one statute together
    /// («straffeloven §§ 231 og 232»), other sources by title, secondary sources left out; empty
    /// when none.
    static func legalReferences(_ ids: [String], _ book: RuleBook, _ nb: Bool) -> String {
        let language: Language = nb ? .nb : .en
        // Each source once, in order; a statute's sections at its first place.
        var references: [(statute: String?, texts: [String])] = []
        for id in ids {
            guard let citation = book.citation(id), !citation.secondary else { continue }
            if let (statute, section) = statuteSection(citation) {
                if let place = references.firstIndex(where: { $0.statute == statute }) {
                    if !references[place].texts.contains(section) { references[place].texts.append(section) }
                } else {
                    references.append((statute, [section]))
                }
            } else {
                let reference = legalReference(citation)
                if !references.contains(where: { $0.statute == nil && $0.texts == [reference] }) { references.append((nil, [reference])) }
            }
        }
        guard !references.isEmpty else { return "" }
        let written = references.map { reference -> String in
            guard let statute = reference.statute else { return reference.texts[0] }
            // A paragraph of a section cited whole is not cited again («§ 231», not «§ 231 og § 231 tredje ledd»).
            let sections = reference.texts.filter { section in !reference.texts.contains { section.hasPrefix($0 + " ") } }
            return statute + " " + sectionList(sections, language)
        }
        return (nb ? ", jf. " : ", see ") + Wording.list(written, language)
    }

    /// One statute's sections as a lawyer cites them: «§§ 61 og 231» where each is a bare
    /// section; «§ 24 første ledd og § 31», «§ 255 flg. og § 69» otherwise.
    static func sectionList(_ sections: [String], _ language: Language) -> String {
        let bare = sections.map { $0.dropFirst(2) }
        if sections.count > 1, sections.allSatisfy({ $0.hasPrefix("§ ") }), bare.allSatisfy({ !$0.contains(" ") }) {
            return "§§ " + Wording.list(bare.map(String.init), language)
        }
        return Wording.list(sections, language)
    }
}
