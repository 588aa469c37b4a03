import Testing
@testable import WGDocModel

/// An activity's attribute locations, held compactly in its box (`AttributePlaces`), read
/// back, compare, hash, print and answer `location(of:)` exactly as the list they were set as.
@Suite struct AttributePlacesTests {
    static let file = SourceFile("文件/e\u{301} <&>.xml")

    static func at(_ attribute: ActivityAttribute, _ line: Int, _ column: Int, _ file: SourceFile = file) -> AttributeLocation {
        AttributeLocation(attribute: attribute, location: SourceLocation(file: file, line: line, column: column))
    }

    /// Lists the build stage makes, and lists only the general form can hold.
    static let lists: [(list: [AttributeLocation], compact: Bool)] = [
        ([], false),
        ([at(.month, 3, 17)], true),
        ([at(.id, 1, 1), at(.month, 2, 3), at(.type, 2, 20), at(.content, 2, 35), at(.venue, 2, 47), at(.city, 4, 1),
          at(.audience, 4, 9), at(.count, 5, 2), at(.language, 431_060, 44)], true),
        ([at(.month, Int(Int32.max), Int(Int32.max)), at(.count, 0, 0), at(.language, -3, -1)], true),
        // Out of order, twice the same, two files (even with the same path): kept as given.
        ([at(.type, 2, 20), at(.month, 2, 3)], false),
        ([at(.month, 2, 3), at(.month, 9, 9)], false),
        ([at(.month, 2, 3), at(.count, 2, 9, SourceFile("other.xml"))], false),
        ([at(.month, 2, 3), at(.count, 2, 9, SourceFile(file.path))], false),
    ]

    static func activity(_ locations: [AttributeLocation]) -> Activity {
        var activity = Activity(
            location: SourceLocation(file: file, line: 2, column: 7), id: nil, date: .toBeConfirmed, type: nil,
            content: [], venue: nil, description: [.text("中文 <&>")], organizers: [], participants: [],
            audience: [], count: nil, printedNames: [])
        activity.attributeLocations = locations
        return activity
    }

    @Test func listsReadBackAsSetAndAnswerAsTheFirstEntry() {
        for (list, compact) in Self.lists {
            let activity = Self.activity(list)
            #expect(activity.attributeLocations == list)
            #expect(activity.attributeLocations.capacity <= list.count + 1)
            #expect(activity.hasCompactAttributeLocations == compact, "\(list)")
            for attribute in ActivityAttribute.allCases {
                #expect(activity.location(of: attribute)
                        == (list.first { $0.attribute == attribute }?.location ?? activity.location))
            }
        }
    }

    @Test func equalityAndHashAreThoseOfTheLists() {
        let activities = Self.lists.map { Self.activity($0.list) }
        // The same lists made again from locations with a path of their own: the general form.
        let again = Self.lists.map { entry in
            Self.activity(entry.list.map { Self.at($0.attribute, $0.location.line, $0.location.column, SourceFile($0.location.file)) })
        }
        for (leftIndex, left) in (activities + again).enumerated() {
            for (rightIndex, right) in (activities + again).enumerated() {
                let lists = (Self.lists + Self.lists)
                let expected = lists[leftIndex].list == lists[rightIndex].list
                #expect((left == right) == expected)
                if expected { #expect(left.hashValue == right.hashValue) }
            }
        }
    }

    @Test func compactIndicesAreTheCaseOrder() {
        #expect(ActivityAttribute.allCases.enumerated().allSatisfy { $0.element.position == $0.offset })
        #expect(ActivityAttribute.allCases.count <= 9)
    }

    @Test func appendedOneByOneAsTheListIsMade() {
        for (list, compact) in Self.lists {
            var places = AttributePlaces()
            for entry in list { places.append(entry.attribute, at: entry.location) }
            #expect(places.list == list)
            #expect(places.isCompact == compact)
            #expect(places == AttributePlaces(list))
        }
    }

    @Test func printedAsTheList() {
        for (list, _) in Self.lists {
            let printed = String(reflecting: Self.activity(list))
            #expect(printed.hasSuffix("attributeLocations: \(String(reflecting: list)))"))
        }
    }
}

/// `ActivityType` and `AudienceType` are read by a `switch` of their own: every case from
/// its raw value, nothing else.
@Suite struct RowVocabularyTests {
    static let others = ["", "Training", "training ", " webinar", "epct_training", "epct-", "office\u{0}", "ｏｆｆｉｃｅ",
                         "e\u{301}", "usER", "legal\u{A0}", "<&>\"'", "研讨会", "projects", "meet"]

    @Test func everyCaseAndNothingElse() {
        for type in ActivityType.allCases { #expect(ActivityType(rawValue: type.rawValue) == type) }
        for audience in AudienceType.allCases { #expect(AudienceType(rawValue: audience.rawValue) == audience) }
        for text in Self.others {
            #expect(ActivityType(rawValue: text) == nil, "\(text)")
            #expect(AudienceType(rawValue: text) == nil, "\(text)")
        }
        #expect(Set(ActivityType.allCases.map(\.rawValue)).count == ActivityType.allCases.count)
    }
}
