/// `{name}` placeholders in label text. `{{` and `}}` stand for literal braces.
public enum Template {
    /// The placeholder names a template uses, or nil when a brace is unbalanced.
    public static func placeholders(in template: String) -> Set<String>? {
        var names: Set<String> = []
        var iterator = Array(template).makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            switch character {
            case "{":
                guard let next = iterator.next() else { return nil }
                if next == "{" { continue }
                var name = String(next)
                var closed = false
                while let inner = iterator.next() {
                    if inner == "}" { closed = true; break }
                    name.append(inner)
                }
                guard closed, !name.isEmpty, !name.contains("{") else { return nil }
                names.insert(name)
            case "}":
                guard iterator.next() == "}" else { return nil }
            default:
                break
            }
        }
        return names
    }

    /// Replaces each `{name}` with its value; unknown names are kept as written.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var characters = Array(template)[...]
        while let character = characters.popFirst() {
            if character == "{" {
                if characters.first == "{" {
                    characters.removeFirst()
                    result.append("{")
                    continue
                }
                guard let close = characters.firstIndex(of: "}") else {
                    result.append(character)
                    continue
                }
                let name = String(characters[characters.startIndex..<close])
                result += values[name] ?? "{\(name)}"
                characters = characters[characters.index(after: close)...]
            } else if character == "}" && characters.first == "}" {
                characters.removeFirst()
                result.append("}")
            } else {
                result.append(character)
            }
        }
        return result
    }
}
