import LibXML
import WGDocModel

extension BuildStage {
    /// `<figure of="…" annex="…" from="…" to="…" claim="…">typed number</figure>`.
    func figure(_ element: CompactElement, location: SourceLocation) -> Figure? {
        let ofText = element.attribute(FigureAttribute.of) ?? ""
        guard let quantity = FigureQuantity(rawValue: ofText) else {
            error(.modelBadFigure, attributeLocation(FigureAttribute.of, element), "'\(ofText)' is not a figure wgdoc computes",
                  help: "use " + FigureQuantity.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        let from = element.attribute(FigureAttribute.from) == nil ? nil : monthAttribute(element, FigureAttribute.from, location)
        let to = element.attribute(FigureAttribute.to) == nil ? nil : monthAttribute(element, FigureAttribute.to, location)
        if (element.attribute(FigureAttribute.from) == nil) != (element.attribute(FigureAttribute.to) == nil) {
            error(.modelBadFigure, location, "a figure's period needs both from=\"…\" and to=\"…\"",
                  help: "give the first and the last month, such as from=\"2023-01\" to=\"2023-12\"")
            return nil
        }
        var period: Period?
        if let from, let to {
            if to < from {
                error(.modelDateOrder, attributeLocation(FigureAttribute.to, element),
                      "the figure's period ends (\(to)) before it starts (\(from))",
                      help: "from=\"…\" is the first month, to=\"…\" the last")
                return nil
            }
            period = Period(from: from, to: to)
        } else if element.attribute(FigureAttribute.from) != nil {
            return nil  // a bad month, reported above
        }
        let typed = WhiteSpace.collapse(element.text)
        let relationText = element.attribute(FigureAttribute.claim)
        var claim: FigureClaim?
        if typed.isEmpty {
            if let relationText {
                error(.modelBadFigure, attributeLocation(FigureAttribute.claim, element),
                      "claim=\"\(relationText)\" needs the figure as printed inside <figure>",
                      help: "type the printed number, such as <figure … claim=\"more-than\">1,600</figure>, or remove claim=\"…\"")
                return nil
            }
        } else {
            let digits = typed.unicodeScalars.filter { (48...57).contains($0.value) }
            guard let value = Int(String(String.UnicodeScalarView(digits))) else {
                error(.modelBadFigure, location, "'\(typed)' is not a whole number",
                      help: "type digits, grouped by thousands if printed so: 1,600")
                return nil
            }
            guard let relation = FigureClaim.Relation(rawValue: relationText ?? "exact") else {
                error(.modelBadFigure, attributeLocation(FigureAttribute.claim, element),
                      "'\(relationText ?? "")' is not a kind of claim", help: "use exact, more-than or at-least")
                return nil
            }
            claim = FigureClaim(text: typed, value: value, relation: relation)
        }
        return Figure(location: location, quantity: quantity,
                      scope: FigureScope(annexID: element.attribute(FigureAttribute.annex), period: period), claim: claim)
    }
}
