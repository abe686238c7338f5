/// A token of Rust source, located by byte offsets into the normalised file bytes.
public struct RustToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case whitespace
        /// `// ...` (not a doc comment; includes `////...`).
        case lineComment
        /// `/* ... */`, nested (not a doc comment; includes `/***...*/` and `/**/`).
        case blockComment
        /// `/// ...` and `/** ... */`: documentation of the next item.
        case outerDoc
        /// `//! ...` and `/*! ... */`: documentation of the enclosing item.
        case innerDoc
        /// Identifiers and keywords, including raw identifiers (`r#type`).
        case identifier
        /// `'a`, `'static`, `'_`.
        case lifetime
        /// `'x'`, `b'x'`.
        case character
        /// `"..."`, `b"..."`, `c"..."`, `r#"..."#`, `br".."`, `cr".."`.
        case string
        case number
        /// One punctuation character (`#`, `!`, `[`, `(`, `{`, `<`, `:`, `;`, ...): multi-character
        /// operators are sequences of these, which is all an item scanner needs.
        case punctuation
        /// A byte the lexer does not understand; scanning goes on after it.
        case unknown
    }

    public var kind: Kind
    /// Byte range in the file.
    public var start: Int
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int

    public init(kind: Kind, start: Int, end: Int, line: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.line = line
    }
}

/// Problems the lexer reports (unterminated comment, string or char literal).
public struct LexError: Hashable, Sendable {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
}
