import LibXML
import WGDocModel

/// build: schema-valid tree → `Document`, every node with its location. Diagnostics
/// `model.*` for what the schema cannot say (real dates, fields a kind of annex requires,
/// link schemes). The schema has already checked shape, so shape surprises here are
/// reported, never trapped.
final class BuildStage {
    let source: SourceText
    var diagnostics: [Diagnostic] = []
    /// The offset located last, from which the next is found (`SourceText.location(offset:after:)`).
    private var lastLocated: SourceText.LocatedOffset?
    /// `<activity>`'s attribute names as the tree being built interned them.
    private var activityNames: ActivityAttributeNames?

    /// Whether rows already built are discarded from the tree (`activities(_:kind:)`).
    let discarding: Bool

    init(source: SourceText, discarding: Bool = true) {
        self.source = source
        self.discarding = discarding
    }

    /// Builds the document of `tree`; the tree is read once, and with `discarding` (the
    /// default) partly discarded on the way (`CompactTree.discard(from:upTo:)`): it is not
    /// to be read again.
    static func run(_ tree: CompactTree, source: SourceText, discarding: Bool = true) -> (Document?, [Diagnostic]) {
        let stage = BuildStage(source: source, discarding: discarding)
        guard let root = tree.root else {
            return (nil, [Diagnostic(rule: StageRule.modelEmpty.id, severity: .error,
                                     location: source.location(line: 1, column: 1),
                                     message: "the file has no document element")])
        }
        let result = stage.document(root)
        return (result, stage.diagnostics)
    }

    // MARK: Locations and diagnostics

    /// The location of a byte offset recorded by the parser.
    func locate(offset: Int) -> SourceLocation {
        source.location(offset: offset, after: &lastLocated)
    }

    /// Where `element`'s start tag begins, recorded by the parser.
    func locate(_ element: CompactElement) -> SourceLocation {
        element.offset.map(locate(offset:)) ?? source.elementLocation(name: element.name, line: element.line)
    }

    /// Where attribute `attribute` of an `<activity>` is written, found by name index.
    func attributeLocation(_ attribute: ActivityAttribute, _ element: CompactElement, _ names: ActivityAttributeNames) -> SourceLocation {
        element.attributeOffset(names[attribute]).map(locate(offset:)) ?? locate(element)
    }

    /// `<activity>`'s attribute names resolved against `element`'s tree, once per tree.
    func activityNames(_ element: CompactElement) -> ActivityAttributeNames {
        if let names = activityNames, names.tree === element.tree { return names }
        let names = ActivityAttributeNames(tree: element.tree)
        activityNames = names
        return names
    }

    /// Locates `count` offsets in turn (`offset(index)`), each after the one before, and
    /// hands each location to `body`: `locate(offset:)` on each, in one access to the
    /// place the last one is kept.
    func locate(offsets count: Int, _ offset: (Int) -> Int, into body: (Int, SourceLocation) -> Void) {
        var last = lastLocated
        for index in 0..<count {
            body(index, source.location(offset: offset(index), after: &last))
        }
        lastLocated = last
    }

    /// Where attribute `name` of `element` is written, recorded by the parser; the
    /// element's own location when it has no such attribute.
    func attributeLocation<Name: ElementAttribute>(_ name: Name, _ element: CompactElement) -> SourceLocation {
        element.attributeOffset(name).map(locate(offset:)) ?? locate(element)
    }

    func error(_ rule: StageRule, _ location: SourceLocation, _ message: String, help: String? = nil) {
        diagnostics.append(Diagnostic(rule: rule.id, severity: .error, location: location,
                                      message: message, help: help))
    }

    func child(_ element: CompactElement, _ name: String) -> CompactElement? {
        element.elements.first { $0.name == name }
    }

    // MARK: Document

    func document(_ root: CompactElement) -> Document? {
        let location = locate(root)
        guard root.name == "document", root.namespaceURI == Namespace.uri else {
            error(.modelNotWgdoc, location,
                  "the document element is <\(root.name)>, not <document xmlns=\"\(Namespace.uri)\">",
                  help: "a wgdoc source starts with <document xmlns=\"\(Namespace.uri)\" …>")
            return nil
        }
        let language = languageAttribute(root, DocumentAttribute.lang, location)
        let original = languageAttribute(root, DocumentAttribute.original, location)
        let symbolText = root.attribute(DocumentAttribute.symbol) ?? ""
        let symbolLocation = attributeLocation(DocumentAttribute.symbol, root)
        let symbol = DocumentSymbol(symbolText)
        if symbol == nil, !reportUnfilled(symbolText, "the document symbol", symbolLocation, example: symbolText.replacingAll("??", with: "12")) {
            error(.modelBadSymbol, symbolLocation, "'\(symbolText)' is not a document symbol",
                  help: "write it as PCT/WG/17/19")
        }
        let date = dateAttribute(root, DocumentAttribute.date, location)

        var meeting: Meeting?
        var title: [Inline] = []
        var author = ""
        var sections: [Section] = []
        var annexes: [Annex] = []
        for element in root.elements {
            switch element.name {
            case "meeting": meeting = self.meeting(element)
            case "title": title = inlines(element)
            case "author": author = WhiteSpace.collapse(element.text)
            case "section": sections.append(section(element))
            case "annex": if let annex = annex(element) { annexes.append(annex) }
            default: unexpected(element)
            }
        }
        guard let language, let original, let symbol, let date, let meeting else { return nil }
        var document = Document(
            location: location, language: language, symbol: symbol, symbolLocation: symbolLocation,
            originalLanguage: original, date: date, meeting: meeting, title: title, author: author,
            sections: sections, annexes: annexes)
        document.languageLocation = attributeLocation(DocumentAttribute.lang, root)
        document.houseStyle = root.attribute(DocumentAttribute.houseStyle).flatMap(HouseStyle.init(rawValue:)) ?? .current
        document.languageLetter = ["true", "1"].contains(root.attribute(DocumentAttribute.languageLetter).map(WhiteSpace.collapse) ?? "")
        return document
    }

    func unexpected(_ element: CompactElement) {
        error(.modelUnexpectedElement, locate(element), "element <\(element.name)> is not expected here")
    }

    func meeting(_ element: CompactElement) -> Meeting? {
        let location = locate(element)
        let start = dateAttribute(element, MeetingAttribute.start, location)
        let end = dateAttribute(element, MeetingAttribute.end, location)
        let session = Int(element.attribute(MeetingAttribute.session) ?? "")
        if session == nil {
            error(.modelBadNumber, attributeLocation(MeetingAttribute.session, element),
                  "session '\(element.attribute(MeetingAttribute.session) ?? "")' is not a number")
        }
        var body = "", venue = "", bodyLines: [String] = []
        for child in element.elements {
            switch child.name {
            case "body":
                bodyLines = self.lines(child)
                body = WhiteSpace.collapse(bodyLines.joined(separator: "\n"))
            case "venue": venue = WhiteSpace.collapse(child.text)
            default: unexpected(child)
            }
        }
        guard let start, let end, let session else { return nil }
        if end < start {
            error(.modelDateOrder, attributeLocation(MeetingAttribute.end, element),
                  "the meeting ends (\(end)) before it starts (\(start))",
                  help: "check start=\"…\" and end=\"…\"")
        }
        var meeting = Meeting(location: location, body: body, session: session, start: start, end: end, venue: venue)
        meeting.bodyLines = bodyLines
        return meeting
    }

    /// The text of `element` split at its `<br/>` children, each line's white space folded.
    func lines(_ element: CompactElement) -> [String] {
        var lines = [""]
        for node in element.children {
            switch node {
            case .text(let text, _): lines[lines.count - 1] += text
            case .element(let child):
                if child.name == "br" { lines.append("") } else { unexpected(child) }
            }
        }
        let folded = lines.map(WhiteSpace.collapse).filter { !$0.isEmpty }
        if folded.isEmpty {
            error(.modelMissingField, locate(element), "<\(element.name)> has no text",
                  help: "write the body's name, such as <body>Patent Cooperation Treaty (PCT) Working Group</body>")
        }
        return folded
    }

    // MARK: Body

    func section(_ element: CompactElement) -> Section {
        let location = locate(element)
        var heading: [Inline]?
        var blocks: [Block] = []
        for child in element.elements {
            switch child.name {
            case "heading": heading = inlines(child)
            case "p": blocks.append(.paragraph(paragraph(child)))
            case "decision": blocks.append(.decision(paragraph(child)))
            case "quote": blocks.append(.quote(quote(child)))
            default: unexpected(child)
            }
        }
        return Section(location: location, id: element.attribute(SectionAttribute.id), heading: heading, blocks: blocks)
    }

    func paragraph(_ element: CompactElement) -> Paragraph {
        let location = locate(element)
        return Paragraph(location: location, id: element.attribute(ParagraphAttribute.id), content: inlines(element))
    }

    func quote(_ element: CompactElement) -> Quote {
        let location = locate(element)
        let paragraphs = element.elements.compactMap { child -> QuotedParagraph? in
            guard child.name == "p" else { unexpected(child); return nil }
            let childLocation = locate(child)
            return QuotedParagraph(location: childLocation, number: child.attribute(QuotedParagraphAttribute.n), content: inlines(child))
        }
        return Quote(location: location, paragraphs: paragraphs)
    }

    // MARK: Attributes

    func languageAttribute<Name: ElementAttribute>(_ element: CompactElement, _ name: Name, _ location: SourceLocation) -> LanguageCode? {
        let value = element.attribute(name) ?? ""
        guard let language = LanguageCode(rawValue: value) else {
            error(.modelBadLanguage, attributeLocation(name, element),
                  "'\(value)' is not a language wgdoc knows", help: "use ar, en, es, fr, ru or zh")
            return nil
        }
        return language
    }

    func dateAttribute<Name: ElementAttribute>(_ element: CompactElement, _ name: Name, _ location: SourceLocation) -> CalendarDate? {
        let value = element.attribute(name) ?? ""
        guard let date = CalendarDate(value) else {
            let what = element.name == "meeting" ? "the meeting's \(name.rawValue) date" : "the document's date"
            if reportUnfilled(value, what, attributeLocation(name, element), example: value.replacingAll("??-??", with: "02-06")) { return nil }
            error(.modelBadDate, attributeLocation(name, element),
                  "'\(value)' is not a date in the calendar", help: "write a real day as YYYY-MM-DD, such as 2024-02-06")
            return nil
        }
        return date
    }

    func monthAttribute<Name: ElementAttribute>(_ element: CompactElement, _ name: Name, _ location: SourceLocation) -> YearMonth? {
        let value = element.attribute(name) ?? ""
        guard let month = YearMonth(value) else {
            error(.modelBadMonth, attributeLocation(name, element),
                  "'\(value)' is not a month", help: "write it as YYYY-MM, such as 2023-10")
            return nil
        }
        return month
    }
}

/// The XML namespace of wgdoc sources and translations.
enum Namespace {
    static let uri = "urn:wgdoc:1"
}
