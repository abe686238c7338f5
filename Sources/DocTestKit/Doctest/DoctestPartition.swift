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
    /// For an opening delimiter token, the index of its closing partner (and vice versa); -1 for
    /// other tokens.
    private let partners: [Int]
    /// The word lists each identifier token is in.
    private let wordFlags: [DoctestWords]

    init?(_ code: [UInt8]) {
        bytes = code
        // A leading newline keeps the lexer from reading a first `#!x` line as a shebang: rustdoc
        // parses the code after `fn f(){`, where no shebang exists.
        var shifted: [UInt8] = [10]
        shifted.reserveCapacity(code.count + 1)
        shifted.append(contentsOf: code)
        let lexed = RustLexer(bytes: shifted).tokenize()
        guard lexed.errors.isEmpty else { return nil }
        var kept: [RustToken] = []
        kept.reserveCapacity(lexed.tokens.count / 2 + 1)
        for t in lexed.tokens {
            switch t.kind {
            case .whitespace, .lineComment, .blockComment: continue
            case .unknown:
                // rustc reports "unknown start of token" (`` ` ``, `\`, `¤`) and lexes on
                // without the character: the parser never sees it, so a stray trailing line is
                // left out of every bucket and a leading one is copied with the next statement.
                continue
            case .identifier:
                let start = t.start - 1, end = t.end - 1
                let valid = Self.validIdentifierEnd(code, start, end)
                guard valid > start else { continue }  // all unknown characters: skipped
                kept.append(RustToken(kind: t.kind, start: start, end: valid, line: t.line))
            default:
                kept.append(RustToken(kind: t.kind, start: t.start - 1, end: t.end - 1, line: t.line))
            }
        }
        tokens = kept
        var partners = Array(repeating: -1, count: kept.count)
        var flags = Array(repeating: DoctestWords(), count: kept.count)
        var stack: [Int] = []
        for i in kept.indices {
            let t = kept[i]
            if t.kind == .identifier {
                flags[i] = DoctestWords.of(code, t.start, t.end)
                continue
            }
            guard t.kind == .punctuation else { continue }
            switch code[t.start] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(i)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard let open = stack.popLast(), Self.closer(of: code[kept[open].start]) == code[t.start]
                else { return nil }
                partners[open] = i
                partners[i] = open
            default: break
            }
        }
        guard stack.isEmpty else { return nil }
        self.partners = partners
        self.wordFlags = flags
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
        guard i >= 0, i < partners.count else { return nil }
        let p = partners[i]
        return p >= 0 ? p : nil
    }

    /// The word lists token `i` is in (empty for any token but a listed identifier).
    @inline(__always) func words(_ i: Int) -> DoctestWords {
        i >= 0 && i < wordFlags.count ? wordFlags[i] : []
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
