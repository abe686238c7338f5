/// A check over the scanned helpers, in the style of SwiftLint rules: its examples document it and
/// are its tests (`HelperRuleExampleTests` runs every rule on every example).
public protocol HelperRule: Sendable {
    var id: String { get }
    var description: String { get }
    var severity: Severity { get }
    /// Each must produce findings of this rule, exactly at its `↓` markers when it has any.
    var triggeringExamples: [HelperRuleExample] { get }
    /// Each must produce no finding of this rule.
    var nonTriggeringExamples: [HelperRuleExample] { get }
    func check(_ context: HelperRuleContext) -> [Finding]
}

/// What rules look at.
public struct HelperRuleContext: Sendable {
    public let scan: HelperScanResult
    /// Every function of every file, and the helpers among them: computed once for all rules.
    public let functions: [HelperFunction]
    /// Definitions of functions Rust can call (`HelperFunction.isHelper`), in every file.
    public let helperDefinitions: [HelperFunction]

    public init(scan: HelperScanResult) {
        self.scan = scan
        functions = scan.functions
        helperDefinitions = functions.filter(\.isHelper)
    }

    /// helpers.c defines `__rust_helper` (or there is no helpers.c to tell: assume a current kernel).
    public var annotationDefined: Bool { scan.aggregate.map { !$0.rustHelperDefines.isEmpty } ?? true }

}

/// A small source tree for a rule example. A bare snippet becomes `rust/helpers/example.c`, with a
/// current-kernel helpers.c that defines `__rust_helper` and includes it.
public struct HelperRuleExample: Sendable, CustomStringConvertible {
    /// Paths relative to the tree root, contents possibly with `↓` markers.
    public var files: [(path: String, text: String)]

    public static let snippetPath = "rust/helpers/example.c"
    public static let aggregatePath = "rust/helpers/helpers.c"
    public static let standardAggregate = """
        /*
         * Sorted alphabetically.
         */
        #define __rust_helper __always_inline
        #include "example.c"

        """

    public init(_ snippet: String) {
        files = [(Self.aggregatePath, Self.standardAggregate), (Self.snippetPath, snippet)]
    }

    public init(files: [(path: String, text: String)]) { self.files = files }

    public var description: String { files.map { "\($0.path):\n\($0.text)" }.joined(separator: "\n") }

    /// Files without markers, and where the markers were (1-based line and byte column).
    public func unmarked() -> (files: [(path: String, bytes: [UInt8])], markers: [SourceLocation]) {
        var result: [(String, [UInt8])] = []
        var markers: [SourceLocation] = []
        let marker = Array("↓".utf8)
        for (path, text) in files {
            let bytes = Array(text.utf8)
            var out: [UInt8] = []
            var line = 1, column = 1, k = 0
            while k < bytes.count {
                if bytes[k] == marker[0], k + marker.count <= bytes.count, Array(bytes[k..<k + marker.count]) == marker {
                    markers.append(SourceLocation(path: path, line: line, column: column))
                    k += marker.count
                    continue
                }
                out.append(bytes[k])
                if bytes[k] == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
                k += 1
            }
            result.append((path, out))
        }
        return (result, markers)
    }
}

extension HelperFunction {
    /// ` (under CONFIG_X)` for messages, or empty.
    var conditionSuffix: String { condition.map { " (under \($0))" } ?? "" }

    /// ` (made by GEN_READ_SET_HELPERS at line 37)` for a macro-made one, or empty.
    var expansionSuffix: String {
        guard origin == .macro, let outer = expandedFrom ?? macro else { return "" }
        return " (made by \(outer) at line \(line))"
    }

    /// Where the declaration is written, for a fix hint: `the body of macro GEN_READ_HELPER (line 8)`.
    var declarationPlace: String {
        guard origin == .macro, let macro else { return "the declaration" }
        return "the declaration in the body of macro \(macro) (line \(declarationLine))"
    }
}
