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
    ///
    /// Works on UTF-8 bytes (braces are ASCII, so never part of another character), and
    /// returns a template without braces as it is: one label per activity row is filled,
    /// and Character-by-Character scanning showed in profiles (`wgdoc bench`, issue #7).
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        let open: UInt8 = 0x7B, close: UInt8 = 0x7D
        var template = template
        return template.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == open || $0 == close }) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                if (byte == open && next == open) || (byte == close && next == close) {
                    result.append(byte)
                    index += 2
                } else if byte == open, let end = bytes[(index + 1)...].firstIndex(of: close) {
                    let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    if let value = values[name] {
                        result += value.utf8
                    } else {
                        result += bytes[index...end]
                    }
                    index = end + 1
                } else {
                    result.append(byte)
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
