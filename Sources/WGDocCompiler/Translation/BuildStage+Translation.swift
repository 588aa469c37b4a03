import LibXML
import WGDocModel

extension BuildStage {
    /// Reads `<translation lang="…" of="…">`: the texts of a translated edition, in the
    /// original's structure, with the slot ids `TranslationSlots` gives the original.
    func overlay(_ root: CompactElement) -> OverlayText {
        let location = locate(root)
        let language = languageAttribute(root, TranslationAttribute.lang, location)
        var text = OverlayText(
            location: location, language: language, original: root.attribute(TranslationAttribute.of) ?? "",
            originalLocation: attributeLocation(TranslationAttribute.of, root), slots: [], containers: ["": location],
            blockCounts: [:])
        var sectionCount = 0, annexCount = 0
        for element in root.elements {
            switch element.name {
            case "meeting":
                let meetingLocation = locate(element)
                text.containers["meeting"] = meetingLocation
                for child in element.elements {
                    let childLocation = locate(child)
                    switch child.name {
                    case "body": text.slots.append(plainSlot("meeting.body", .meetingBody, child, childLocation))
                    case "venue": text.slots.append(plainSlot("meeting.venue", .meetingVenue, child, childLocation))
                    default: unexpected(child)
                    }
                }
            case "title":
                text.slots.append(runningSlot("title", .title, element, locate(element)))
            case "author":
                text.slots.append(plainSlot("author", .author, element, locate(element)))
            case "section":
                sectionCount += 1
                overlaySection(element, prefix: "s\(sectionCount)", into: &text)
            case "annex":
                annexCount += 1
                overlayAnnex(element, prefix: "a\(annexCount)", into: &text)
            default:
                unexpected(element)
            }
        }
        text.blockCounts[""] = sectionCount
        text.blockCounts["annexes"] = annexCount
        return text
    }

    private func plainSlot(_ id: String, _ kind: SlotKind, _ element: CompactElement, _ location: SourceLocation) -> TranslationSlot {
        TranslationSlot(id: id, kind: kind, text: .plain(WhiteSpace.collapse(element.text)), location: location)
    }

    private func runningSlot(_ id: String, _ kind: SlotKind, _ element: CompactElement, _ location: SourceLocation) -> TranslationSlot {
        TranslationSlot(id: id, kind: kind, text: .inlines(inlines(element)), location: location)
    }

    private func overlaySection(_ element: CompactElement, prefix: String, into text: inout OverlayText) {
        text.containers[prefix] = locate(element)
        var blocks = 0
        for child in element.elements {
            let location = locate(child)
            switch child.name {
            case "heading":
                text.slots.append(runningSlot(prefix + ".heading", .heading, child, location))
            case "p":
                blocks += 1
                text.slots.append(runningSlot("\(prefix).p\(blocks)", .paragraph, child, location))
            case "decision":
                blocks += 1
                text.slots.append(runningSlot("\(prefix).d\(blocks)", .decision, child, location))
            case "quote":
                blocks += 1
                let quote = "\(prefix).q\(blocks)"
                numbered(child, as: quote, at: location, into: &text) { number, inner, text in
                    guard inner.name == "p" else { unexpected(inner); return false }
                    text.slots.append(runningSlot("\(quote).p\(number)", .quotedParagraph, inner, locate(inner)))
                    return true
                }
            default:
                unexpected(child)
            }
        }
        text.blockCounts[prefix] = blocks
    }

    private func overlayAnnex(_ element: CompactElement, prefix: String, into text: inout OverlayText) {
        text.containers[prefix] = locate(element)
        for child in element.elements {
            let location = locate(child)
            switch child.name {
            case "title":
                text.slots.append(runningSlot(prefix + ".title", .annexTitle, child, location))
            case "intro":
                numbered(child, as: prefix + ".intro", at: location, into: &text) { number, paragraph, text in
                    text.slots.append(runningSlot("\(prefix).intro.p\(number)", .introParagraph, paragraph, locate(paragraph)))
                    return true
                }
            case "legend":
                numbered(child, as: prefix + ".legend", at: location, into: &text) { number, category, text in
                    let categoryLocation = locate(category)
                    let id = "\(prefix).legend.c\(number)"
                    text.slots.append(TranslationSlot(
                        id: id + ".name", kind: .categoryName,
                        text: .plain(WhiteSpace.collapse(category.attribute(TranslatedCategoryAttribute.name) ?? "")),
                        location: attributeLocation(TranslatedCategoryAttribute.name, category)))
                    text.slots.append(runningSlot(id, .categoryDescription, category, categoryLocation))
                    return true
                }
            case "activities":
                numbered(child, as: prefix + ".activities", at: location, into: &text) { row, activity, text in
                    overlayActivity(activity, prefix: "\(prefix).r\(row)", into: &text)
                    return true
                }
            default:
                unexpected(child)
            }
        }
    }

    /// Registers `element` as the container `key`, hands its children to `add` numbered
    /// from 1 (`add` says whether the child took the number), and records how many did.
    private func numbered(_ element: CompactElement, as key: String, at location: SourceLocation, into text: inout OverlayText,
                          _ add: (_ number: Int, _ child: CompactElement, _ text: inout OverlayText) -> Bool) {
        text.containers[key] = location
        var count = 0
        for child in element.elements {
            if add(count + 1, child, &text) { count += 1 }
        }
        text.blockCounts[key] = count
    }

    private func overlayActivity(_ element: CompactElement, prefix: String, into text: inout OverlayText) {
        let location = locate(element)
        text.containers[prefix] = location
        if let city = element.attribute(TranslatedActivityAttribute.city) {
            text.slots.append(TranslationSlot(id: prefix + ".city", kind: .city, text: .plain(WhiteSpace.collapse(city)),
                                              location: attributeLocation(TranslatedActivityAttribute.city, element)))
        }
        var organizers = 0
        for child in element.elements {
            let childLocation = locate(child)
            switch child.name {
            case "description":
                text.slots.append(runningSlot(prefix + ".description", .description, child, childLocation))
            case "organizer":
                organizers += 1
                let name = WhiteSpace.collapse(child.text)
                // An empty <organizer/> stands for a co-organizer the original gives by code only.
                if !name.isEmpty {
                    text.slots.append(TranslationSlot(id: "\(prefix).organizer\(organizers)", kind: .organizer,
                                                      text: .plain(name), location: childLocation))
                }
            default:
                unexpected(child)
            }
        }
        text.blockCounts[prefix + ".organizers"] = organizers
    }
}
