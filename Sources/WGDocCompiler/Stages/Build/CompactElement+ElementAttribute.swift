import LibXML
import WGDocModel

/// Attributes read by their typed names: the build stage names every attribute it reads
/// with an `ElementAttribute` value, never with a string.
extension CompactElement {
    /// The value of `attribute`, or nil when the element does not carry it.
    func attribute<Name: ElementAttribute>(_ attribute: Name) -> String? {
        self.attribute(attribute.rawValue)
    }

    /// Where the name of `attribute` begins in the parsed input, recorded while parsing.
    func attributeOffset<Name: ElementAttribute>(_ attribute: Name) -> Int? {
        attributeOffset(attribute.rawValue)
    }
}
