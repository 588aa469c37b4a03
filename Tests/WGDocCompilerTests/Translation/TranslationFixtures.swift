import Foundation
@testable import WGDocCompiler
import WGDocModel

/// An English original with every kind of translatable text and inline code, and its
/// Chinese translation in overlay form, written to a fresh folder.
struct TranslationFixture {
    let folder: URL
    let originalPath: String
    let translationPath: String

    static let original = """
        \(sourceOpening())
          <section id="intro">
            <heading>Activities</heading>
            <p id="first">See document <doc para="20">PCT/WG/5/21</doc>, <em>in particular</em> <xref to="annex-1"/>.</p>
            <p>There were <figure of="activities" annex="annex-1"/> activities and more than <figure of="participants" annex="annex-1" claim="more-than">10</figure> participants<footnote>See <url href="https://www.wipo.int/">the site</url>.</footnote>.</p>
            <quote><p n="6">Quoted.</p></quote>
            <decision>The Working Group is invited to note the document.</decision>
          </section>
          <annex id="annex-1" kind="completed" from="2023-01" to="2023-12">
            <title>Activities</title>
            <intro><p>Introduction.</p></intro>
            <legend><category code="A" name="General">General information.</category></legend>
            <activities>
              <activity month="2023-03" type="seminar" content="A" venue="BR" city="Rio" audience="office" count="12"><description>Seminar</description><organizer code="BR">INPI</organizer><participants>BR CL</participants></activity>
              <activity month="2023-04" type="webinar" content="A" venue="online" audience="user" count="30"><description>Webinar</description><organizer code="EP"/><participants>MX</participants></activity>
            </activities>
          </annex>
        </document>

        """

    /// The translation, line for line as its markers in tests count them.
    static let translation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <translation xmlns="urn:wgdoc:1" lang="zh" of="original.en.xml">
          <meeting>
            <body>PCT工作组</body>
            <venue>日内瓦</venue>
          </meeting>
          <title>测试</title>
          <author>国际局</author>
          <section>
            <heading>活动</heading>
            <p>见<xref to="annex-1"/>，<em>特别是</em>文件<doc para="20">PCT/WG/5/21</doc>。</p>
            <p>共有<figure of="activities" annex="annex-1"/>项活动，超过<figure of="participants" annex="annex-1" claim="more-than">10</figure>名参与者<footnote>见<url href="https://www.wipo.int/">网站</url>。</footnote>。</p>
            <quote><p>引文。</p></quote>
            <decision>请工作组注意本文件的内容。</decision>
          </section>
          <annex>
            <title>活动</title>
            <intro><p>引言。</p></intro>
            <legend><category name="一般">一般信息。</category></legend>
            <activities>
              <activity city="里约"><description>研讨会</description><organizer>巴西工业产权局</organizer></activity>
              <activity><description>网络研讨会</description><organizer/></activity>
            </activities>
          </annex>
        </translation>

        """

    init(original: String = Self.original, translation: String = Self.translation) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wgdoc-translation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        originalPath = folder.appendingPathComponent("original.en.xml").path
        translationPath = folder.appendingPathComponent("translation.zh.xml").path
        try original.write(toFile: originalPath, atomically: true, encoding: .utf8)
        try translation.write(toFile: translationPath, atomically: true, encoding: .utf8)
    }

    func write(_ text: String, name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// The texts of a document without locations: each slot's kind and key, in order.
func slotKeys(_ document: Document) -> [String] {
    TranslationSlots.slots(of: document).map { $0.id + " " + XLIFFUnitPlan.key($0.kind, $0.text.inlines) }
}
