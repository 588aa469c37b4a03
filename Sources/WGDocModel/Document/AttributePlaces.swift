/// Where an activity's attributes are written (`Activity.attributeLocations`), held inside
/// the activity's own box rather than in an array of its own.
///
/// Every activity keeps one, so its size is the model's: a list of six `AttributeLocation`s
/// was a 176-byte array (a 192-byte block) beside each row, 17 MB of `validate`'s peak at
/// 100,000 activities (issue #15). The list the build stage makes (each attribute at most
/// once, in `ActivityAttribute` order, all in one file) is kept as a line and column per
/// attribute present, in place, and the file once; any other list is kept as given. Either
/// way it reads back as the list it was made from, and is equal and hashed as that list.
public struct AttributePlaces: Hashable, Sendable {
    /// The file of every location in the compact form (nil: none yet).
    private var file: SourceFile?
    /// Bit `i` set: the attribute of position `i` (`ActivityAttribute.position`) is present, at `places[i]`.
    private var present: UInt16 = 0
    /// Line (high 32 bits) and column of each attribute present.
    private var places = InlineArray<9, UInt64>(repeating: 0)
    /// The list as given, when the compact form cannot hold it.
    private var general: [AttributeLocation]?

    /// No attribute.
    public init() {}

    /// `locations`, in their order.
    public init(_ locations: [AttributeLocation]) {
        for entry in locations {
            append(entry.attribute, at: entry.location)
        }
    }

    private static func location(_ file: SourceFile, _ place: UInt64) -> SourceLocation {
        SourceLocation(file: file, storedLine: Int32(bitPattern: UInt32(truncatingIfNeeded: place >> 32)),
                       storedColumn: Int32(bitPattern: UInt32(truncatingIfNeeded: place)))
    }

    /// Adds `attribute`, written at `location`, at the end of the list.
    public mutating func append(_ attribute: ActivityAttribute, at location: SourceLocation) {
        let index = attribute.position
        // In order, and in the same file: the compact form still holds the list.
        if general == nil, present >> index == 0, file == nil || file === location.sourceFile {
            if file == nil { file = location.sourceFile }
            places[index] = UInt64(UInt32(bitPattern: location.storedLine)) << 32
                | UInt64(UInt32(bitPattern: location.storedColumn))
            present |= 1 << index
            return
        }
        var locations = list
        locations.append(AttributeLocation(attribute: attribute, location: location))
        file = nil
        present = 0
        general = locations
    }

    /// Whether the list is held in the compact form (tests: the build stage's always is).
    var isCompact: Bool {
        general == nil && present != 0
    }

    /// Calls `body` with each location, in the list's order.
    private func forEach(_ body: (AttributeLocation) -> Void) {
        if let general {
            general.forEach(body)
            return
        }
        guard let file else { return }
        for attribute in ActivityAttribute.allCases {
            let index = attribute.position
            if present & (1 << index) != 0 {
                body(AttributeLocation(attribute: attribute, location: Self.location(file, places[index])))
            }
        }
    }

    /// The list, as it was made.
    public var list: [AttributeLocation] {
        if let general { return general }
        var result: [AttributeLocation] = []
        result.reserveCapacity(present.nonzeroBitCount)
        forEach { result.append($0) }
        return result
    }

    /// Where `attribute` is written: the list's first entry for it.
    public func location(of attribute: ActivityAttribute) -> SourceLocation? {
        if let general { return general.first { $0.attribute == attribute }?.location }
        let index = attribute.position
        guard let file, present & (1 << index) != 0 else { return nil }
        return Self.location(file, places[index])
    }

    public static func == (lhs: AttributePlaces, rhs: AttributePlaces) -> Bool {
        if lhs.general == nil, rhs.general == nil, lhs.file === rhs.file {
            guard lhs.present == rhs.present else { return false }
            for index in 0..<9 where lhs.present & (1 << index) != 0 && lhs.places[index] != rhs.places[index] {
                return false
            }
            return true
        }
        return lhs.list == rhs.list
    }

    /// Hashed as the list is (`Array.hash(into:)`: its count, then each element).
    public func hash(into hasher: inout Hasher) {
        var count = 0
        forEach { _ in count += 1 }
        hasher.combine(count)
        forEach { hasher.combine($0) }
    }
}
