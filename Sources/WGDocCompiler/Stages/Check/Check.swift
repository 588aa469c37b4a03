import WGDocModel

/// One meaning check: a rule with a stable id, a default severity and a summary, run over
/// the whole document. Each rule lives in its own file under `Rules/`.
protocol Check: Sendable {
    static var rule: RuleID { get }
    static var severity: Severity { get }
    static var summary: String { get }
    /// What the rule enforces, by standard or brief section.
    static var enforces: String { get }

    func run(_ document: Document, context: CheckContext) -> [Diagnostic]
}

extension Check {
    /// A diagnostic of this rule at its default severity.
    func diagnostic(_ location: SourceLocation?, _ message: String, help: String? = nil,
                    related: [Diagnostic.Related] = []) -> Diagnostic {
        Diagnostic(rule: Self.rule, severity: Self.severity, location: location, message: message,
                   help: help, related: related)
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
    static let checks: [any Check] = [
        UnknownCodeCheck(),
        NameMismatchCheck(),
        PrintedNameCheck(),
        ReservedCodeCheck(),
        NonMemberCheck(),
        UndefinedCategoryCheck(),
        UnusedCategoryCheck(),
        LegendSourceCheck(),
        CoOrganizerMarkCheck(),
        DuplicateParticipantCheck(),
        OutsidePeriodCheck(),
        ChronologicalOrderCheck(),
        EmptyDescriptionCheck(),
        ZeroCountCheck(),
        PlannedCountCheck(),
        ImplausibleCountCheck(),
        FigureClaimCheck(),
        FigureScopeCheck(),
        WrittenTwiceCheck(),
        MissingAnnexCheck(),
        DocumentDateCheck(),
        DecisionPlaceCheck(),
        OrganizerCodeCheck(),
        NarrativeNumberCheck(),
    ]

    static func run(_ document: Document, context: CheckContext) -> [Diagnostic] {
        checks.flatMap { $0.run(document, context: context) }
    }

    static var descriptions: [RuleDescription] {
        checks.map { check in
            let type = type(of: check)
            return RuleDescription(id: type.rule, severity: type.severity, summary: type.summary)
        }
    }
}

extension Document {
    /// Every activity with the annex it belongs to, in document order.
    ///
    /// Lazy: checks walk it once each, and materializing 100,000 (annex, activity) pairs per
    /// check cost more in retains and releases than the checks themselves (perf, 100,000
    /// activities: a third of the validate run).
    var allActivities: LazySequence<FlattenSequence<LazyMapSequence<[Annex], LazyMapSequence<[Activity], (annex: Annex, activity: Activity)>>>> {
        annexes.lazy.flatMap { annex in annex.activities.lazy.map { (annex: annex, activity: $0) } }
    }

    /// What `finding` reports for each activity with its annex, in document order: plain
    /// loops, no closure per row.
    func activityFindings(_ finding: (Annex, Activity) -> Diagnostic?) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for annex in annexes {
            let activities = annex.activities
            for index in activities.indices {
                if let diagnostic = finding(annex, activities[index]) { result.append(diagnostic) }
            }
        }
        return result
    }

    /// The legend that governs `annex`'s content codes: its own, or the one it names.
    func legend(for annex: Annex) -> Legend? {
        if let legend = annex.legend { return legend }
        guard let reference = annex.legendReference else { return nil }
        return annexes.first { $0.id == reference.annexID && $0.id != annex.id }?.legend
    }
}
