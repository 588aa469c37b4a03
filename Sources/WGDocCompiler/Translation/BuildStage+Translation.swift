import LibXML
import WGDocModel

extension BuildStage {
    /// Reads `<translation lang="…" of="…">`: the texts of a translated edition, in the
    /// original's structure, with the slot ids `TranslationSlots` gives the original.
    func overlay(_ root: XMLElement) -> OverlayText {
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
                text.slots.append(TranslationSlot(id: "title", kind: .title, text: .inlines(inlines(element)), location: locate(element)))
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

    private func plainSlot(_ id: String, _ kind: SlotKind, _ element: XMLElement, _ location: SourceLocation) -> TranslationSlot {
        TranslationSlot(id: id, kind: kind, text: .plain(WhiteSpace.collapse(element.text)), location: location)
    }

    private func runningSlot(_ id: String, _ kind: SlotKind, _ element: XMLElement, _ location: SourceLocation) -> TranslationSlot {
        TranslationSlot(id: id, kind: kind, text: .inlines(inlines(element)), location: location)
    }

    private func overlaySection(_ element: XMLElement, prefix: String, into text: inout OverlayText) {
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
                text.containers[quote] = location
                var index = 0
                for inner in child.elements {
                    let innerLocation = locate(inner)
                    guard inner.name == "p" else { unexpected(inner); continue }
                    index += 1
                    text.slots.append(runningSlot("\(quote).p\(index)", .quotedParagraph, inner, innerLocation))
                }
                text.blockCounts[quote] = index
            default:
                unexpected(child)
            }
        }
        text.blockCounts[prefix] = blocks
    }

    private func overlayAnnex(_ element: XMLElement, prefix: String, into text: inout OverlayText) {
        text.containers[prefix] = locate(element)
        for child in element.elements {
            let location = locate(child)
            switch child.name {
            case "title":
                text.slots.append(runningSlot(prefix + ".title", .annexTitle, child, location))
            case "intro":
                text.containers[prefix + ".intro"] = location
                var index = 0
                for paragraph in child.elements {
                    let paragraphLocation = locate(paragraph)
                    index += 1
                    text.slots.append(runningSlot("\(prefix).intro.p\(index)", .introParagraph, paragraph, paragraphLocation))
                }
                text.blockCounts[prefix + ".intro"] = index
            case "legend":
                text.containers[prefix + ".legend"] = location
                var index = 0
                for category in child.elements {
                    let categoryLocation = locate(category)
                    index += 1
                    let id = "\(prefix).legend.c\(index)"
                    text.slots.append(TranslationSlot(
                        id: id + ".name", kind: .categoryName,
                        text: .plain(WhiteSpace.collapse(category.attribute(TranslatedCategoryAttribute.name) ?? "")),
                        location: attributeLocation(TranslatedCategoryAttribute.name, category)))
                    text.slots.append(runningSlot(id, .categoryDescription, category, categoryLocation))
                }
                text.blockCounts[prefix + ".legend"] = index
            case "activities":
                text.containers[prefix + ".activities"] = location
                var row = 0
                for activity in child.elements {
                    row += 1
                    overlayActivity(activity, prefix: "\(prefix).r\(row)", into: &text)
                }
                text.blockCounts[prefix + ".activities"] = row
            default:
                unexpected(child)
            }
        }
    }

    private func overlayActivity(_ element: XMLElement, prefix: String, into text: inout OverlayText) {
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
