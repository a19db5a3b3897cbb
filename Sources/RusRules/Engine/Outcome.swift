/// A case's outcome as analysts count it: liability and recommended reaction (`none` when null).
public struct Outcome: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The liability outcome.
    public let liability: Liability
    /// The recommended reaction, nil when none applies.
    public let recommended: Reaction?

    /// An outcome of these parts.
    public init(liability: Liability, recommended: Reaction?) {
        self.liability = liability
        self.recommended = recommended
    }

    /// The outcome of a decision.
    public init(_ decision: Decision) {
        self.init(liability: decision.liability, recommended: decision.recommended)
    }

    /// The recommended reaction's contract id, or "none".
    public var recommendedKey: String { recommended?.rawValue ?? "none" }
    /// "punishable / forelegg": liability and recommendation by their contract ids.
    public var description: String { "\(liability.rawValue) / \(recommendedKey)" }

    /// Contract order: liability from least to most severe, then reaction order, `none` last.
    public static func < (lhs: Outcome, rhs: Outcome) -> Bool {
        let order = { (outcome: Outcome) -> (Int, Int) in
            (
                Liability.allCases.firstIndex(of: outcome.liability)!,
                outcome.recommended.flatMap { Reaction.allCases.firstIndex(of: $0) } ?? Reaction.allCases.count
            )
        }
        return order(lhs) < order(rhs)
    }
}

extension Outcome {
    /// Reactions plus "none": the second factor of an outcome code, derived from the enum.
    static let reactionSlots = Reaction.allCases.count + 1
    static let codes = Liability.allCases.count * reactionSlots

    /// A dense number for the outcome (liability × reactions-and-none), for array-indexed counts.
    var code: Int {
        liability.ordinal * Self.reactionSlots + (recommended?.ordinal ?? Self.reactionSlots - 1)
    }

    init(code: Int) {
        let reaction = code % Self.reactionSlots
        self.init(
            liability: Self.liabilities[code / Self.reactionSlots],
            recommended: reaction < Self.reactionSlots - 1 ? Self.reactions[reaction] : nil)
    }

    /// `allCases`, built once: each use of `allCases` builds a new array (hot in counting).
    private static let liabilities = Liability.allCases
    private static let reactions = Reaction.allCases
}

extension Liability {
    /// The position in `allCases`, without building the array (hot in counting).
    var ordinal: Int {
        switch self {
        case .notCriminallyLiable: 0
        case .notPunishable: 1
        case .punishable: 2
        case .ordinaryProsecution: 3
        }
    }
}

extension Condition {
    /// The position in `allCases`, without building the array.
    var ordinal: Int {
        switch self {
        case .provetid: 0
        case .ruskontrakt: 1
        case .ruskontroll: 2
        case .radgivendeEnhet: 3
        }
    }
}

extension Reaction {
    /// The position in `allCases`, without building the array (hot in counting).
    var ordinal: Int {
        switch self {
        case .bekymringssamtale: 0
        case .pataleunnlatelse: 1
        case .forelegg: 2
        case .forenkletForelegg: 3
        case .ungdomsoppfolging: 4
        case .ungdomsstraff: 5
        case .straffutmalingsfrafall: 6
        case .oppfolgingIKonfliktrad: 7
        case .radgivendeEnhet: 8
        }
    }
}

extension Dependency {
    /// The position in `allCases`, without building the array (hot in counting).
    var ordinal: Int {
        switch self {
        case .no: 0
        case .yes: 1
        case .doubtful: 2
        }
    }
}
