/// A check over the doc examples of one Rust file, in the style of SwiftLint rules (like
/// `HelperRule`): its examples document it and are its tests (`CheckRuleExampleTests`).
public protocol DocExampleRule: Sendable {
    var id: String { get }
    var description: String { get }
    var severity: Severity { get }
    /// Rust sources; each must produce findings of this rule exactly at its `↓` markers.
    var triggeringExamples: [String] { get }
    /// Each must produce no finding of this rule.
    var nonTriggeringExamples: [String] { get }
    func check(_ file: SourceFile, scan: RustFileScan) -> [Finding]
}

/// Strips `↓` markers from an example and says where they were (1-based line, byte column).
public enum RuleExampleMarkers {
    public static func unmarked(_ text: String, path: String) -> (source: SourceFile, markers: [SourceLocation]) {
        let marker = Array("↓".utf8)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var markers: [SourceLocation] = []
        var line = 1, column = 1, k = 0
        while k < bytes.count {
            if k + marker.count <= bytes.count, Array(bytes[k..<k + marker.count]) == marker {
                markers.append(SourceLocation(path: path, line: line, column: column))
                k += marker.count
                continue
            }
            out.append(bytes[k])
            if bytes[k] == 10 { line += 1; column = 1 } else { column += 1 }
            k += 1
        }
        return (SourceFile(path: path, bytes: out), markers)
    }
}
