/// A narrative figure computed from the activity tables: `<figure of="activities"
/// annex="annex-1"/>`. Written empty, the compiler prints the value; written with a number
/// (`<figure of="participants" annex="annex-1" claim="more-than">1,600</figure>`), the
/// author's text is printed and checked against the data.
public struct Figure: Hashable, Sendable {
    public var location: SourceLocation
    public var quantity: FigureQuantity
    public var scope: FigureScope
    /// What the author typed, if anything, and how it relates to the data.
    public var claim: FigureClaim?

    public init(location: SourceLocation, quantity: FigureQuantity, scope: FigureScope, claim: FigureClaim?) {
        self.location = location
        self.quantity = quantity
        self.scope = scope
        self.claim = claim
    }
}

/// What a figure counts.
public enum FigureQuantity: String, Hashable, Sendable, CaseIterable {
    /// Rows of the tables in scope.
    case activities
    /// Distinct participating countries (ST.3 codes of kind country).
    case countries
    /// Distinct participating offices and organizations (EP, EA, GC …).
    case offices
    /// Distinct participating countries and offices together.
    case beneficiaries
    /// The sum of the participant counts.
    case participants
}

/// Which activities a figure counts: those of one annex (or of every annex), optionally
/// only in the months `from`…`to`.
public struct FigureScope: Hashable, Sendable {
    /// The annex id, or nil for every annex of the document.
    public var annexID: String?
    public var period: Period?

    public init(annexID: String?, period: Period?) {
        self.annexID = annexID
        self.period = period
    }
}

/// A figure typed by the author: the printed text and the number it states.
public struct FigureClaim: Hashable, Sendable {
    /// How the typed number relates to the data.
    public enum Relation: String, Hashable, Sendable, CaseIterable {
        /// The data must give exactly this number.
        case exact
        /// "more than N", "over N", "N多": the data must exceed it.
        case moreThan = "more-than"
        /// "at least N": the data must reach it.
        case atLeast = "at-least"
    }

    /// The text as printed ("1,600").
    public var text: String
    /// The number it states (1600).
    public var value: Int
    public var relation: Relation

    public init(text: String, value: Int, relation: Relation) {
        self.text = text
        self.value = value
        self.relation = relation
    }

    /// Whether `actual` bears the claim out.
    public func holds(for actual: Int) -> Bool {
        switch relation {
        case .exact: actual == value
        case .moreThan: actual > value
        case .atLeast: actual >= value
        }
    }
}
