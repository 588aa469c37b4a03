extension String {
    /// Every occurrence of `target` replaced, compared scalar by scalar. String's own search
    /// compares grapheme clusters, so it misses a `"` or `&` that a combining mark or a
    /// joiner follows — and a CSV quote or an XML escape must never be missed.
    func replacingScalars(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        let scalars = Array(unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return self }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count, Array(scalars[index..<(index + pattern.count)]) == pattern {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Whether `target` occurs, compared scalar by scalar.
    func containsScalars(_ target: String) -> Bool {
        replacingScalars(target, with: "") != self
    }
}
