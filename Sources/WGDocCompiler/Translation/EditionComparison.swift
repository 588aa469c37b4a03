import WGDocModel

/// Compares editions of one document (the same symbol in several languages) validated
/// together: every fact that differs — the date, the meeting, the paragraphs and their
/// references and figures, the annexes, the rows and their cells' facts — is an error
/// (`edition.fact-mismatch`) at the later edition, with the first edition's place as a note.
/// Overlays and standalone editions are compared alike.
public enum EditionComparison {
    /// Groups `documents` by symbol and compares each later edition with the first.
    public static func compare(_ documents: [Document]) -> [Diagnostic] {
        var groups: [String: [Document]] = [:]
        var order: [String] = []
        for document in documents {
            let key = document.symbol.description
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(document)
        }
        var diagnostics: [Diagnostic] = []
        for key in order {
            guard let editions = groups[key], let first = editions.first else { continue }
            for edition in editions.dropFirst() {
                var comparison = Comparison(reference: first, edition: edition)
                comparison.run()
                diagnostics += comparison.diagnostics
            }
        }
        return diagnostics
    }

    /// One edition compared with the reference edition.
    private struct Comparison {
        let reference: Document
        let edition: Document
        var diagnostics: [Diagnostic] = []

        init(reference: Document, edition: Document) {
            self.reference = reference
            self.edition = edition
        }

        mutating func differ<Value: Equatable>(
            _ what: String, _ expected: Value, _ found: Value, at location: SourceLocation, _ referenceLocation: SourceLocation
        ) {
            guard expected != found else { return }
            diagnostics.append(Diagnostic(
                rule: StageRule.editionFactMismatch.id, severity: .error, location: location,
                message: "the editions differ in \(what): '\(found)' in this edition (\(edition.language.rawValue)), "
                    + "'\(expected)' in the \(reference.language.rawValue) edition",
                help: "editions of one document share their facts: correct the one that is wrong, or keep the facts once with <translation of=\"…\">",
                related: [Diagnostic.Related(location: referenceLocation, message: "the \(reference.language.rawValue) edition")]))
        }

        mutating func run() {
            differ("the date", reference.date.description, edition.date.description, at: edition.location, reference.location)
            differ("the original language", reference.originalLanguage.rawValue, edition.originalLanguage.rawValue,
                   at: edition.location, reference.location)
            let (m, n) = (reference.meeting, edition.meeting)
            differ("the session", m.session, n.session, at: n.location, m.location)
            differ("the meeting's first day", m.start.description, n.start.description, at: n.location, m.location)
            differ("the meeting's last day", m.end.description, n.end.description, at: n.location, m.location)
            differ("the number of sections", reference.sections.count, edition.sections.count, at: edition.location, reference.location)
            for (index, (r, e)) in zip(reference.sections, edition.sections).enumerated() {
                section(index + 1, r, e)
            }
            differ("the number of annexes", reference.annexes.count, edition.annexes.count, at: edition.location, reference.location)
            for (r, e) in zip(reference.annexes, edition.annexes) { annex(r, e) }
        }

        mutating func section(_ number: Int, _ r: Section, _ e: Section) {
            differ("section \(number)'s id", r.id ?? "", e.id ?? "", at: e.location, r.location)
            differ("the number of paragraphs, quotes and decisions in section \(number)",
                   r.blocks.count, e.blocks.count, at: e.location, r.location)
            for (rb, eb) in zip(r.blocks, e.blocks) {
                switch (rb, eb) {
                case (.paragraph(let rp), .paragraph(let ep)), (.decision(let rp), .decision(let ep)):
                    paragraph(rp, ep)
                case (.quote(let rq), .quote(let eq)):
                    differ("the quoted paragraphs' numbers", rq.paragraphs.map { $0.number ?? "" },
                           eq.paragraphs.map { $0.number ?? "" }, at: eq.location, rq.location)
                    for (rp, ep) in zip(rq.paragraphs, eq.paragraphs) {
                        differ("the references and figures of a quoted paragraph", InlineFacts.of(rp.content),
                               InlineFacts.of(ep.content), at: ep.location, rp.location)
                    }
                case (.paragraph(let rp), _), (.decision(let rp), _):
                    differ("the kind of block", kind(rb), kind(eb), at: location(eb), rp.location)
                case (.quote(let rq), _):
                    differ("the kind of block", kind(rb), kind(eb), at: location(eb), rq.location)
                }
            }
        }

        mutating func paragraph(_ r: Paragraph, _ e: Paragraph) {
            differ("the paragraph's id", r.id ?? "", e.id ?? "", at: e.location, r.location)
            differ("the paragraph's references and figures", InlineFacts.of(r.content).joined(separator: " "),
                   InlineFacts.of(e.content).joined(separator: " "), at: e.location, r.location)
        }

        func kind(_ block: Block) -> String {
            switch block {
            case .paragraph: "p"
            case .decision: "decision"
            case .quote: "quote"
            }
        }

        func location(_ block: Block) -> SourceLocation {
            switch block {
            case .paragraph(let p), .decision(let p): p.location
            case .quote(let q): q.location
            }
        }

        mutating func annex(_ r: Annex, _ e: Annex) {
            differ("the annex's id", r.id, e.id, at: e.location, r.location)
            differ("annex '\(r.id)''s kind", r.kind.rawValue, e.kind.rawValue, at: e.location, r.location)
            differ("annex '\(r.id)''s period", "\(r.period.from)–\(r.period.to)", "\(e.period.from)–\(e.period.to)",
                   at: e.location, r.location)
            differ("annex '\(r.id)''s legend reference", r.legendReference?.annexID ?? "", e.legendReference?.annexID ?? "",
                   at: e.location, r.location)
            differ("annex '\(r.id)''s category codes", r.legend?.categories.map(\.code) ?? [],
                   e.legend?.categories.map(\.code) ?? [], at: e.legend?.location ?? e.location, r.legend?.location ?? r.location)
            differ("the number of paragraphs in annex '\(r.id)''s introduction", r.intro.count, e.intro.count,
                   at: e.location, r.location)
            differ("the number of rows in annex '\(r.id)'", r.activities.count, e.activities.count, at: e.location, r.location)
            for (index, (ra, ea)) in zip(r.activities, e.activities).enumerated() {
                row("annex '\(r.id)' row \(index + 1)", ra, ea)
            }
        }

        mutating func row(_ name: String, _ r: Activity, _ e: Activity) {
            func check<Value: Equatable>(_ field: String, _ value: (Activity) -> Value) {
                differ("\(name)'s \(field)", value(r), value(e), at: e.location, r.location)
            }
            check("id") { $0.id ?? "" }
            check("month") { $0.date.description }
            check("type") { $0.type?.rawValue ?? "" }
            check("content") { $0.content.map(\.code).joined(separator: " ") }
            check("venue") { activity -> String in
                switch activity.venue {
                case nil: ""
                case .online: "online"
                case .hybrid: "hybrid"
                case .place(let code, let city, _): code.description + (city == nil ? "" : " (with a city)")
                }
            }
            check("participants") { $0.participants.map { $0.code.description + ($0.coOrganizer ? "*" : "") }.joined(separator: " ") }
            check("participant types") { $0.audience.map(\.rawValue).joined(separator: " ") }
            check("count") { $0.count.map(String.init) ?? "" }
            check("co-organizers' codes") { $0.organizers.map { $0.code?.description ?? "-" }.joined(separator: " ") }
            check("references and figures in the description") { InlineFacts.of($0.description).joined(separator: " ") }
        }
    }
}
