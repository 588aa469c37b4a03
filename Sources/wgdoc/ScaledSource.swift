/// A source with N activities made from a real one (`wgdoc bench`): each activity of the
/// original is repeated in place, so the months stay in order and inside each annex's
/// period, and the text keeps the original's mix of Chinese, Latin and markup.
enum ScaledSource {
    /// The activity elements of each `<activities>` list, and the text around the lists.
    struct Parts {
        var pieces: [String]
        var lists: [[String]]
    }

    static func split(_ source: String) -> Parts? {
        var pieces: [String] = []
        var lists: [[String]] = []
        var rest = Substring(source)
        while let open = rest.range(of: "<activities>") {
            guard let close = rest.range(of: "</activities>", range: open.upperBound..<rest.endIndex) else { return nil }
            pieces.append(String(rest[..<open.upperBound]) + "\n")
            var activities: [String] = []
            var body = rest[open.upperBound..<close.lowerBound]
            while let start = body.range(of: "<activity "),
                let end = body.range(of: "</activity>", range: start.upperBound..<body.endIndex)
            {
                activities.append("      " + String(body[start.lowerBound..<end.upperBound]) + "\n")
                body = body[end.upperBound...]
            }
            lists.append(activities)
            // The indentation before `</activities>` was part of the list's body.
            rest = Substring("    ") + rest[close.lowerBound...]
        }
        pieces.append(String(rest))
        return Parts(pieces: pieces, lists: lists)
    }

    /// The source with `count` activities in all, spread over the lists as in the original.
    static func make(from source: String, activities count: Int) -> String? {
        guard let parts = split(source) else { return nil }
        let originals = parts.lists.flatMap { $0 }
        guard !originals.isEmpty else { return nil }
        var result = ""
        var index = 0
        for (listIndex, list) in parts.lists.enumerated() {
            result += parts.pieces[listIndex]
            for activity in list {
                // Activity i of T is repeated floor((i+1)N/T) - floor(iN/T) times: N in all.
                let copies = (index + 1) * count / originals.count - index * count / originals.count
                result += String(repeating: activity, count: copies)
                index += 1
            }
        }
        return result + parts.pieces[parts.lists.count]
    }
}
