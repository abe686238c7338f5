/// How rustdoc 1.95 (`doctest/make.rs`, `parse_source`) splits a doctest's code: it parses the
/// code as the body of `fn f(){ ... }` and walks the body's leading inner attributes and its
/// statements, copying the source between consecutive span ends into one of four buckets.
/// Text after the last statement (a trailing comment) lands in none of them.
///
/// rustc's parser is replaced by a token-level statement splitter over `RustLexer` tokens, which
/// is exact for well-formed code. Code rustc cannot lex or whose delimiters do not balance is
/// reported as a parse failure (rustdoc then prints `doctest_code: null`); other syntax errors
/// are not detected.
struct DoctestPartition {
    var crateAttrs = ""
    var maybeCrateAttrs = ""
    var crates = ""
    var everythingElse = ""
    var hasMainFn = false
    var alreadyHasExternCrate = false

    /// nil when rustdoc's parse would fail.
    static func partition(_ code: String, crateName: String?) -> DoctestPartition? {
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
    /// For an opening delimiter token, the index of its closing partner (and vice versa).
    let partner: [Int: Int]

    init?(_ code: String) {
        bytes = Array(code.utf8)
        // A leading newline keeps the lexer from reading a first `#!x` line as a shebang: rustdoc
        // parses the code after `fn f(){`, where no shebang exists.
        let lexed = RustLexer(bytes: [10] + bytes).tokenize()
        guard lexed.errors.isEmpty else { return nil }
        var kept: [RustToken] = []
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
                let valid = Self.validIdentifierEnd(bytes, start, end)
                guard valid > start else { continue }  // all unknown characters: skipped
                kept.append(RustToken(kind: t.kind, start: start, end: valid, line: t.line))
            default:
                kept.append(RustToken(kind: t.kind, start: t.start - 1, end: t.end - 1, line: t.line))
            }
        }
        tokens = kept
        var partner: [Int: Int] = [:]
        var stack: [Int] = []
        for (i, t) in kept.enumerated() where t.kind == .punctuation {
            switch bytes[t.start] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(i)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard let open = stack.popLast(), Self.closer(of: bytes[kept[open].start]) == bytes[t.start]
                else { return nil }
                partner[open] = i
                partner[i] = open
            default: break
            }
        }
        guard stack.isEmpty else { return nil }
        self.partner = partner
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

    /// Whether token `i` is the identifier or punctuation `word`.
    func `is`(_ i: Int, _ word: String) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .identifier || t.kind == .punctuation, t.end - t.start == word.utf8.count else {
            return false
        }
        return bytes[t.start..<t.end].elementsEqual(word.utf8)
    }

    func isOpen(_ i: Int, _ delimiter: String) -> Bool { self.is(i, delimiter) && partner[i] != nil }

    /// `#` `!`? `[ ... ]` starting at `i`: the index of the `]`.
    func attributeEnd(at i: Int, inner: Bool) -> Int? {
        guard self.is(i, "#") else { return nil }
        var j = i + 1
        if inner { guard self.is(j, "!") else { return nil }; j += 1 } else if self.is(j, "!") { return nil }
        guard self.is(j, "["), let close = partner[j] else { return nil }
        return close
    }
}
