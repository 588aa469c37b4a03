import WGDocModel

/// Walks every translatable slot of a document in document order, reading or replacing its
/// text. One walk serves extraction (XLIFF units, edition comparison) and application (a
/// translation's texts put into the original's structure), so the two can never disagree
/// on ids or order.
///
/// Ids are positional: `meeting.body`, `meeting.venue`, `title`, `author`; section i's
/// `s{i}.heading`, its blocks `s{i}.p{j}` (paragraph), `s{i}.d{j}` (decision) and
/// `s{i}.q{j}.p{k}` (quoted paragraph); annex a's `a{a}.title`, `a{a}.intro.p{k}`,
/// `a{a}.legend.c{k}.name` and `a{a}.legend.c{k}`, and row r's `a{a}.r{r}.description`,
/// `a{a}.r{r}.organizer{m}` (co-organizers with a name) and `a{a}.r{r}.city`.
enum TranslationSlots {
    /// Every slot of `document`, in document order.
    static func slots(of document: Document) -> [TranslationSlot] {
        var copy = document
        var result: [TranslationSlot] = []
        visit(&copy) { result.append($0) }
        return result
    }

    /// `document` with the text of each slot named in `texts` replaced (the others kept).
    static func applying(_ texts: [String: SlotText], to document: Document) -> Document {
        var copy = document
        visit(&copy) { slot in
            if let text = texts[slot.id] { slot.text = text }
        }
        return copy
    }

    /// Calls `body` with each slot; what `body` leaves in `slot.text` is written back.
    static func visit(_ document: inout Document, _ body: (inout TranslationSlot) -> Void) {
        func plain(_ id: String, _ kind: SlotKind, _ value: inout String, _ location: SourceLocation) {
            var slot = TranslationSlot(id: id, kind: kind, text: .plain(value), location: location)
            body(&slot)
            value = slot.text.plainText
        }
        func running(_ id: String, _ kind: SlotKind, _ value: inout [Inline], _ location: SourceLocation) {
            var slot = TranslationSlot(id: id, kind: kind, text: .inlines(value), location: location)
            body(&slot)
            value = slot.text.inlines
        }
        plain("meeting.body", .meetingBody, &document.meeting.body, document.meeting.location)
        plain("meeting.venue", .meetingVenue, &document.meeting.venue, document.meeting.location)
        running("title", .title, &document.title, document.location)
        plain("author", .author, &document.author, document.location)
        for sectionIndex in document.sections.indices {
            let prefix = "s\(sectionIndex + 1)"
            var section = document.sections[sectionIndex]
            if var heading = section.heading {
                running(prefix + ".heading", .heading, &heading, section.location)
                section.heading = heading
            }
            for blockIndex in section.blocks.indices {
                let number = blockIndex + 1
                switch section.blocks[blockIndex] {
                case .paragraph(var paragraph):
                    running("\(prefix).p\(number)", .paragraph, &paragraph.content, paragraph.location)
                    section.blocks[blockIndex] = .paragraph(paragraph)
                case .decision(var paragraph):
                    running("\(prefix).d\(number)", .decision, &paragraph.content, paragraph.location)
                    section.blocks[blockIndex] = .decision(paragraph)
                case .quote(var quote):
                    for index in quote.paragraphs.indices {
                        running("\(prefix).q\(number).p\(index + 1)", .quotedParagraph,
                                &quote.paragraphs[index].content, quote.paragraphs[index].location)
                    }
                    section.blocks[blockIndex] = .quote(quote)
                }
            }
            document.sections[sectionIndex] = section
        }
        for annexIndex in document.annexes.indices {
            visit(&document.annexes[annexIndex], prefix: "a\(annexIndex + 1)", plain: plain, running: running)
        }
    }

    private static func visit(
        _ annex: inout Annex, prefix: String,
        plain: (String, SlotKind, inout String, SourceLocation) -> Void,
        running: (String, SlotKind, inout [Inline], SourceLocation) -> Void
    ) {
        running(prefix + ".title", .annexTitle, &annex.title, annex.location)
        for index in annex.intro.indices {
            running("\(prefix).intro.p\(index + 1)", .introParagraph, &annex.intro[index].content, annex.intro[index].location)
        }
        if var legend = annex.legend {
            for index in legend.categories.indices {
                let id = "\(prefix).legend.c\(index + 1)"
                let location = legend.categories[index].location
                plain(id + ".name", .categoryName, &legend.categories[index].name, location)
                running(id, .categoryDescription, &legend.categories[index].description, location)
            }
            annex.legend = legend
        }
        for row in annex.activities.indices {
            let id = "\(prefix).r\(row + 1)"
            var activity = annex.activities[row]
            running(id + ".description", .description, &activity.description, activity.location)
            for index in activity.organizers.indices {
                guard var name = activity.organizers[index].name else { continue }
                plain("\(id).organizer\(index + 1)", .organizer, &name, activity.organizers[index].location)
                activity.organizers[index].name = name
            }
            if case .place(let code, let city?, let location) = activity.venue {
                var value = city
                plain(id + ".city", .city, &value, location)
                activity.venue = .place(code: code, city: value, location: location)
            }
            annex.activities[row] = activity
        }
    }
}
