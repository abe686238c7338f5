/// A place in a source file: 1-based line and column (column counts UTF-8 bytes, as gcc does).
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

public enum Severity: String, Sendable, Codable, Comparable {
    case note, warning, error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One thing wrong (or worth knowing) at one place. Every check in the tool produces these; one
/// place (`FindingRenderer`) turns them into text, JSON, SARIF or GitHub annotations and exit codes.
public struct Finding: Hashable, Sendable, Codable {
    public var location: SourceLocation
    public var severity: Severity
    /// Stable identifier of the rule, e.g. `missing-rust-helper` or `io-error`.
    public var ruleID: String
    public var message: String
    /// A suggested fix in words, shown by reports; nil when there is nothing to suggest.
    public var fix: String?

    public init(location: SourceLocation, severity: Severity, ruleID: String, message: String, fix: String? = nil) {
        self.location = location
        self.severity = severity
        self.ruleID = ruleID
        self.message = message
        self.fix = fix
    }

    /// `path:line:col: severity: message [rule-id]`, the form gcc and every editor understand.
    /// `path:line:col: severity: message [rule]`, one line whatever the path or message holds:
    /// control characters (a newline could forge another diagnostic, an escape sequence drive
    /// the terminal) are written `\xNN`.
    public var gccStyle: String {
        "\(Self.escaped(location.path)):\(location.line):\(location.column): \(severity.rawValue): \(Self.escaped(message)) [\(ruleID)]"
    }

    /// `text` with C0/C1 control characters and bidi overrides as `\xNN` / `\u{NNNN}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: TextSafety.isControlOrBidi) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if TextSafety.isControlOrBidi(scalar) {
                out += scalar.value < 0x100 ? String(format: "\\x%02x", scalar.value) : String(format: "\\u{%04x}", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
