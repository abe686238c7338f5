/// The code of a doctest as rustdoc prepares it for compilation (`doctest_code` in rustdoc's JSON).
public struct PreparedCode: Hashable, Sendable {
    public struct Wrapper: Hashable, Sendable {
        public var before: String
        public var after: String
        public var returnsResult: Bool
        public init(before: String, after: String, returnsResult: Bool) {
            self.before = before
            self.after = after
            self.returnsResult = returnsResult
        }
    }

    /// Crate attributes, `extern crate` lines and the like, placed before everything else.
    public var crateLevel: String
    /// The test's own code (hidden-line markers removed, crate attributes lifted out).
    public var code: String
    /// The `fn main` wrapper; nil when the test defines its own `main`.
    public var wrapper: Wrapper?
    /// rustdoc could not parse the code and passes it through unchanged (`code`); its JSON then
    /// has `"doctest_code": null`.
    public var parseFailed: Bool

    public init(crateLevel: String, code: String, wrapper: Wrapper?, parseFailed: Bool = false) {
        self.crateLevel = crateLevel
        self.code = code
        self.wrapper = wrapper
        self.parseFailed = parseFailed
    }
}

/// Where a doctest's doc comment came from.
public enum DoctestOrigin: Hashable, Sendable {
    /// Written directly on an item in the source.
    case source
    /// Produced by expanding a `macro_rules!` invocation; `definitionLine` is the line of the code
    /// block inside the macro body, `invocationLine` the line of the invocation.
    case macroExpansion(macroName: String, definitionLine: Int, invocationLine: Int)
}

/// One doc example that rustdoc would turn into a test.
public struct Doctest: Hashable, Sendable {
    /// The file, spelled as given on the command line (as rustdoc spells it).
    public var file: String
    /// The true 1-based line of the opening fence (first code line of an indented block).
    public var line: Int
    /// The line rustdoc reports, which differs from `line` where rustdoc is wrong (a dropped
    /// `cfg_attr` doc fragment, a multi-line `#[doc = "..."]`, a macro expansion).
    public var rustdocLine: Int
    /// Item path inside the file's crate, as rustdoc names tests: `["S<T>", "method"]`.
    public var itemPath: [String]
    public var attributes: LangString
    /// The block's text with hidden-line markers removed (rustdoc's `original_code`).
    public var originalCode: String
    public var prepared: PreparedCode
    public var origin: DoctestOrigin
    /// A fenced block (`line` is its opening fence) or an indented one (`line` is its first code
    /// line): the generated test's first code line depends on it.
    public var isFenced: Bool

    public init(
        file: String, line: Int, rustdocLine: Int, itemPath: [String], attributes: LangString,
        originalCode: String, prepared: PreparedCode, origin: DoctestOrigin = .source, isFenced: Bool = true
    ) {
        self.file = file
        self.line = line
        self.rustdocLine = rustdocLine
        self.itemPath = itemPath
        self.attributes = attributes
        self.originalCode = originalCode
        self.prepared = prepared
        self.origin = origin
        self.isFenced = isFenced
    }

    /// rustdoc's test name: `file - Item::method (line N)`; spaces inside the path are removed, as
    /// rustdoc's `generate_name` does.
    public var name: String { Doctest.name(file: file, itemPath: itemPath, line: line) }

    public static func name(file: String, itemPath: [String], line: Int) -> String {
        var out = Array(file.utf8)
        out += " - ".utf8
        let pathStart = out.count
        var ascii = true
        for (i, part) in itemPath.enumerated() {
            if i > 0 { out += "::".utf8 }
            for b in part.utf8 where b != 32 {
                if b >= 0x80 { ascii = false }
                out.append(b)
            }
        }
        if !ascii {
            // Swift `Character`s: a space followed by a combining mark is one, which stays.
            out.removeSubrange(pathStart...)
            out += itemPath.joined(separator: "::").filter { $0 != " " }.utf8
        }
        if out.count > pathStart { out.append(32) }
        out += "(line ".utf8
        out += String(line).utf8
        out.append(UInt8(ascii: ")"))
        return String(decoding: out, as: UTF8.self)
    }
}
