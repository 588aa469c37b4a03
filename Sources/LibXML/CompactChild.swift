/// A child of a compact element, in document order (`XMLChild` for a `CompactTree`).
public enum CompactChild {
    case element(CompactElement)
    case text(String, line: Int)
}
