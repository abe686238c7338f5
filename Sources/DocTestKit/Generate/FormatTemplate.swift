/// A Rust `format!` string with named arguments only (`{name}`, `{{` and `}}`), as
/// `scripts/rustdoc_test_gen.rs` writes its output: kunitgen renders the kernel's own template
/// instead of carrying a copy of it.
public struct FormatTemplate: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case text(String)
        /// A `{name}`, with the template's text before it on its line (which tells where it
        /// stands: inside a `fmt!("…")` literal, after `__DOCTEST_ANCHOR - `, …).
        case argument(String, lineBefore: String)
    }

    public var segments: [Segment]

    public struct ParseError: Error, Hashable, Sendable {
        public var message: String
    }

    /// Parses `text` (a raw string's contents, so no escapes besides the braces).
    public init(parsing text: String) throws(ParseError) {
        var segments: [Segment] = []
        var literal = ""
        var scalars = Array(text.unicodeScalars)[...]
        var lineStart = ""
        while let c = scalars.popFirst() {
            if c == "{" {
                if scalars.first == "{" { scalars.removeFirst(); literal += "{"; lineStart += "{"; continue }
                var name = ""
                while let n = scalars.first, n != "}" {
                    name.unicodeScalars.append(n)
                    scalars.removeFirst()
                }
                guard scalars.popFirst() == "}" else { throw ParseError(message: "unterminated `{\(name)`") }
                guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
                    throw ParseError(message: "format argument `{\(name)}` is not a plain name")
                }
                if !literal.isEmpty { segments.append(.text(literal)); literal = "" }
                segments.append(.argument(name, lineBefore: lineStart))
                lineStart += "{\(name)}"
            } else if c == "}" {
                guard scalars.popFirst() == "}" else { throw ParseError(message: "single `}` in the template") }
                literal += "}"
                lineStart += "}"
            } else {
                literal.unicodeScalars.append(c)
                if c == "\n" { lineStart = "" } else { lineStart.unicodeScalars.append(c) }
            }
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
    }

    /// Every argument name, in order of first use.
    public var argumentNames: [String] {
        var seen: [String] = []
        for case .argument(let name, _) in segments where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// Substitutes `values` (every argument must have one). A value placed inside a format
    /// string has its braces doubled.
    public func render(_ values: [String: String]) -> String {
        render { name, lineBefore in
            let value = values[name] ?? ""
            return Self.isInFormatString(lineBefore) ? Self.escapedForFormatString(value) : value
        }
    }

    /// Substitutes what `value(name, lineBefore)` gives for each argument.
    public func render(_ value: (String, String) -> String) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .argument(let name, let lineBefore): out += value(name, lineBefore)
            }
        }
        return out
    }

    /// Whether text before an argument on its line opens a `fmt!("`/`format_args!("` literal.
    public static func isInFormatString(_ lineBefore: String) -> Bool {
        lineBefore.contains("fmt!(\"") || lineBefore.contains("format_args!(\"")
    }

    static func escapedForFormatString(_ value: String) -> String {
        guard value.contains("{") || value.contains("}") else { return value }
        return value.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
    }
}
