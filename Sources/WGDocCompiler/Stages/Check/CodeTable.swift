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
            // ST3Code holds two capital letters (its initializer checks); anything else is
            // computed each time.
            guard let index = code.tableIndex else { return compute(code) }
            if let known = values[index] { return known }
            let value = compute(code)
            values[index] = value
            return value
        }
    }
}

extension ST3Code {
    /// 0 for AA … 675 for ZZ, the place of the code in a table of every two-letter code
    /// (`letterIndex`; optional for the callers written when a code was any text).
    var tableIndex: Int? {
        letterIndex
    }
}
