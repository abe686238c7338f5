import Foundation

/// Splits Rust source into tokens without ever being fooled by strings, raw strings, char literals
/// vs lifetimes or nested block comments. Follows `rustc_lexer` closely (same decisions for
/// `'a` vs `'a'`, `1..2`, `r#ident` vs `r#"..."#`), working on UTF-8 bytes.
public struct RustLexer: Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// All tokens including whitespace and comments, in order, covering every byte.
    public func tokenize() -> (tokens: [RustToken], errors: [LexError]) {
        lex(keepTrivia: true)
    }

    /// The tokens without whitespace and plain (non-doc) comments: what the item scanner walks.
    func significantTokens() -> (tokens: [RustToken], errors: [LexError]) {
        lex(keepTrivia: false)
    }

    private func lex(keepTrivia: Bool) -> (tokens: [RustToken], errors: [LexError]) {
        // An unsafe buffer: the lexer touches every byte, several times, and Array's bounds checks
        // were a good part of its cost.
        bytes.withUnsafeBufferPointer { buffer in
            var state = LexerState(bytes: buffer, keepTrivia: keepTrivia)
            state.run()
            return (state.tokens, state.errors)
        }
    }
}

struct LexerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let n: Int
    let keepTrivia: Bool
    let classes = ByteClass.table
    var pos = 0
    var line = 1
    var lineStart = 0
    /// Line of the whitespace run `skipWhitespace` last skipped.
    var tokenLine = 1
    var tokens: [RustToken] = []
    var errors: [LexError] = []

    init(bytes: UnsafeBufferPointer<UInt8>, keepTrivia: Bool) {
        self.bytes = bytes
        self.n = bytes.count
        self.keepTrivia = keepTrivia
        tokens.reserveCapacity(bytes.count / (keepTrivia ? 3 : 6))
    }

    @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }

    mutating func run() {
        // A shebang line (`#!` not followed by `[`, ignoring whitespace) is not Rust; rustc skips it.
        if at(0) == UInt8(ascii: "#"), at(1) == UInt8(ascii: "!"), !shebangIsAttribute() {
            var end = 2
            while end < n, bytes[end] != 10 { end += 1 }
            emit(.lineComment, 0, end)
        }
        while pos < n {
            let start = pos
            let b = bytes[pos]
            let c = classes[Int(b)]
            // Fast paths for the commonest tokens (same decisions as `lexOne`, which does the rest).
            if c & ByteClass.space != 0 {
                skipWhitespace()
                if keepTrivia { tokens.append(RustToken(kind: .whitespace, start: start, end: pos, line: tokenLine)) }
                continue
            }
            if c & ByteClass.identStart != 0, isPlainIdentifierStart(b) {
                pos += 1
                eatIdentifierTail()
                tokens.append(RustToken(kind: .identifier, start: start, end: pos, line: line))
                continue
            }
            if c & ByteClass.punctuation != 0, b != UInt8(ascii: "/") {
                pos += 1
                tokens.append(RustToken(kind: .punctuation, start: start, end: pos, line: line))
                continue
            }
            let kind = lexOne()
            emit(kind, start, pos)
        }
    }

    /// A run of whitespace from `pos` (which is ASCII whitespace), counting its lines; leaves the
    /// line the run started on in `tokenLine`. Non-ASCII whitespace has no `\n` byte.
    @inline(__always)
    private mutating func skipWhitespace() {
        tokenLine = line
        var p = pos
        while p < n {
            let c = bytes[p]
            if c == 10 {
                line += 1
                p += 1
                lineStart = p
            } else if c == 32 || (c >= 9 && c <= 13) {
                p += 1
            } else if c >= 0xC2, let w = whitespaceLength(at: p) {
                p += w
            } else {
                break
            }
        }
        pos = p
    }

    /// An ASCII letter or `_` that starts an identifier rather than a prefixed literal or raw
    /// identifier (`r#`, `r"`, `b'`, `b"`, `br`, `c"`, `cr`): for `r`, `b`, `c` the next byte must be
    /// an ASCII identifier character (and not `r` after `b`/`c`); other cases go to `lexOne`.
    @inline(__always)
    private func isPlainIdentifierStart(_ b: UInt8) -> Bool {
        guard b == UInt8(ascii: "r") || b == UInt8(ascii: "b") || b == UInt8(ascii: "c") else { return true }
        let next = at(pos + 1)
        return classes[Int(next)] & ByteClass.identContinue != 0 && (b == UInt8(ascii: "r") || next != UInt8(ascii: "r"))
    }

    private func shebangIsAttribute() -> Bool {
        var i = 2
        while i < n, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 { i += 1 }
        return at(i) == UInt8(ascii: "[")
    }

    /// Appends a token (unless it is trivia not asked for) and advances the line counter over it.
    @inline(__always)
    mutating func emit(_ kind: RustToken.Kind, _ start: Int, _ rawEnd: Int) {
        let end = min(rawEnd, n)
        if keepTrivia || (kind != .whitespace && kind != .lineComment && kind != .blockComment) {
            tokens.append(RustToken(kind: kind, start: start, end: end, line: line))
        }
        pos = end
        // Only these kinds can span lines.
        switch kind {
        case .identifier, .punctuation, .number, .lifetime, .lineComment:
            return
        case .outerDoc, .innerDoc:
            if bytes[start + 1] == UInt8(ascii: "/") { return }
        default:
            break
        }
        var i = start
        while i < end {
            if bytes[i] == 10 { line += 1; lineStart = i + 1 }
            i += 1
        }
    }

    mutating func error(_ message: String, at offset: Int) {
        // The token has not been emitted yet, so `line`/`lineStart` are those of its first byte.
        var l = line, ls = lineStart, i = ls
        while i < offset { if bytes[i] == 10 { l += 1; ls = i + 1 }; i += 1 }
        errors.append(LexError(message: message, line: l, column: offset - ls + 1))
    }

    // MARK: dispatch

    mutating func lexOne() -> RustToken.Kind {
        let start = pos
        let b = bytes[pos]
        if b == 32 || (b >= 9 && b <= 13) || (b >= 0xC2 && whitespaceLength(at: pos) != nil) {
            while pos < n {
                let c = bytes[pos]
                if c == 32 || (c >= 9 && c <= 13) {
                    pos += 1
                } else if c >= 0xC2, let w = whitespaceLength(at: pos) {
                    pos += w
                } else {
                    break
                }
            }
            return .whitespace
        }
        switch b {
        case UInt8(ascii: "/"):
            if at(pos + 1) == UInt8(ascii: "/") { return lineComment() }
            if at(pos + 1) == UInt8(ascii: "*") { return blockComment() }
            pos += 1
            return .punctuation
        case UInt8(ascii: "r"):
            if at(pos + 1) == UInt8(ascii: "#"), isIdentStart(at: pos + 2) {
                pos += 2
                eatIdentifier()
                return .identifier
            }
            if at(pos + 1) == UInt8(ascii: "#") || at(pos + 1) == UInt8(ascii: "\"") {
                pos += 1
                return rawString(start: start)
            }
            eatIdentifier()
            return .identifier
        case UInt8(ascii: "b"), UInt8(ascii: "c"):
            let next = at(pos + 1)
            if b == UInt8(ascii: "b"), next == UInt8(ascii: "'") {
                pos += 1
                return charLiteral(start: start)
            }
            if next == UInt8(ascii: "\"") {
                pos += 1
                return quotedString(start: start)
            }
            if next == UInt8(ascii: "r"), at(pos + 2) == UInt8(ascii: "\"") || at(pos + 2) == UInt8(ascii: "#") {
                pos += 2
                return rawString(start: start)
            }
            eatIdentifier()
            return .identifier
        case UInt8(ascii: "\""):
            return quotedString(start: start)
        case UInt8(ascii: "'"):
            return lifetimeOrChar(start: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            number()
            return .number
        default:
            if isIdentStart(at: pos) {
                eatIdentifier()
                return .identifier
            }
            if b < 0x80 {
                pos += 1
                return isPunctuation(b) ? .punctuation : .unknown
            }
            pos += utf8Length(b)
            return .unknown
        }
    }

    // MARK: comments

    mutating func lineComment() -> RustToken.Kind {
        let third = at(pos + 2)
        let kind: RustToken.Kind
        if third == UInt8(ascii: "!") {
            kind = .innerDoc
        } else if third == UInt8(ascii: "/"), at(pos + 3) != UInt8(ascii: "/") {
            kind = .outerDoc
        } else {
            kind = .lineComment
        }
        pos = offset(of: 10, from: pos) ?? n
        return kind
    }

    /// The first `byte` at or after `i`, by `memchr` (comments are long runs of bytes).
    func offset(of byte: UInt8, from i: Int) -> Int? {
        guard i < n, let base = bytes.baseAddress, let hit = memchr(base + i, Int32(byte), n - i) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    mutating func blockComment() -> RustToken.Kind {
        let start = pos
        let third = at(pos + 2)
        let kind: RustToken.Kind
        if third == UInt8(ascii: "!") {
            kind = .innerDoc
        } else if third == UInt8(ascii: "*"), at(pos + 3) != UInt8(ascii: "*"), at(pos + 3) != UInt8(ascii: "/") {
            kind = .outerDoc
        } else {
            kind = .blockComment
        }
        pos += 2
        var depth = 1
        while pos < n {
            let c = bytes[pos]
            if c == UInt8(ascii: "/"), at(pos + 1) == UInt8(ascii: "*") {
                depth += 1
                pos += 2
            } else if c == UInt8(ascii: "*"), at(pos + 1) == UInt8(ascii: "/") {
                depth -= 1
                pos += 2
                if depth == 0 { return kind }
            } else {
                pos += 1
            }
        }
        error("unterminated block comment", at: start)
        return kind
    }

    // MARK: character classes

    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    func isHexLetter(_ c: UInt8) -> Bool { (c >= 97 && c <= 102) || (c >= 65 && c <= 70) }

    func isIdentStart(at i: Int) -> Bool {
        guard i < n else { return false }
        let c = bytes[i]
        if classes[Int(c)] & ByteClass.identStart != 0 { return true }
        // Non-ASCII: XID tables are not worth carrying; any non-whitespace code point counts.
        return c >= 0xC2 && whitespaceLength(at: i) == nil
    }

    func isIdentContinue(at i: Int) -> Bool {
        isIdentStart(at: i) || isDigit(bytes[i])
    }

    /// Length of the Rust whitespace code point at `i` (Pattern_White_Space), or nil.
    func whitespaceLength(at i: Int) -> Int? {
        let c = bytes[i]
        switch c {
        case 32, 9, 10, 11, 12, 13: return 1
        case 0xC2: return at(i + 1) == 0x85 ? 2 : nil
        case 0xE2:
            guard at(i + 1) == 0x80 else { return nil }
            let d = at(i + 2)
            return d == 0x8E || d == 0x8F || d == 0xA8 || d == 0xA9 ? 3 : nil
        default: return nil
        }
    }

    func isPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"),
             UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "$"),
             UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"),
             UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "/"),
             UInt8(ascii: "^"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    /// Byte length of the UTF-8 sequence a lead byte starts (1 for stray continuation bytes).
    func utf8Length(_ c: UInt8) -> Int {
        if c < 0xC0 { return 1 }
        if c < 0xE0 { return 2 }
        if c < 0xF0 { return 3 }
        return 4
    }
}

/// Classes of ASCII bytes, for the lexer's hot loops (one load instead of a chain of compares).
enum ByteClass {
    static let identStart: UInt8 = 1
    static let identContinue: UInt8 = 2
    static let space: UInt8 = 4
    static let punctuation: UInt8 = 8

    /// 256 entries, allocated once and never freed (a global array would be bounds-checked and
    /// retained in the loops).
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = identStart | identContinue }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = identStart | identContinue }
        t[Int(UInt8(ascii: "_"))] = identStart | identContinue
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = identContinue }
        for c: UInt8 in [9, 10, 11, 12, 13, 32] { t[Int(c)] = space }
        for c in ";,.(){}[]@#~?:$=!<>-&|+*/^%".utf8 { t[Int(c)] = punctuation }
        return UnsafePointer(t)
    }()
}
