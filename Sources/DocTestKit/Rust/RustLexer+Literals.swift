/// Literals and identifiers (split from RustLexer.swift, which has the dispatch).
extension LexerState {
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
        eatIdentifierTail()
    }

    /// The identifier characters from `pos` on.
    @inline(__always)
    mutating func eatIdentifierTail() {
        var p = pos
        while p < n {
            let c = bytes[p]
            if classes[Int(c)] & ByteClass.identContinue != 0 {
                p += 1
            } else if c >= 0x80, isIdentContinue(at: p) {
                p += utf8Length(c)
            } else {
                break
            }
        }
        pos = min(p, n)
    }
}
