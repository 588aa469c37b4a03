import Testing
import WGDocCompiler
import WGDocModel

/// `text.bidi-control` and `text.control-character`: typed or referenced, located exactly.
@Suite struct CharacterScanTests {
    @Test func bidiControlsAreReportedWhereTheyAre() {
        expectDiagnostics(
            minimalSource(body: "<p>Pay 1️⃣\u{202E}txet<!-- 2️⃣\u{2066} --> and 3️⃣&#x2069; or 4️⃣&#8238;.</p>"),
            [("1️⃣", "text.bidi-control"), ("2️⃣", "text.bidi-control"),
             ("3️⃣", "text.bidi-control"), ("4️⃣", "text.bidi-control")])
    }

    @Test func controlCharactersAreReportedWhereTheyAre() {
        expectDiagnostics(
            minimalSource(body: "<p id=\"x1️⃣&#x85;\">A 2️⃣\u{85} b 3️⃣\u{7F} c 4️⃣&#159;</p>"),
            [("1️⃣", "text.control-character"), ("2️⃣", "text.control-character"),
             ("3️⃣", "text.control-character"), ("4️⃣", "text.control-character")])
    }

    @Test func marksThatDoNotReorderTextPass() {
        let diagnostics = compile(minimalSource(body: "<p>a\u{200E}b\u{200F}c &#x2028; &#160;</p>")).diagnostics
        #expect(!diagnostics.contains { $0.rule.rawValue.hasPrefix("text.") }, "\(diagnostics)")
    }

    @Test func manyFindingsAreCountedNotListed() {
        let body = "<p>" + String(repeating: "\u{202E}", count: 100) + "</p>"
        let diagnostics = compile(minimalSource(body: body)).diagnostics.filter { $0.rule.rawValue == "text.bidi-control" }
        #expect(diagnostics.count == 21)
        #expect(diagnostics.last?.message.contains("not listed one by one") == true)
    }

    /// wgdoc-fuzz crash-17fbf8e7 (issue #7): a hexadecimal reference of 30 digits trapped
    /// on arithmetic overflow in the scan.
    @Test func longCharacterReferencesDoNotOverflow() {
        let crash: [UInt8] = Array(" AT8<&#xD8888888888888888888888888888A[".utf8)
        let diagnostics = sharedCompiler.compile(bytes: crash, path: "crash.xml").diagnostics
        #expect(diagnostics.contains { $0.severity == .error })
        for reference in ["&#x8888888888888888888888;", "&#99999999999999999999;", "&#xFFFFFFFF;"] {
            let result = compile(minimalSource(body: "<p>\(reference)</p>")).diagnostics
            #expect(result.contains { $0.rule.rawValue == "xml.malformed" }, "\(reference): \(result)")
        }
    }

    @Test func zeroPaddedReferencesAreStillRead() {
        expectDiagnostics(minimalSource(body: "<p>a 1️⃣&#x00000000000202E; b</p>"), [("1️⃣", "text.bidi-control")])
    }

    @Test func messagesNameTheCharacter() {
        let diagnostic = compile(minimalSource(body: "<p>\u{202E}</p>")).diagnostics.first { $0.rule.rawValue == "text.bidi-control" }
        #expect(diagnostic?.message == "bidirectional control character U+202E (right-to-left override) in the source")
        #expect(diagnostic?.help != nil)
    }
}
