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
            case .identifier where !Self.isRustIdentifier(bytes[(t.start - 1)..<(t.end - 1)]):
                return nil  // a character rustc cannot lex (`¤`): "unknown start of token"
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

    /// Non-ASCII identifiers must be `XID_Start XID_Continue*` (after an optional `r#`).
    private static func isRustIdentifier(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
        var scalars = Substring(decoding: bytes, as: UTF8.self).unicodeScalars[...]
        if scalars.starts(with: "r#".unicodeScalars) { scalars = scalars.dropFirst(2) }
        guard let first = scalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return scalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
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
