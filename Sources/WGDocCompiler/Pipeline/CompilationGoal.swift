/// What a compilation is for: the outputs (`build`), or only its diagnostics (`validate`),
/// which every stage still finds by the same work but without keeping the resolved
/// document, so the model and the resolved table rows are never in memory together (issue
/// #15: peak memory of `validate`).
public enum CompilationGoal: Sendable {
    /// Diagnostics, the model and the resolved document.
    case outputs
    /// Diagnostics and the model; `Compilation.resolved` is nil.
    case diagnostics
}
