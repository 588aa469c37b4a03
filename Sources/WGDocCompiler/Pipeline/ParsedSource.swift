import LibXML

/// The parsed tree and its source, read by validation and the build on two threads.
/// `@unchecked Sendable` because both are only read once parsing is done: a `SourceText`
/// holds constants, and neither stage modifies the libxml2 tree (`Compiler.model`).
struct ParsedSource: @unchecked Sendable {
    let tree: XMLDocument
    let source: SourceText
}
