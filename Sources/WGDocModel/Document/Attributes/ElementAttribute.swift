/// The attribute names of one element of the schema as a closed set of typed values: the
/// build stage reads an attribute only through one of these, so a misspelt name does not
/// compile, and `VocabularyTests` compares every set with the schema's declarations, so an
/// attribute added to the schema and not here (or here and not there) fails the tests.
public protocol ElementAttribute: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// Where the schema declares the attributes: a named complex type or top-level
    /// element, then the names of the elements nested in it, `annex/legend/category`.
    static var schemaPath: String { get }
}
