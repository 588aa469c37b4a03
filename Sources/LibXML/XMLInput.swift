/// Source bytes that passed the checks made before libxml2 may see them, as UTF-8.
///
/// libxml2 2.9 has no amplification or attribute limits of its own, and guesses encodings
/// it should refuse, so one linear pass decides first:
/// - the encoding is UTF-8 or UTF-16 (by byte-order mark, by the `<?xml` pattern, and by
///   the declaration, which must agree); UTF-16 is transcoded to UTF-8 here, so libxml2 and
///   every location wgdoc reports work on one encoding;
/// - the bytes are valid in that encoding;
/// - the XML declaration, if any, says version 1.0;
/// - no start tag has more than `maximumAttributes` attributes (libxml2 before 2.12 takes
///   time quadratic in the attributes of one element: 100,000 of them take over 20 s).
public struct XMLInput: Sendable {
    /// The document as UTF-8, without a byte-order mark.
    public let bytes: [UInt8]
    /// How the bytes were encoded in the file.
    public let encoding: Encoding

    /// A few hundred: far above any real vocabulary (wgdoc's largest element has ten), far
    /// below the point where libxml2's quadratic attribute check is felt.
    public static let maximumAttributes = 256

    /// The encodings a source may use.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
    }

    /// Checks `raw` and converts it to UTF-8, or says where and why it is refused.
    public init(_ raw: [UInt8], maximumAttributes: Int = XMLInput.maximumAttributes) throws(XMLInputError) {
        let (encoding, bomLength) = try Self.detectEncoding(raw)
        var utf8: [UInt8]
        switch encoding {
        case .utf8:
            try UTF8Validation.check(raw, from: bomLength)
            utf8 = bomLength == 0 ? raw : Array(raw[bomLength...])
        case .utf16LittleEndian, .utf16BigEndian:
            utf8 = try UTF16Transcoding.toUTF8(raw, from: bomLength, bigEndian: encoding == .utf16BigEndian)
        }
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw XMLInputError(kind: .empty, message: "the file is empty", line: 1, column: 1)
        }
        try XMLDeclarationCheck.check(utf8, encoding: encoding)
        try AttributeCount.check(utf8, maximum: maximumAttributes)
        self.bytes = utf8
        self.encoding = encoding
    }

    /// The encoding family from the first bytes, and how many bytes of byte-order mark to skip.
    static func detectEncoding(_ raw: [UInt8]) throws(XMLInputError) -> (Encoding, Int) {
        func starts(_ prefix: [UInt8]) -> Bool {
            raw.count >= prefix.count && Array(raw.prefix(prefix.count)) == prefix
        }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00])
            || starts([0x00, 0x00, 0x00, 0x3C]) || starts([0x3C, 0x00, 0x00, 0x00])
        {
            throw XMLInputError(kind: .encoding, message: "the file is encoded in UTF-32, which wgdoc does not read",
                                line: 1, column: 1)
        }
        if starts([0x4C, 0x6F, 0xA7, 0x94]) {
            throw XMLInputError(kind: .encoding, message: "the file is encoded in EBCDIC, which wgdoc does not read",
                                line: 1, column: 1)
        }
        if starts([0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if starts([0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if starts([0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if starts([0x3C, 0x00, 0x3F, 0x00]) { return (.utf16LittleEndian, 0) }
        if starts([0x00, 0x3C, 0x00, 0x3F]) { return (.utf16BigEndian, 0) }
        return (.utf8, 0)
    }
}

/// Why `XMLInput` refused a source, and where.
public struct XMLInputError: Error, Hashable, Sendable {
    /// What kind of refusal, so that callers can word their advice.
    public enum Kind: Hashable, Sendable {
        case empty
        case encoding
        case invalidBytes
        case version
        case tooManyAttributes
    }

    public var kind: Kind
    /// Lower case, no final period, the offending value quoted.
    public var message: String
    /// 1-based line and column (in Unicode scalars) of the problem.
    public var line: Int
    public var column: Int
}
