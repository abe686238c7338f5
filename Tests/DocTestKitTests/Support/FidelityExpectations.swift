import Foundation

/// The checked-in list of known differences (lintcheck style): one line per difference,
/// `FILE:LINE: CATEGORY: ITEM: REASON`, `#` comments and blank lines ignored. The same line may
/// appear twice when the difference occurs twice (e.g. two tests of one macro invocation).
struct FidelityExpectations {
    struct Entry {
        var difference: FidelityDifference
        var reason: String
        var lineNumber: Int
    }

    var path: String
    var entries: [Entry] = []
    /// Lines that do not parse, as messages: the test reports them (a typo must not hide a
    /// difference).
    var malformed: [String] = []

    init(path: String) throws {
        self.path = path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let entry = Self.parse(line, lineNumber: index + 1) {
                entries.append(entry)
            } else {
                malformed.append("\(path):\(index + 1): not `FILE:LINE: CATEGORY: ITEM: REASON` with a known category and a reason: \(line)")
            }
        }
    }

    static func parse(_ line: String, lineNumber: Int) -> Entry? {
        let parts = line.components(separatedBy: ": ")
        guard parts.count >= 4 else { return nil }
        let location = parts[0]
        guard let colon = location.lastIndex(of: ":"), let number = Int(location[location.index(after: colon)...]),
              let category = FidelityDifference.Category(rawValue: parts[1]) else { return nil }
        let reason = parts[3...].joined(separator: ": ").trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { return nil }
        let difference = FidelityDifference(file: String(location[..<colon]), line: number, category: category, item: parts[2])
        return Entry(difference: difference, reason: reason, lineNumber: lineNumber)
    }

    /// Observed differences not listed (each listed line covers one occurrence) and listed lines
    /// that no longer occur.
    func unexpectedAndStale(_ observed: [ObservedDifference]) -> (unexpected: [ObservedDifference], stale: [Entry]) {
        var remaining: [FidelityDifference: [Entry]] = [:]
        for entry in entries { remaining[entry.difference, default: []].append(entry) }
        var unexpected: [ObservedDifference] = []
        for difference in observed {
            if var listed = remaining[difference.difference], !listed.isEmpty {
                listed.removeFirst()
                remaining[difference.difference] = listed
            } else {
                unexpected.append(difference)
            }
        }
        let stale = remaining.values.flatMap { $0 }.sorted { $0.lineNumber < $1.lineNumber }
        return (unexpected, stale)
    }
}
