import WGDocModel

/// The page's CSS: screen layout, a phone-friendly table, and print rules (A4, landscape
/// annex pages named `annex-page-N`, repeated table headers, the symbol and page number in
/// the page header through CSS page-margin boxes, which Chromium supports since 131).
struct HTMLStyleSheet {
    let document: ResolvedDocument

    var css: String {
        var css = Self.base
        let body = document.labels.pageHeader
        // Page-margin boxes and page margins have no logical (start/end) form in CSS: a
        // right-to-left document mirrors them, the running head at the top left.
        let rightToLeft = document.direction == .rightToLeft
        let corner = rightToLeft ? "top-left" : "top-right"
        let portraitMargin = rightToLeft ? "25mm 25mm 20mm 20mm" : "25mm 20mm 20mm 25mm"
        css += """
            @page {
              size: A4 portrait;
              margin: \(portraitMargin);
              @\(corner) { content: \(Self.string(document.symbol + "\n" + body.before)) counter(page) \(Self.string(body.after)); white-space: pre; font-size: 10pt; }
            }
            @page :first { @\(corner) { content: none; } }

            """
        for (index, annex) in document.annexes.enumerated() {
            // The page counter runs on through the document in Chromium, so annex pages carry
            // the annex label without a number rather than a wrong one.
            css += """
                @page annex-page-\(index + 1) {
                  size: A4 landscape;
                  margin: 20mm 15mm 15mm 15mm;
                  @\(corner) { content: \(Self.string(document.symbol + "\n" + annex.label)); white-space: pre; font-size: 10pt; }
                }
                @media print { .annex-page-\(index + 1) { page: annex-page-\(index + 1); } }

                """
        }
        return css
    }

    /// A CSS string literal: quotes, backslashes, newlines and anything outside printable
    /// ASCII written as `\HEX ` escapes (CSS Syntax §4.3.7), so document text cannot end it.
    static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            if scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\" && scalar != "<" {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            }
        }
        return result + "\""
    }

    static let base = """
        :root { color: #111; background: #fff; }
        body {
          margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 84rem;
          font-family: Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif;
          font-size: 1rem; line-height: 1.7;
        }
        /* Fonts per script: Latin and Cyrillic text in Arial, as WIPO prints it; CJK text in a
           CJK serif (its Latin glyphs are full-width-looking, so never for Latin text); Arabic
           in a Naskh face. The html element carries the document's language. */
        :lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; }
        :lang(zh) :lang(en), :lang(zh) .symbol, :lang(zh) cite.document, :lang(zh) a[href] { font-family: Arial, "Liberation Sans", "Noto Serif CJK SC", sans-serif; }
        :lang(ar) { font-family: "Noto Naskh Arabic", "Arabic Typesetting", "Traditional Arabic", Arial, serif; }
        .language-letter { font-weight: bold; font-size: 2rem; margin: 0; }
        .document-header, main > section:not(.annex), .footnotes, main > .end-marker,
        .annex > :not(.table-scroll) { max-width: 52rem; margin-inline: auto; }
        .masthead { text-align: end; margin-bottom: 1.5rem; }
        .masthead p { margin: 0; }
        .masthead .symbol { font-weight: bold; font-size: 1.15rem; }
        .meeting-body { font-weight: bold; margin: 1.5rem 0 0.5rem; }
        .meeting-session { margin: 0 0 1.5rem; }
        h1 { font-size: 1.35rem; margin: 1.5rem 0 0.5rem; }
        .author { font-style: italic; margin-bottom: 2rem; }
        h2 { font-size: 1.1rem; margin: 2rem 0 1rem; }
        p.paragraph { margin: 0 0 1rem; text-align: justify; }
        p.paragraph .number { display: inline-block; min-width: 2.5em; color: inherit; text-decoration: none; }
        p.decision { margin-inline-start: 50%; }
        blockquote { margin-block: 0 1rem; margin-inline: 2.5em; }
        blockquote p { margin: 0 0 0.75rem; }
        cite.document { font-style: normal; }
        a { color: #0645ad; }
        sup { line-height: 0; }
        .footnotes { border-top: 1px solid #999; margin-top: 2rem; font-size: 0.9rem; }
        .footnotes h2 { font-size: 1rem; margin: 1rem 0 0.5rem; }
        .footnotes a { overflow-wrap: anywhere; }
        .end-marker { text-align: center; margin: 2rem 0; }
        .annex { margin-top: 4rem; }
        .annex h2 { text-align: center; margin-bottom: 0.25rem; }
        .annex .period { text-align: center; margin-top: 0; }
        .legend { list-style: none; padding: 0; }
        .legend li { margin-bottom: 0.75rem; }
        .legend strong { font-weight: normal; display: block; }
        .table-scroll { overflow-x: auto; max-width: 100%; margin: 1rem 0; border: 1px solid #ccc; }
        .table-scroll:focus { outline: 2px solid #0645ad; }
        table.activities { border-collapse: collapse; min-width: 72rem; font-size: 0.85rem; line-height: 1.5; }
        table.activities caption { text-align: start; font-weight: bold; padding: 0.5rem; }
        table.activities th, table.activities td { border: 1px solid #999; padding: 0.3rem 0.4rem; vertical-align: top; text-align: start; }
        table.activities th { background: #eee; white-space: nowrap; }
        td.month, td.count, td.content { white-space: nowrap; }
        td.count { text-align: end; }
        td.participants { min-width: 14rem; }
        .co-organizer-note { font-size: 0.9rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          .document-header, main > section:not(.annex), .footnotes, main > .end-marker,
          .annex > :not(.table-scroll) { max-width: none; }
          table.activities th { white-space: normal; }
          a { color: inherit; text-decoration: none; }
          .annex { break-before: page; margin-top: 0; }
          /* The page header already shows the symbol and annex label on every annex page. */
          .annex > .masthead { display: none; }
          .table-scroll { overflow: visible; border: none; }
          table.activities { min-width: 0; width: 100%; font-size: 8pt; table-layout: fixed; }
          td.month, td.content { white-space: normal; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          h1, h2 { break-after: avoid; }
        }

        """
}
