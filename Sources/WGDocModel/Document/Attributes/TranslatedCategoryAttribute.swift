/// The attributes of a `<category>` in a translation's annex legend.
public enum TranslatedCategoryAttribute: String, ElementAttribute {
    case name

    public static let schemaPath = "translatedAnnex/legend/category"
}
