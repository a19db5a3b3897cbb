/// rules.md §5.1.3 — Erverv or oppbevaring fall under straffeloven § 231 (frame 2 years) and a
/// forelegg for them appears on an ordinary politiattest; bruk and besittelse alone fall under
/// legemiddelloven § 31 (frame 6 months) and a fine for them does not. Under the 2025 statute
/// (§5.5.2, the one statute rule set) every small own-use case, erverv and oppbevaring included,
/// falls under legemiddelloven § 31 andre ledd (straffeloven § 231 tredje ledd); above «en
/// mindre mengde» the case is one for straffeloven § 231. A supporting rule.
enum OffenceFrame {
    static let info = RuleInfo(
        id: "offence-frame",
        section: "§5.1.3",
        summary: "Erverv or oppbevaring: straffeloven § 231 (ordinary politiattest); bruk and besittelse alone: legemiddelloven § 31.",
        citations: ["strl-231", "lml-24", "lml-31", "lml-31-2025", "strl-231-2025"])
    static var id: String { info.id }

    static func apply(_ draft: inout DecisionDraft) {
        let acts = draft.context.case.acts
        // Under the statute besittelse is part of oppbevaring: beyond a small quantity, § 231.
        let statute = draft.context.ruleSet.kind == .statute
        if statute && draft.liability != .ordinaryProsecution {
            draft.fire(id, Message.smallQuantity2025)
            draft.note("frame-lml-31-2025", Message.lml31of2025)
        } else if statute || acts.contains(.acquisition) || acts.contains(.storage) {
            draft.fire(id, Message.acquisitionOrStorage)
            draft.note("frame-strl-231", Message.strl231)
        } else {
            draft.fire(id, Message.useOrPossession)
            draft.note("frame-lml-31", Message.lml31)
        }
    }
}

// MARK: - Messages

extension OffenceFrame {
    enum Message {
        static let smallQuantity2025 = RuleMessage(
            nb: "mindre mengde til egen bruk → legemiddelloven § 31 andre ledd (LOV-2025-06-20-83)",
            en: "small quantity for own use → legemiddelloven § 31 second paragraph (LOV-2025-06-20-83)",
            citations: ["lml-31-2025", "strl-231-2025"])

        static let lml31of2025 = RuleMessage(
            nb: "Erverv og oppbevaring av en mindre mengde narkotika til egen bruk og bruk av narkotika: legemiddelloven § 31 andre ledd (bot eller fengsel inntil 6 måneder); straffeloven § 231 tredje ledd viser dit.",
            en: "Acquiring and keeping a small quantity of drugs for own use, and using drugs: legemiddelloven § 31 second paragraph (fine or up to 6 months); straffeloven § 231 third paragraph refers there.",
            citations: ["lml-31-2025", "strl-231-2025"])

        static let acquisitionOrStorage = RuleMessage(
            nb: "erverv/oppbevaring → straffeloven § 231", en: "acquisition/storage → straffeloven § 231", citations: ["strl-231"])

        static let strl231 = RuleMessage(
            nb: "Erverv eller oppbevaring: straffeloven § 231 (bot eller fengsel inntil 2 år). Et forelegg vises på ordinær politiattest.",
            en: "Acquisition or storage: straffeloven § 231 (fine or up to 2 years). A fine notice appears on an ordinary police certificate.",
            citations: ["strl-231"])

        static let useOrPossession = RuleMessage(
            nb: "bare bruk/besittelse → legemiddelloven § 31", en: "use/possession only → legemiddelloven § 31",
            citations: ["lml-24", "lml-31"])

        static let lml31 = RuleMessage(
            nb: "Bare bruk og besittelse: legemiddelloven § 24 jf. § 31 (bot eller fengsel inntil 6 måneder). En bot for dette vises ikke på ordinær politiattest.",
            en: "Use and possession only: legemiddelloven § 24 with § 31 (fine or up to 6 months). A fine for this does not appear on an ordinary police certificate.",
            citations: ["lml-24", "lml-31"])
    }
}
