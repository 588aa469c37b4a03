/// Every style id the Word renderer names: paragraph, character and table styles. The
/// writer takes only these values, so a misspelt style cannot compile; the template loader
/// refuses a `styles.xml` that lacks one, and a test checks the shipped template has them.
public enum WordStyle: String, Hashable, Sendable, CaseIterable {
    case normal = "Normal"
    case headerBlock = "HeaderBlock"
    case languageLetter = "LanguageLetter"
    case documentSymbol = "DocumentSymbol"
    case meetingBody = "MeetingBody"
    case session = "Session"
    case title = "Title"
    case author = "Author"
    case heading1 = "Heading1"
    case numberedParagraph = "NumberedParagraph"
    case decision = "Decision"
    case quote = "Quote"
    case endMarker = "EndMarker"
    case annexTitle = "AnnexTitle"
    case annexPeriod = "AnnexPeriod"
    case legend = "Legend"
    case coOrganizerNote = "CoOrganizerNote"
    case tableHeading = "TableHeading"
    case tableText = "TableText"
    case header = "Header"
    case footnoteText = "FootnoteText"
    case footnoteReference = "FootnoteReference"
    case hyperlink = "Hyperlink"
    case activityTable = "ActivityTable"
}
