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
        var state = LexerState(bytes: bytes)
        state.run()
        return (state.tokens, state.errors)
    }
}

private struct LexerState {
    let bytes: [UInt8]
    let n: Int
    var pos = 0
    var line = 1
    var lineStart = 0
    var tokens: [RustToken] = []
    var errors: [LexError] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.n = bytes.count
        tokens.reserveCapacity(bytes.count / 3)
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
            let kind = lexOne()
            emit(kind, start, pos)
        }
    }

    private func shebangIsAttribute() -> Bool {
        var i = 2
        while i < n, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 { i += 1 }
        return at(i) == UInt8(ascii: "[")
    }

    /// Appends a token and advances the line counter over its bytes.
    mutating func emit(_ kind: RustToken.Kind, _ start: Int, _ rawEnd: Int) {
        let end = min(rawEnd, n)
        tokens.append(RustToken(kind: kind, start: start, end: end, line: line))
        // Only these kinds can span lines.
        switch kind {
        case .identifier, .punctuation, .number, .lifetime, .lineComment, .outerDoc where bytes[start + 1] == UInt8(ascii: "/"),
             .innerDoc where bytes[start + 1] == UInt8(ascii: "/"):
            pos = end
            return
        default:
            break
        }
        var i = start
        while i < end {
            if bytes[i] == 10 { line += 1; lineStart = i + 1 }
            i += 1
        }
        pos = end
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
        if let w = whitespaceLength(at: pos) {
            pos += w
            while pos < n, let w2 = whitespaceLength(at: pos) { pos += w2 }
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
        while pos < n, bytes[pos] != 10 { pos += 1 }
        return kind
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

    // MARK: literals

    /// `"..."` with `pos` on the opening quote (after any `b`/`c` prefix).
    mutating func quotedString(start: Int) -> RustToken.Kind {
        pos += 1
        while pos < n {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                eatSuffix()
                return .string
            }
            pos += c == UInt8(ascii: "\\") ? 2 : 1
        }
        pos = n
        error("unterminated double quote string", at: start)
        return .string
    }

    /// `#*"..."#*` with `pos` on the first `#` or `"` (after `r`, `br`, `cr`).
    mutating func rawString(start: Int) -> RustToken.Kind {
        var hashes = 0
        while at(pos) == UInt8(ascii: "#") { hashes += 1; pos += 1 }
        guard at(pos) == UInt8(ascii: "\"") else {
            // `r#` not followed by a quote or identifier: rustc rejects it; keep going after it.
            error("found invalid character; only `#` is allowed in raw string delimitation", at: pos)
            return .unknown
        }
        pos += 1
        while pos < n {
            if bytes[pos] == UInt8(ascii: "\"") {
                var k = 0
                while k < hashes, at(pos + 1 + k) == UInt8(ascii: "#") { k += 1 }
                if k == hashes {
                    pos += 1 + hashes
                    eatSuffix()
                    return .string
                }
                pos += 1 + k
            } else {
                pos += 1
            }
        }
        error("unterminated raw string", at: start)
        return .string
    }

    /// After `'`: a lifetime (`'a`, `'static`, `'r#a`) or a char literal (`'a'`, `'\''`), decided
    /// as rustc_lexer does. `pos` is on the quote (after any `b` prefix).
    mutating func lifetimeOrChar(start: Int) -> RustToken.Kind {
        let first = pos + 1
        let second = first + (first < n ? utf8Length(bytes[first]) : 1)
        let canBeLifetime = at(second) == UInt8(ascii: "'") ? false
            : (isIdentStart(at: first) || isDigit(at(first)))
        if !canBeLifetime { return charLiteral(start: start) }
        pos = first
        if at(pos) == UInt8(ascii: "r"), at(pos + 1) == UInt8(ascii: "#"), isIdentStart(at: pos + 2) { pos += 2 }
        pos += utf8Length(bytes[pos])
        while pos < n, isIdentContinue(at: pos) { pos += utf8Length(bytes[pos]) }
        if at(pos) == UInt8(ascii: "'") {
            // `'ab'`: rustc lexes a (malformed) char literal.
            pos += 1
            eatSuffix()
            return .character
        }
        return .lifetime
    }

    /// A char literal with `pos` on its opening quote (rustc's `single_quoted_string`).
    mutating func charLiteral(start: Int) -> RustToken.Kind {
        pos += 1
        let firstLength = pos < n ? utf8Length(bytes[pos]) : 1
        if at(pos + firstLength) == UInt8(ascii: "'"), at(pos) != UInt8(ascii: "\\"), pos < n {
            pos += firstLength + 1
            eatSuffix()
            return .character
        }
        while pos < n {
            let c = bytes[pos]
            if c == UInt8(ascii: "'") {
                pos += 1
                eatSuffix()
                return .character
            }
            if c == UInt8(ascii: "/") { break }
            if c == 10, at(pos + 1) != UInt8(ascii: "'") { break }
            pos += c == UInt8(ascii: "\\") ? 2 : 1
        }
        pos = min(pos, n)
        error("unterminated character literal", at: start)
        return .character
    }

    mutating func number() {
        let firstDigit = bytes[pos]
        pos += 1
        if firstDigit == UInt8(ascii: "0") {
            switch at(pos) {
            case UInt8(ascii: "b"), UInt8(ascii: "o"):
                pos += 1
                eatDigits(hex: false)
            case UInt8(ascii: "x"):
                pos += 1
                eatDigits(hex: true)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                eatDigits(hex: false)
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                break
            default:
                eatSuffix()
                return
            }
        } else {
            eatDigits(hex: false)
        }
        let c = at(pos)
        if c == UInt8(ascii: "."), at(pos + 1) != UInt8(ascii: "."), !isIdentStart(at: pos + 1) {
            pos += 1
            if isDigit(at(pos)) {
                eatDigits(hex: false)
                if at(pos) == UInt8(ascii: "e") || at(pos) == UInt8(ascii: "E") { eatExponent() }
            }
        } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            eatExponent()
        }
        eatSuffix()
    }

    mutating func eatExponent() {
        pos += 1
        if at(pos) == UInt8(ascii: "-") || at(pos) == UInt8(ascii: "+") { pos += 1 }
        eatDigits(hex: false)
    }

    mutating func eatDigits(hex: Bool) {
        while pos < n {
            let c = bytes[pos]
            if isDigit(c) || c == UInt8(ascii: "_") || (hex && isHexLetter(c)) { pos += 1 } else { break }
        }
    }

    /// A literal suffix (`u8`, `_usize`) is an identifier glued to the literal.
    mutating func eatSuffix() {
        if pos < n, isIdentStart(at: pos) { eatIdentifier() }
    }

    mutating func eatIdentifier() {
        pos += utf8Length(bytes[pos])
        while pos < n {
            let c = bytes[pos]
            if c < 0x80 {
                // ASCII fast path: [A-Za-z0-9_].
                guard (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 else { break }
                pos += 1
            } else if isIdentContinue(at: pos) {
                pos += utf8Length(c)
            } else {
                break
            }
        }
        pos = min(pos, n)
    }

    // MARK: character classes

    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    func isHexLetter(_ c: UInt8) -> Bool { (c >= 97 && c <= 102) || (c >= 65 && c <= 70) }

    func isIdentStart(at i: Int) -> Bool {
        guard i < n else { return false }
        let c = bytes[i]
        if c == UInt8(ascii: "_") || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) { return true }
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
