/// Where an activity's attributes are written (`Activity.attributeLocations`), held inside
/// the activity's own box rather than in an array of its own.
///
/// Every activity keeps one, so its size is the model's: a list of six `AttributeLocation`s
/// was a 176-byte array (a 192-byte block) beside each row, 19 MB of `validate`'s peak at
/// 100,000 activities (issue #15). The list the build stage makes (each attribute at most
/// once, in `ActivityAttribute` order, all in one file) is kept as one line and column per
/// attribute present, in place, and the file once. Any other list is kept as given. Either
/// way it reads back as the list it was made from, equal and hashed as that list.
struct AttributePlaces: Hashable, Sendable {
    private enum Storage: Sendable {
        /// `places[i]`: line (high 32 bits) and column of `ActivityAttribute.allCases[i]`,
        /// present when bit `i` of `present` is set.
        case compact(file: SourceFile, present: UInt16, places: InlineArray<9, UInt64>)
        case list([AttributeLocation])
    }

    private var storage: Storage

    /// `ActivityAttribute`s by index, as `compact` numbers them.
    private static let attributes = ActivityAttribute.allCases

    init(_ locations: [AttributeLocation]) {
        storage = Self.compact(locations) ?? .list(locations)
    }

    /// `locations` in the compact form, or nil when it cannot hold them.
    private static func compact(_ locations: [AttributeLocation]) -> Storage? {
        guard let file = locations.first?.location.sourceFile else { return nil }
        var present: UInt16 = 0
        var places = InlineArray<9, UInt64>(repeating: 0)
        var previous = -1
        for entry in locations {
            guard let index = attributes.firstIndex(of: entry.attribute), index < 9, index > previous,
                entry.location.sourceFile === file
            else { return nil }
            previous = index
            present |= 1 << index
            places[index] = UInt64(UInt32(bitPattern: entry.location.storedLine)) << 32
                | UInt64(UInt32(bitPattern: entry.location.storedColumn))
        }
        return .compact(file: file, present: present, places: places)
    }

    private static func location(_ file: SourceFile, _ place: UInt64) -> SourceLocation {
        SourceLocation(file: file, storedLine: Int32(bitPattern: UInt32(truncatingIfNeeded: place >> 32)),
                       storedColumn: Int32(bitPattern: UInt32(truncatingIfNeeded: place)))
    }

    /// Calls `body` with each location, in the list's order.
    private func forEach(_ body: (AttributeLocation) -> Void) {
        switch storage {
        case .compact(let file, let present, let places):
            for index in 0..<9 where present & (1 << index) != 0 {
                body(AttributeLocation(attribute: Self.attributes[index], location: Self.location(file, places[index])))
            }
        case .list(let locations):
            locations.forEach(body)
        }
    }

    /// Whether the list is held in the compact form (tests: the build stage's always is).
    var isCompact: Bool {
        switch storage {
        case .compact: true
        case .list: false
        }
    }

    /// The list, as it was given.
    var list: [AttributeLocation] {
        switch storage {
        case .compact(_, let present, _):
            var result: [AttributeLocation] = []
            result.reserveCapacity(present.nonzeroBitCount)
            forEach { result.append($0) }
            return result
        case .list(let locations):
            return locations
        }
    }

    /// Where `attribute` is written: the list's first entry for it.
    func location(of attribute: ActivityAttribute) -> SourceLocation? {
        switch storage {
        case .compact(let file, let present, let places):
            guard let index = Self.attributes.firstIndex(of: attribute), present & (1 << index) != 0 else { return nil }
            return Self.location(file, places[index])
        case .list(let locations):
            return locations.first { $0.attribute == attribute }?.location
        }
    }

    static func == (lhs: AttributePlaces, rhs: AttributePlaces) -> Bool {
        if case .compact(let leftFile, let leftPresent, let leftPlaces) = lhs.storage,
            case .compact(let rightFile, let rightPresent, let rightPlaces) = rhs.storage,
            leftFile === rightFile
        {
            guard leftPresent == rightPresent else { return false }
            for index in 0..<9 where leftPresent & (1 << index) != 0 && leftPlaces[index] != rightPlaces[index] {
                return false
            }
            return true
        }
        return lhs.list == rhs.list
    }

    /// Hashed as the list is (`Array.hash(into:)`: its count, then each element).
    func hash(into hasher: inout Hasher) {
        var count = 0
        forEach { _ in count += 1 }
        hasher.combine(count)
        forEach { hasher.combine($0) }
    }
}
