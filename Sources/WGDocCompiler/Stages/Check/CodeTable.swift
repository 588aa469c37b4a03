import WGDocModel

/// A value for each two-letter code, computed once per code: the checks ask about every
/// participant of every row, and a table of the 676 codes answers without hashing or
/// copying a registry entry.
struct CodeTable<Value> {
    private var values: [Value?] = Array(repeating: nil, count: 26 * 26)
    private let compute: (ST3Code) -> Value

    init(_ compute: @escaping (ST3Code) -> Value) {
        self.compute = compute
    }

    subscript(code: ST3Code) -> Value {
        mutating get {
            let utf8 = code.rawValue.utf8
            // ST3Code holds two capital letters (its initializer checks); anything else is
            // computed each time.
            guard utf8.count == 2, let first = utf8.first, let last = utf8.last,
                  (65...90).contains(first), (65...90).contains(last) else { return compute(code) }
            let index = Int(first - 65) * 26 + Int(last - 65)
            if let known = values[index] { return known }
            let value = compute(code)
            values[index] = value
            return value
        }
    }
}
