import WGDocModel

/// What every meaning check declares: a rule with a stable id, a default severity, a
/// summary and what it enforces. Each rule lives in its own file under `Rules/`, as a
/// `Check` (the document as a whole) or a `RowCheck` (the annexes' rows, one at a time).
protocol CheckRule {
    static var rule: RuleID { get }
    static var severity: Severity { get }
    static var summary: String { get }
    /// What the rule enforces, by standard or brief section.
    static var enforces: String { get }
}

extension CheckRule {
    /// A diagnostic of this rule at its default severity.
    func diagnostic(_ location: SourceLocation?, _ message: String, help: String? = nil,
                    related: [Diagnostic.Related] = []) -> Diagnostic {
        Diagnostic(rule: Self.rule, severity: Self.severity, location: location, message: message,
                   help: help, related: related)
    }
}

/// A meaning check run over the whole document at once: its prose, figures, legends and
/// dates.
protocol Check: CheckRule, Sendable {
    func run(_ document: Document, context: CheckContext) -> [Diagnostic]
}

/// A meaning check that reads the annexes' rows one at a time, in the check stage's one
/// walk over them (`CheckStage.run`), with what it remembers from row to row; what it
/// reports may wait for the last row.
///
/// One walk, not one per rule: at 100,000 activities the rows no longer fit the caches,
/// and each rule reading every row from memory in turn made the stage grow 19 times for
/// 10 times the rows (issue #15).
///
/// `SendableMetatype`: the stage's list of checks (`CheckStage.checks`) holds the rules'
/// types, shared by every compilation.
protocol RowCheck: CheckRule, SendableMetatype {
    /// The rule before the first row of `document`.
    init(_ document: Document, context: CheckContext)
    /// Called before the rows of each annex, in document order.
    mutating func enter(_ annex: Annex)
    /// Judges one row of `annex`; rows come in document order.
    mutating func visit(_ activity: Activity, in annex: Annex)
    /// The findings, in the order the rule reports them; called once, after the last row.
    mutating func finish() -> [Diagnostic]
}

extension RowCheck {
    mutating func enter(_ annex: Annex) {}
}

/// One meaning check of the stage's list: run on the document, or walked over the rows.
enum CheckEntry: Sendable {
    case document(any Check)
    case rows(any RowCheck.Type)

    var description: RuleDescription {
        let type: any CheckRule.Type
        switch self {
        case .document(let check): type = Swift.type(of: check)
        case .rows(let rowCheck): type = rowCheck
        }
        return RuleDescription(id: type.rule, severity: type.severity, summary: type.summary)
    }
}

/// What checks may consult besides the document. Not the source: every location a check
/// reports is on the model, recorded while parsing.
struct CheckContext {
    var registry: ST3Registry
    /// The loaded language packs, for checks that read the document's own language
    /// (`figures.plain-contradicted` reads the claim words "plus de", "أكثر من" from them).
    var packs: [LanguageCode: LanguagePack]

    init(registry: ST3Registry, packs: [LanguageCode: LanguagePack] = [:]) {
        self.registry = registry
        self.packs = packs
    }
}

/// A rule as listed by `wgdoc rules`.
public struct RuleDescription: Hashable, Sendable {
    public var id: RuleID
    public var severity: Severity
    public var summary: String
    /// The pipeline stage that reports it.
    public var stage: RuleStage = .check

    /// Only meaning checks may be turned off or change severity (`--rule`): the stages
    /// before them guarantee the shape every later stage relies on.
    public var isAdjustable: Bool {
        switch stage {
        case .check: true
        case .input, .parse, .validate, .build, .resolve, .csv, .translation, .xliff: false
        }
    }
}

/// The stage of the pipeline a rule belongs to.
public enum RuleStage: String, Hashable, Sendable, CaseIterable {
    case input, parse, validate, build, check, resolve
    /// `import-activities` and `export-activities`: CSV cells, not XML sources.
    case csv
    /// A translated edition laid over its original, and editions of one symbol compared.
    case translation
    /// `xliff extract` and `xliff merge`: XLIFF 2 files for translators.
    case xliff
}

/// check: `Document` → diagnostics. Every rule runs, so one run lists every problem.
enum CheckStage {
    /// Every meaning check, in the order of their findings.
    static let checks: [CheckEntry] = [
        .rows(UnknownCodeCheck.self),
        .rows(NameMismatchCheck.self),
        .rows(PrintedNameCheck.self),
        .rows(ReservedCodeCheck.self),
        .rows(NonMemberCheck.self),
        .rows(UndefinedCategoryCheck.self),
        .rows(UnusedCategoryCheck.self),
        .document(LegendSourceCheck()),
        .rows(CoOrganizerMarkCheck.self),
        .rows(DuplicateParticipantCheck.self),
        .rows(OutsidePeriodCheck.self),
        .rows(ChronologicalOrderCheck.self),
        .rows(EmptyDescriptionCheck.self),
        .rows(ZeroCountCheck.self),
        .rows(PlannedCountCheck.self),
        .rows(ImplausibleCountCheck.self),
        .rows(FigureClaimCheck.self),
        .rows(FigureScopeCheck.self),
        .document(WrittenTwiceCheck()),
        .document(MissingAnnexCheck()),
        .document(DocumentDateCheck()),
        .document(DecisionPlaceCheck()),
        .rows(OrganizerCodeCheck.self),
        .document(NarrativeNumberCheck()),
    ]

    /// Runs every check: the row checks together, in one walk over the annexes' rows, each
    /// row handed to each of them in turn while it is in the cache; then the findings of
    /// all checks in the order of `checks`.
    static func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        var walks: [any RowCheck] = []
        for entry in checks {
            switch entry {
            case .rows(let type): walks.append(type.init(document, context: context))
            case .document: break
            }
        }
        for annex in document.annexes {
            for index in walks.indices { walks[index].enter(annex) }
            let activities = annex.activities
            for row in activities.indices {
                let activity = activities[row]
                for index in walks.indices { walks[index].visit(activity, in: annex) }
            }
        }
        var result: [Diagnostic] = []
        var walked = 0
        for entry in checks {
            switch entry {
            case .document(let check):
                result += check.run(document, context: context)
            case .rows:
                result += walks[walked].finish()
                walked += 1
            }
        }
        return result
    }

    static var descriptions: [RuleDescription] {
        checks.map(\.description)
    }
}

extension Document {
    /// The legend that governs `annex`'s content codes: its own, or the one it names.
    func legend(for annex: Annex) -> Legend? {
        if let legend = annex.legend { return legend }
        guard let reference = annex.legendReference else { return nil }
        return annexes.first { $0.id == reference.annexID && $0.id != annex.id }?.legend
    }
}
