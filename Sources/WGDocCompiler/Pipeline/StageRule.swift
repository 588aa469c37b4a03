import WGDocModel

/// Every rule the pipeline's stages report themselves (the meaning checks are rule types
/// of their own, under `Stages/Check/Rules/`). Call sites name a case, so a misspelt or
/// uncatalogued id cannot compile; the rule catalogue is made from these cases.
public enum StageRule: String, Hashable, Sendable, CaseIterable {
    case ioUnreadable = "io.unreadable"
    case xmlTooLarge = "xml.too-large"
    case xmlEmpty = "xml.empty"
    case xmlEncoding = "xml.encoding"
    case xmlVersion = "xml.version"
    case xmlTooManyAttributes = "xml.too-many-attributes"
    case textControlCharacter = "text.control-character"
    case textBidiControl = "text.bidi-control"
    case xmlDoctype = "xml.doctype"
    case xmlMalformed = "xml.malformed"
    case xmlNamespace = "xml.namespace"
    case schemaUnexpectedElement = "schema.unexpected-element"
    case schemaMissingElement = "schema.missing-element"
    case schemaUnknownAttribute = "schema.unknown-attribute"
    case schemaMissingAttribute = "schema.missing-attribute"
    case schemaInvalidValue = "schema.invalid-value"
    case schemaEmpty = "schema.empty"
    case schemaUnexpectedText = "schema.unexpected-text"
    case schemaDuplicateId = "schema.duplicate-id"
    case schemaDanglingReference = "schema.dangling-reference"
    case schemaInvalid = "schema.invalid"
    case modelEmpty = "model.empty"
    case modelNotWgdoc = "model.not-wgdoc"
    case modelUnexpectedElement = "model.unexpected-element"
    case modelBadSymbol = "model.bad-symbol"
    case modelBadLanguage = "model.bad-language"
    case modelBadDate = "model.bad-date"
    case modelBadMonth = "model.bad-month"
    case modelBadNumber = "model.bad-number"
    case modelBadKind = "model.bad-kind"
    case modelBadType = "model.bad-type"
    case modelBadAudience = "model.bad-audience"
    case modelBadVenue = "model.bad-venue"
    case modelBadCode = "model.bad-code"
    case modelCityWithoutPlace = "model.city-without-place"
    case modelBadFigure = "model.bad-figure"
    case modelDateOrder = "model.date-order"
    case modelUnfilled = "model.unfilled"
    case modelBadColumn = "model.bad-column"
    case modelApproximateDate = "model.approximate-date"
    case modelMissingField = "model.missing-field"
    case refBadSymbol = "ref.bad-symbol"
    case refUrlScheme = "ref.url-scheme"
    case refAnchorCollision = "ref.anchor-collision"
    case refDangling = "ref.dangling"
    case langNoPack = "lang.no-pack"
    case langMissingName = "lang.missing-name"
    case langBadPack = "lang.bad-pack"
    case suppressUnused = "suppress.unused"
    case suppressUnknownRule = "suppress.unknown-rule"
    case csvEmpty = "csv.empty"
    case csvEncoding = "csv.encoding"
    case csvMalformed = "csv.malformed"
    case csvUnknownColumn = "csv.unknown-column"
    case csvDuplicateColumn = "csv.duplicate-column"
    case csvMissingColumn = "csv.missing-column"
    case csvExtraCell = "csv.extra-cell"
    case csvMissingField = "csv.missing-field"
    case csvBadId = "csv.bad-id"
    case csvBadMonth = "csv.bad-month"
    case csvBadType = "csv.bad-type"
    case csvBadContent = "csv.bad-content"
    case csvBadVenue = "csv.bad-venue"
    case csvCityWithoutPlace = "csv.city-without-place"
    case csvBadParticipant = "csv.bad-participant"
    case csvBadCode = "csv.bad-code"
    case csvBadAudience = "csv.bad-audience"
    case csvBadCount = "csv.bad-count"
    case csvBadLanguage = "csv.bad-language"
    case csvNotExportable = "csv.not-exportable"
    case translationOriginal = "translation.original"
    case translationStructure = "translation.structure"
    case translationInlineMismatch = "translation.inline-mismatch"
    case editionFactMismatch = "edition.fact-mismatch"
    case xliffMalformed = "xliff.malformed"
    case xliffUnknownUnit = "xliff.unknown-unit"
    case xliffMissingUnit = "xliff.missing-unit"
    case xliffInlineMismatch = "xliff.inline-mismatch"
    case xliffUntranslated = "xliff.untranslated"

    public var id: RuleID { RuleID(rawValue) }

    /// The stage that reports it.
    public var stage: RuleStage {
        switch self {
        case .ioUnreadable, .xmlTooLarge, .xmlEmpty, .xmlEncoding, .xmlVersion, .xmlTooManyAttributes: .input
        case .textControlCharacter, .textBidiControl, .xmlDoctype, .xmlMalformed, .xmlNamespace: .parse
        case .schemaUnexpectedElement, .schemaMissingElement, .schemaUnknownAttribute, .schemaMissingAttribute, .schemaInvalidValue, .schemaEmpty, .schemaUnexpectedText, .schemaDuplicateId, .schemaDanglingReference, .schemaInvalid: .validate
        case .modelEmpty, .modelNotWgdoc, .modelUnexpectedElement, .modelBadSymbol, .modelBadLanguage, .modelBadDate, .modelBadMonth, .modelBadNumber, .modelBadKind, .modelBadType, .modelBadAudience, .modelBadVenue, .modelBadCode, .modelCityWithoutPlace, .modelBadFigure, .modelDateOrder, .modelUnfilled, .modelBadColumn, .modelApproximateDate, .modelMissingField, .refBadSymbol, .refUrlScheme: .build
        case .refAnchorCollision, .refDangling, .langNoPack, .langMissingName, .langBadPack: .resolve
        case .suppressUnused, .suppressUnknownRule: .check
        case .translationOriginal, .translationStructure, .translationInlineMismatch, .editionFactMismatch: .translation
        case .xliffMalformed, .xliffUnknownUnit, .xliffMissingUnit, .xliffInlineMismatch, .xliffUntranslated: .xliff
        case .csvEmpty, .csvEncoding, .csvMalformed, .csvUnknownColumn, .csvDuplicateColumn, .csvMissingColumn, .csvExtraCell, .csvMissingField, .csvBadId, .csvBadMonth, .csvBadType, .csvBadContent, .csvBadVenue, .csvCityWithoutPlace, .csvBadParticipant, .csvBadCode, .csvBadAudience, .csvBadCount, .csvBadLanguage, .csvNotExportable: .csv
        }
    }

    /// The severity it reports with: errors, except the reports on suppression comments.
    public var severity: Severity {
        [.suppressUnused, .suppressUnknownRule, .xliffUntranslated].contains(self) ? .warning : .error
    }

    /// One line for `wgdoc rules`.
    public var summary: String {
        switch self {
        case .ioUnreadable: "a named source that cannot be read: missing, a folder, or not permitted"
        case .xmlTooLarge: "the file is larger than --max-input-size"
        case .xmlEmpty: "the file is empty"
        case .xmlEncoding: "an encoding other than UTF-8 or UTF-16, or bytes invalid in it"
        case .xmlVersion: "an XML version other than 1.0"
        case .xmlTooManyAttributes: "a start tag with more than 256 attributes, refused before parsing"
        case .textControlCharacter: "a control character (DEL, U+0080–U+009F) in the source, typed or as a reference"
        case .textBidiControl: "a bidirectional override or isolate (U+202A–202E, U+2066–2069) in the source"
        case .xmlDoctype: "a <!DOCTYPE>, refused before it is read"
        case .xmlMalformed: "the file is not well-formed XML"
        case .xmlNamespace: "an undeclared namespace prefix"
        case .schemaUnexpectedElement: "an element the schema does not allow there"
        case .schemaMissingElement: "a required child element is missing"
        case .schemaUnknownAttribute: "an attribute the element does not have"
        case .schemaMissingAttribute: "a required attribute is missing"
        case .schemaInvalidValue: "an attribute or element value of the wrong form"
        case .schemaEmpty: "an element that must have text is empty"
        case .schemaUnexpectedText: "text directly inside an element that holds only elements"
        case .schemaDuplicateId: "an id used twice (or a legend code, or a printed name's code in one row)"
        case .schemaDanglingReference: "xref to=, legend= or figure annex= naming no id of the document"
        case .schemaInvalid: "any other schema violation"
        case .modelEmpty: "the file has no document element"
        case .modelNotWgdoc: "the document element is not <document xmlns=\"urn:wgdoc:1\">"
        case .modelUnexpectedElement: "an element the model does not expect"
        case .modelBadSymbol: "the document's symbol does not parse"
        case .modelBadLanguage: "a language wgdoc does not know"
        case .modelBadDate: "a date that is not in the calendar"
        case .modelBadMonth: "a month that does not parse"
        case .modelBadNumber: "a session or count that is not a whole number"
        case .modelBadKind: "an annex kind other than completed or planned"
        case .modelBadType: "an unknown activity type"
        case .modelBadAudience: "an unknown participant type"
        case .modelBadVenue: "a venue other than online, hybrid or an ST.3 code"
        case .modelBadCode: "a participant that is not a two-letter code"
        case .modelCityWithoutPlace: "a city given for an online or hybrid activity, or without a venue"
        case .modelBadFigure: "a <figure> with an unknown quantity, half a period or a typed value that is not a number"
        case .modelDateOrder: "a meeting, annex or figure period that ends before it starts"
        case .modelUnfilled: "a ?? placeholder left by `wgdoc new` (symbol, date, meeting dates) not filled in yet"
        case .modelBadColumn: "a columns=\"…\" naming no table column"
        case .modelApproximateDate: "a completed activity with a range of months, a quarter or tbc as its date"
        case .modelMissingField: "a completed activity without type, participants, participant types or count"
        case .refBadSymbol: "a <doc> whose document symbol does not parse"
        case .refUrlScheme: "a link that is not http, https or mailto"
        case .refAnchorCollision: "an author id that is also an anchor wgdoc generates (para-3, fn-1, annex-1-title …)"
        case .refDangling: "a cross-reference to no paragraph, section, annex or activity"
        case .langNoPack: "no language pack for the document's language"
        case .langMissingName: "a code or type the language pack or registry cannot name"
        case .langBadPack: "a language pack missing a label, type or name, or with a bad placeholder, rule or citation (wgdoc stops, exit 2)"
        case .suppressUnused: "a wgdoc-disable-next-line comment whose rule silenced nothing on the next element"
        case .suppressUnknownRule: "a wgdoc-disable-next-line comment naming no rule, an unknown one, or one that cannot be silenced"
        case .translationOriginal: "a translation's of=\"…\" that is not a readable, valid original edition relative to it (URLs, absolute paths and translations of translations are refused)"
        case .translationStructure: "a translation whose sections, paragraphs, quotes, rows or co-organizers do not match its original's"
        case .translationInlineMismatch: "a translated text whose references, links, cross-references, figures or footnotes are not its original's"
        case .editionFactMismatch: "editions of one symbol validated together that differ in a fact (dates, paragraphs, figures, annexes, rows)"
        case .xliffMalformed: "an XLIFF file that is not XLIFF 2 as wgdoc writes it (root, version, languages, segments, unsupported codes)"
        case .xliffUnknownUnit: "an XLIFF unit whose id the original does not have, or a second unit with the same id"
        case .xliffMissingUnit: "a translatable text of the original with no unit in the XLIFF file"
        case .xliffInlineMismatch: "a target whose inline codes (<ph>, <pc>) are not its source's, each exactly once"
        case .xliffUntranslated: "a unit with no target, or an empty one: the original's text is kept"
        case .csvEmpty: "the CSV file has no header or no rows"
        case .csvEncoding: "the CSV file is not UTF-8"
        case .csvMalformed: "a quote that does not close, or text after a closing quote"
        case .csvUnknownColumn: "a header that names no activity field"
        case .csvDuplicateColumn: "two headers name the same field"
        case .csvMissingColumn: "a required column (month, description) is absent"
        case .csvExtraCell: "a row with more cells than the header"
        case .csvMissingField: "a required cell is empty (for a completed activity: type, participants, types, count)"
        case .csvBadId: "an id that is not lower-case letters, digits and hyphens"
        case .csvBadMonth: "a month that is not YYYY-MM"
        case .csvBadType: "an activity type neither a code nor a name the pack knows"
        case .csvBadContent: "a content category that is not one capital letter"
        case .csvBadVenue: "a venue that is not online, hybrid, a code or a registry name"
        case .csvCityWithoutPlace: "a city given for an online or hybrid activity"
        case .csvBadParticipant: "a participant the ST.3 registry cannot resolve, or a name that belongs to another code"
        case .csvBadCode: "a co-organizer code that is not in the ST.3 registry"
        case .csvBadAudience: "a participant type neither a code nor a name the pack knows"
        case .csvBadCount: "a count that is not a whole number"
        case .csvBadLanguage: "a language cell that is not a list of languages"
        case .csvNotExportable: "export-activities: a description with markup a CSV cell cannot hold"
        }
    }

    /// Its catalogue entry.
    public var ruleDescription: RuleDescription {
        RuleDescription(id: id, severity: severity, summary: summary, stage: stage)
    }
}
