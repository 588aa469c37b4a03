import Foundation
import Testing
@testable import WGDocCompiler
import WGDocModel

/// The ST.3 registry: names in the six languages, names of their time, and the loader's
/// refusal of a registry with a name missing.
@Suite struct RegistryTests {
    let registry = sharedCompiler.registry

    func code(_ text: String) throws -> ST3Code {
        try #require(ST3Code(text))
    }

    func date(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(text))
    }

    @Test func everyCodeHasANameInAllSixLanguagesInEveryEra() {
        #expect(registry.entries.count == 281)
        for entry in registry.entries.values {
            for era in entry.eras {
                #expect(Set(era.names.keys) == Set(LanguageCode.allCases), "\(entry.code) from \(era.from.map(String.init(describing:)) ?? "-")")
                #expect(!era.names.values.contains(""), "\(entry.code)")
            }
        }
    }

    @Test func officesAndCountriesInEachLanguage() throws {
        #expect(registry.name(of: try code("AP"), in: .fr) == "Organisation régionale africaine de la propriété intellectuelle (ARIPO)")
        #expect(registry.name(of: try code("EP"), in: .es) == "Oficina Europea de Patentes")
        #expect(registry.name(of: try code("EA"), in: .ru) == "Евразийское патентное ведомство")
        #expect(registry.name(of: try code("WO"), in: .ar) == "المنظمة العالمية للملكية الفكرية (الويبو)")
        #expect(registry.name(of: try code("OA"), in: .fr) == "Organisation africaine de la propriété intellectuelle (OAPI)")
        #expect(registry.name(of: try code("IB"), in: .zh) == "国际局")
        #expect(registry.name(of: try code("BO"), in: .fr) == "Bolivie (État plurinational de)")
        #expect(registry.name(of: try code("US"), in: .ru) == "Соединенные Штаты Америки")
        #expect(registry.name(of: try code("CN"), in: .ar) == "الصين")
        #expect(registry.name(of: try code("TZ"), in: .es) == "República Unida de Tanzanía")
    }

    @Test(arguments: [
        // code, language, a 2014 document, a 2024 document
        ("TR", LanguageCode.en, "Turkey", "Türkiye"),
        ("TR", .fr, "Turquie", "Türkiye"),
        ("TR", .es, "Turquía", "Türkiye"),
        ("TR", .ru, "Турция", "Турция"),
        ("MK", .en, "The former Yugoslav Republic of Macedonia", "North Macedonia"),
        ("MK", .zh, "前南斯拉夫的马其顿共和国", "北马其顿"),
        ("MK", .ar, "جمهورية مقدونيا اليوغوسلافية السابقة", "مقدونيا الشمالية"),
        ("SZ", .en, "Swaziland", "Eswatini"),
        ("SZ", .ru, "Свазиленд", "Эсватини"),
        ("SZ", .zh, "斯威士兰", "斯威士兰"),
        ("CZ", .en, "Czech Republic", "Czechia"),
        ("CZ", .es, "República Checa", "Chequia"),
        ("CV", .en, "Cabo Verde", "Cabo Verde"),
        ("CV", .fr, "Cabo Verde", "Cabo Verde"),
        ("BR", .en, "Brazil", "Brazil"),
    ])
    func namesFollowTheDate(code text: String, language: LanguageCode, in2014: String, in2024: String) throws {
        let code = try code(text)
        #expect(registry.name(of: code, in: language, on: try date("2014-05-10")) == in2014)
        #expect(registry.name(of: code, in: language, on: try date("2024-06-10")) == in2024)
    }

    @Test func aNameAppliesFromItsFirstDay() throws {
        let turkey = try code("TR")
        #expect(registry.name(of: turkey, in: .en, on: try date("2022-05-31")) == "Turkey")
        #expect(registry.name(of: turkey, in: .en, on: try date("2022-06-01")) == "Türkiye")
        #expect(registry.name(of: try code("CV"), in: .en, on: try date("2012-02-01")) == "Cape Verde")
        #expect(registry.name(of: try code("MK"), in: .en, on: try date("2019-02-13")) == "The former Yugoslav Republic of Macedonia")
        #expect(registry.name(of: try code("MK"), in: .en, on: try date("2019-02-14")) == "North Macedonia")
    }

    @Test func formerNamesAndAliasesBelongToTheirCode() throws {
        #expect(registry.codes(named: "Turkey") == [try code("TR")])
        #expect(registry.codes(named: "Tanzania") == [])
        #expect(registry.codes(knownAs: "Tanzania") == [try code("TZ")])
        #expect(registry.codes(knownAs: "Korea, Republic of") == [try code("KR")])
        #expect(registry.codes(knownAs: "Korea") == [try code("KP"), try code("KR")])
    }

    /// The name index made with the registry answers as a scan of every entry's names did:
    /// each code once, sorted, however many eras, languages and aliases share the name.
    @Test func theNameIndexMatchesAScanOfEveryEntry() throws {
        let (chile, china) = (try code("CL"), try code("CN"))
        let made = ST3Registry(entries: [
            ST3Registry.Entry(code: china, kind: .country, isMember: true,
                              eras: [ST3Registry.NameEra(from: nil, names: [.en: "China", .fr: "Chine", .zh: "中国"]),
                                     ST3Registry.NameEra(from: try date("2020-01-01"), names: [.en: "China", .fr: "Chine", .zh: "中国"])],
                              aliases: [.en: ["China", "Cathay"]]),
            ST3Registry.Entry(code: chile, kind: .country, isMember: true, names: [.en: "Chile", .es: "Chile", .fr: "Chili"]),
            ST3Registry.Entry(code: try code("XX"), kind: .reserved, isMember: false, names: [.en: "Chile"]),
        ])
        #expect(made.codes(knownAs: "China") == [china])
        #expect(made.codes(knownAs: "Cathay") == [china])
        #expect(made.codes(knownAs: "中国") == [china])
        #expect(made.codes(knownAs: "Chile") == [chile, try code("XX")])
        #expect(made.codes(knownAs: "Atlantis") == [])
        // Three codes known by one name, met out of order; a name found however it is composed.
        let (brazil, reserved) = (try code("BR"), try code("XX"))
        let shared = ST3Registry(entries: [
            ST3Registry.Entry(code: reserved, kind: .reserved, isMember: false, names: [.en: "Brésil"]),
            ST3Registry.Entry(code: chile, kind: .country, isMember: true, names: [.en: "Chile", .fr: "Brésil"]),
            ST3Registry.Entry(code: brazil, kind: .country, isMember: true,
                              eras: [ST3Registry.NameEra(from: nil, names: [.en: "Brazil", .fr: "Brésil"])],
                              aliases: [.fr: ["Brésil"], .en: ["Brésil"]]),
        ])
        #expect(shared.codes(knownAs: "Brésil") == [brazil, chile, reserved])
        #expect(shared.codes(knownAs: "Bre\u{301}sil") == [brazil, chile, reserved])
        #expect(shared.codes(knownAs: "Brazil") == [brazil])
        for name in ["Turkey", "Türkiye", "Korea", "Tanzania", "Brazil", "巴西", "Chine"] {
            let scanned = registry.entries.values.filter { $0.allNames.contains(name) }.map(\.code).sorted()
            #expect(registry.codes(knownAs: name) == scanned, "\(name)")
        }
    }

    /// The name index is made by whoever asks first: asked from eight tasks at once, a new
    /// registry gives each the answers of a scan of every entry. Registries compare, and
    /// hash, by their entries alone.
    @Test func theNameIndexAnswersAlikeFromManyThreads() async {
        let fresh = ST3Registry(entries: Array(registry.entries.values))
        let names = ["Turkey", "Türkiye", "Korea", "Tanzania", "Brazil", "巴西", "Chine", "Atlantis"]
        let answers = await withTaskGroup(of: [[ST3Code]].self) { group in
            for _ in 0..<8 { group.addTask { names.map { fresh.codes(knownAs: $0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let expected = names.map { name in
            registry.entries.values.filter { $0.allNames.contains(name) }.map(\.code).sorted()
        }
        #expect(answers.count == 8 && answers.allSatisfy { $0 == expected })
        #expect(fresh == registry && fresh.hashValue == registry.hashValue)
        #expect(fresh != ST3Registry(entries: Array(registry.entries.values.dropFirst())))
    }

    /// The loader cuts lines at line-feed bytes; the lines are those of the text split at
    /// the Character "\n" (a line feed after a carriage return is one Character with it), a
    /// carriage return ending a line dropped, the empty line after a final line feed not a line.
    @Test(arguments: [
        "a\tb\nc\n", "a\nb", "\n\n", "", "\n", "e\u{301}\tx\u{301}\t\n\u{301}\n", "中国\t\u{1F1E8}\u{1F1F3}\tالصين\n",
        "\u{200D}\t\u{301}\n", "a\r\nb\r\n", "a\r\n\nb\r", "a\rb\nc\r", "\r", "\r\n", "\n\r\n\r", "x\u{A0}\n<&>\"'\n",
    ])
    func linesAreThoseOfASplitByCharacter(_ text: String) {
        var expected = text.split(separator: "\n", omittingEmptySubsequences: false).map { piece in
            piece.hasSuffix("\r") ? String(piece.dropLast()) : String(piece)
        }
        if expected.last == "" { expected.removeLast() }
        let bytes = Array(text.utf8)
        let lines = RegistryLoader.lineRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(lines == expected, "\(Array(text.unicodeScalars))")
    }

    /// Names are read from the file's bytes field by field: invalid UTF-8 becomes U+FFFD as
    /// when the whole file was decoded first, and the tab after it still ends the field.
    @Test func invalidUTF8InANameIsReplacedAsBefore() throws {
        var bytes = Array((Self.header).utf8)
        bytes += Array("BR\tcountry\tyes\t-\tالبرازيل\tBra".utf8) + [0xC3] + Array("\tBrasil\tBrésil\tБразилия\t巴西\n".utf8)
        let registry = try RegistryLoader.parse(bytes: bytes, name: "st3.tsv")
        let text = String(decoding: bytes, as: UTF8.self)
        let expected = try RegistryLoader.parse(text, name: "st3.tsv")
        #expect(registry == expected)
        #expect(registry.name(of: try code("BR"), in: .en) == "Bra\u{FFFD}")
        #expect(registry.name(of: try code("BR"), in: .es) == "Brasil")
    }

    static let header = "code\tkind\tmember\tfrom\tar\ten\tes\tfr\tru\tzh\n"
    static let brazil = "BR\tcountry\tyes\t-\tالبرازيل\tBrazil\tBrasil\tBrésil\tБразилия\t巴西\n"

    func refusal(_ text: String) -> String {
        do {
            _ = try RegistryLoader.parse(text, name: "st3.tsv")
            return "accepted"
        } catch {
            return error.message
        }
    }

    @Test func aGoodRegistryLoads() throws {
        let text = Self.header + Self.brazil
            + "TR\tcountry\tyes\t-\tتركيا\tTurkey\tTurquía\tTurquie\tТурция\t土耳其\n"
            + "TR\tcountry\tyes\t2022-06-01\tتركيا\tTürkiye\tTürkiye\tTürkiye\tТурция\t土耳其\n"
            + "TR\tcountry\tyes\talias\t\tTurkiye\t\t\t\t\n"
        let registry = try RegistryLoader.parse(text, name: "st3.tsv")
        let turkey = try code("TR")
        #expect(registry[turkey]?.eras.count == 2)
        #expect(registry[turkey]?.aliases == [.en: ["Turkiye"]])
        #expect(registry.name(of: turkey, in: .en) == "Türkiye")
    }

    @Test func aNameMissingInOneLanguageIsALocatedError() {
        let message = refusal(Self.header + "BR\tcountry\tyes\t-\tالبرازيل\tBrazil\tBrasil\t\tБразилия\t巴西\n")
        #expect(message.hasPrefix("st3.tsv:2:"), "\(message)")
        #expect(message.contains("no fr name for 'BR'"), "\(message)")
        #expect(message.contains("add it to the fr column"), "\(message)")
        let column = "BR\tcountry\tyes\t-\tالبرازيل\tBrazil\tBrasil\t".count + 1
        #expect(message.hasPrefix("st3.tsv:2:\(column):"), "\(message)")
    }

    @Test func aMissingLanguageColumnIsAnError() {
        let message = refusal("code\tkind\tmember\tfrom\ten\tzh\nBR\tcountry\tyes\t-\tBrazil\t巴西\n")
        #expect(message.hasPrefix("st3.tsv:1:"), "\(message)")
        #expect(message.contains("no column for ar, es, fr, ru"), "\(message)")
    }

    @Test(arguments: [
        ("TR\tcountry\tyes\t2022-06-01\tتركيا\tTürkiye\tTürkiye\tTürkiye\tТурция\t土耳其\n", "has no row with from '-' before this one"),
        ("BR\tcountry\tyes\tsoon\tالبرازيل\tBrazil\tBrasil\tBrésil\tБразилия\t巴西\n", "'soon' is not '-', 'alias' or a date"),
        ("BR\tcountry\tyes\t-\tالبرازيل\tBrazil\tBrasil\tBrésil\tБразилия\t巴西\n", "a second row with from '-'"),
        ("BR\toffice\toffice\t2020-01-01\tالبرازيل\tBrazil\tBrasil\tBrésil\tБразилия\t巴西\n", "another kind or membership"),
        ("BR\tcountry\tyes\talias\t\t\t\t\t\t\n", "names nothing"),
        ("BR\tcountry\tyes\t-\tBrazil\n", "expected 10 tab-separated fields"),
    ])
    func badRowsAreRefusedWithTheirLine(row: String, expected: String) {
        let message = refusal(Self.header + Self.brazil + row)
        #expect(message.hasPrefix("st3.tsv:3:"), "\(message)")
        #expect(message.contains(expected), "\(message)")
    }

    @Test func datesMustGoForward() {
        let text = Self.header + Self.brazil
            + "BR\tcountry\tyes\t2020-01-01\tالبرازيل\tBrazil\tBrasil\tBrésil\tБразилия\t巴西\n"
            + "BR\tcountry\tyes\t2019-01-01\tالبرازيل\tBrazil\tBrasil\tBrésil\tБразилия\t巴西\n"
        #expect(refusal(text).contains("st3.tsv:4:"))
        #expect(refusal(text).contains("list them oldest first"))
    }

    /// The bundled file is what `Scripts/make-st3.py` writes from the installed iso-codes
    /// (Debian 4.15): regenerating it changes nothing. Needs `apt-get install iso-codes`.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/iso-codes/json/iso_3166-1.json")))
    func bundledRegistryIsWhatTheScriptWrites() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("st3-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("Scripts/make-st3.py").path, "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let bundled = try Data(contentsOf: repositoryRoot.appendingPathComponent("Templates/st3.tsv"))
        #expect(try Data(contentsOf: output) == bundled)
    }
}
