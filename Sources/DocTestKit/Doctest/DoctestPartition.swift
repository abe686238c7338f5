/// How rustdoc 1.95 (`doctest/make.rs`, `parse_source`) splits a doctest's code: it parses the
/// code as the body of `fn f(){ ... }` and walks the body's leading inner attributes and its
/// statements, copying the source between consecutive span ends into one of four buckets.
/// Text after the last statement (a trailing comment) lands in none of them.
///
/// rustc's parser is replaced by a token-level statement splitter over `RustLexer` tokens, which
/// is exact for well-formed code. Code rustc cannot lex or whose delimiters do not balance is
/// reported as a parse failure (rustdoc then prints `doctest_code: null`); other syntax errors
/// are not detected.
///
/// Buckets are UTF-8 bytes: they are copied between token boundaries, which are scalar
/// boundaries, so each decodes as its pieces would.
struct DoctestPartition {
    var crateAttrs: [UInt8] = []
    var maybeCrateAttrs: [UInt8] = []
    var crates: [UInt8] = []
    var everythingElse: [UInt8] = []
    var hasMainFn = false
    var alreadyHasExternCrate = false

    /// nil when rustdoc's parse would fail.
    static func partition(_ code: [UInt8], crateName: String?) -> DoctestPartition? {
        guard let tokens = DoctestTokens(code) else { return nil }
        var scanner = StatementScanner(tokens: tokens, crateName: crateName)
        return scanner.run()
    }
}

/// The significant tokens of a doctest (comments other than doc comments and whitespace
/// dropped), with each delimiter's partner.
struct DoctestTokens {
    let bytes: [UInt8]
    let tokens: [RustToken]
    /// Per token: `(partner + 1) << 8 | words`, where `partner` is, for an opening delimiter
    /// token, the index of its closing partner (and vice versa), -1 for other tokens, and `words`
    /// the word lists an identifier token is in (one array: each costs an allocation).
    private let info: [Int]

    init?(_ code: [UInt8]) {
        bytes = code
        // rustdoc parses the code after `fn f(){`, where no shebang exists: a first `#!x` line is
        // lexed after a leading newline, which keeps the lexer from reading it as one (token
        // offsets are then one too far; lines are only compared with each other).
        let shift = code.count >= 2 && code[0] == UInt8(ascii: "#") && code[1] == UInt8(ascii: "!") ? 1 : 0
        let lexed = shift == 0 ? RustLexer(bytes: code).significantTokens()
                               : RustLexer(bytes: [10] + code).significantTokens()
        guard lexed.errors.isEmpty else { return nil }
        var tokens = lexed.tokens
        let n = tokens.count
        var info = [Int](unsafeUninitializedCapacity: n) { buffer, count in
            buffer.initialize(repeating: 0)
            count = n
        }
        let table = DoctestWords.WordTable.shared
        // Tokens are compacted in place (`kept` of them so far); the open delimiters not yet
        // closed form a stack linked through `info` (`top` its last, -1 when empty).
        var kept = 0
        var top = -1
        let balanced = code.withUnsafeBufferPointer { c in
            tokens.withUnsafeMutableBufferPointer { ts in
                info.withUnsafeMutableBufferPointer { cells in
                    for r in 0..<n {
                        var t = ts[r]
                        t.start -= shift
                        t.end -= shift
                        switch t.kind {
                        case .unknown:
                            // rustc reports "unknown start of token" (`` ` ``, `\`, `¤`) and lexes
                            // on without the character: the parser never sees it, so a stray
                            // trailing line is left out of every bucket and a leading one is
                            // copied with the next statement.
                            continue
                        case .identifier:
                            let length = t.end - t.start
                            var key: UInt64 = 0, high: UInt8 = 0
                            if length <= 8 {
                                for k in 0..<length {
                                    let b = c[t.start + k]
                                    high |= b
                                    key |= UInt64(b) << (8 * UInt64(k))
                                }
                            } else {
                                for k in t.start..<t.end { high |= c[k] }
                            }
                            if high < 0x80 {
                                cells[kept] = Int((length <= 8 ? table.short(key) : table.long(code[t.start..<t.end])).rawValue)
                            } else {
                                let valid = Self.validIdentifierEnd(code, t.start, t.end)
                                guard valid > t.start else { continue }  // all unknown characters: skipped
                                t.end = valid
                                cells[kept] = Int(DoctestWords.of(code, t.start, t.end).rawValue)
                            }
                        case .punctuation:
                            switch c[t.start] {
                            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                                cells[kept] = (top + 1) << 8
                                top = kept
                            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                                let open = top
                                guard open >= 0, Self.closer(of: c[ts[open].start]) == c[t.start] else { return false }
                                top = (cells[open] >> 8) - 1
                                cells[open] = (kept + 1) << 8
                                cells[kept] = (open + 1) << 8
                            default: break
                            }
                        default: break
                        }
                        ts[kept] = t
                        kept += 1
                    }
                    return top < 0
                }
            }
        }
        guard balanced else { return nil }
        if kept < n {
            tokens.removeLast(n - kept)
            info.removeLast(n - kept)
        }
        self.tokens = tokens
        self.info = info
    }

    /// The end of the identifier rustc lexes at `start` in the token `start..<end` (whose
    /// non-ASCII characters were all taken as identifier characters): the whole token when it
    /// is `XID_Start XID_Continue*` (after an optional `r#`) or contains an emoji (rustc's
    /// "invalid identifier", still an identifier to the parser); otherwise its longest valid
    /// prefix, the rest being unknown characters rustc skips (`start` when there is none).
    static func validIdentifierEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        let slice = bytes[start..<end]
        guard slice.contains(where: { $0 >= 0x80 }) else { return end }
        let text = Substring(decoding: slice, as: UTF8.self)
        if text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.isEmoji }) { return end }
        var offset = start
        var first = true
        var scalars = text.unicodeScalars[...]
        if scalars.starts(with: "r#".unicodeScalars) { scalars = scalars.dropFirst(2); offset += 2 }
        for scalar in scalars {
            let ok = first ? (scalar == "_" || scalar.properties.isXIDStart) : scalar.properties.isXIDContinue
            guard ok else { break }
            first = false
            offset += UTF8.width(scalar)
        }
        return first ? start : offset
    }

    private static func closer(of open: UInt8) -> UInt8 {
        switch open {
        case UInt8(ascii: "("): return UInt8(ascii: ")")
        case UInt8(ascii: "["): return UInt8(ascii: "]")
        default: return UInt8(ascii: "}")
        }
    }

    var count: Int { tokens.count }

    func text(_ i: Int) -> Substring {
        guard i >= 0, i < tokens.count else { return "" }
        return Substring(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self)
    }

    /// The partner of delimiter token `i`, if it is one.
    @inline(__always) func partner(_ i: Int) -> Int? {
        guard i >= 0, i < info.count else { return nil }
        let p = (info[i] >> 8) - 1
        return p >= 0 ? p : nil
    }

    /// The word lists token `i` is in (empty for any token but a listed identifier).
    @inline(__always) func words(_ i: Int) -> DoctestWords {
        i >= 0 && i < info.count ? DoctestWords(rawValue: UInt8(truncatingIfNeeded: info[i])) : []
    }

    /// Whether token `i` is the identifier or punctuation `word`.
    @inline(__always) func `is`(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .identifier || t.kind == .punctuation else { return false }
        return word.withUTF8Buffer { w in
            guard t.end - t.start == w.count else { return false }
            for k in 0..<w.count where bytes[t.start + k] != w[k] { return false }
            return true
        }
    }

    /// Whether token `i` is a punctuation character `c` satisfies.
    @inline(__always) func isPunctuation(_ i: Int, where c: (UInt8) -> Bool) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return false }
        return c(bytes[tokens[i].start])
    }

    func isOpen(_ i: Int, _ delimiter: StaticString) -> Bool { self.is(i, delimiter) && partner(i) != nil }

    /// `#` `!`? `[ ... ]` starting at `i`: the index of the `]`.
    func attributeEnd(at i: Int, inner: Bool) -> Int? {
        guard self.is(i, "#") else { return nil }
        var j = i + 1
        if inner { guard self.is(j, "!") else { return nil }; j += 1 } else if self.is(j, "!") { return nil }
        guard self.is(j, "[") else { return nil }
        return partner(j)
    }
}
