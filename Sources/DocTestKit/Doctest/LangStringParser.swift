extension LangString {
    /// Parses a fence's info string the way rustdoc 1.95's `LangString::parse` does
    /// (`src/librustdoc/html/markdown.rs`), including its doctest-collection behaviour where
    /// `rustNNNN` only warns and records nothing.
    ///
    /// The result is a Rust block (`rust == true`) when no tag other than Rust ones was seen, or a
    /// Rust tag came before the first other tag (or `rust` anywhere), and the tokenizer met no
    /// syntax error: an error (`class=bar` outside braces, an unclosed `{`, `(` or `"`) makes the
    /// whole block non-Rust, which is why such blocks produce no doctest.
    public static func parse(_ info: String) -> LangString {
        var data = LangString()
        data.original = info
        var seenRustTags = false
        var seenOtherTags = false
        var seenCustomTag = false
        var ignores: [String] = []

        var tokenizer = LangStringTokenizer(info)
        while let token = tokenizer.next() {
            switch token {
            case .word(let word):
                switch word {
                case "should_panic":
                    data.shouldPanic = true
                    seenRustTags = !seenOtherTags
                case "no_run":
                    data.noRun = true
                    seenRustTags = !seenOtherTags
                case "ignore":
                    data.ignore = .all
                    seenRustTags = !seenOtherTags
                case _ where word.hasPrefix("ignore-"):
                    ignores.append(String(word.dropFirst("ignore-".count)))
                    seenRustTags = !seenOtherTags
                case "rust":
                    data.rust = true
                    seenRustTags = true
                case "custom":
                    // `custom_code_classes_in_docs` is stable: `custom` marks a non-Rust block.
                    seenCustomTag = true
                case "test_harness":
                    data.testHarness = true
                    seenRustTags = !seenOtherTags || seenRustTags
                case "compile_fail":
                    data.compileFail = true
                    seenRustTags = !seenOtherTags || seenRustTags
                    data.noRun = true
                case "standalone_crate":
                    data.standaloneCrate = true
                    seenRustTags = !seenOtherTags || seenRustTags
                case _ where word.hasPrefix("edition"):
                    data.edition = parseEdition(String(word.dropFirst("edition".count)))
                case _ where word.hasPrefix("rust") && parseEdition(String(word.dropFirst(4))) != nil:
                    // rustdoc warns ("use `editionNNNN`") and otherwise ignores the word.
                    break
                case _ where word.hasPrefix("E") && word.utf8.count == 5:
                    if parsesAsU32(word.utf8.dropFirst()) {
                        data.errorCodes.append(word)
                        seenRustTags = !seenOtherTags || seenRustTags
                    } else {
                        seenOtherTags = true
                    }
                default:
                    seenOtherTags = true
                    data.unknown.append(word)
                }
            case .keyValue(let key, let value):
                // Other keys only warn ("unsupported attribute").
                if key == "class" { data.addedClasses.append(value) }
            case .cssClass(let name):
                data.addedClasses.append(name)
            }
        }
        if !ignores.isEmpty { data.ignore = .some(ignores) }
        data.rust = data.rust && !seenCustomTag && (!seenOtherTags || seenRustTags)
            && !tokenizer.hadError
        return data
    }

    /// rustc's `Edition::from_str`.
    static func parseEdition(_ text: String) -> String? {
        ["2015", "2018", "2021", "2024", "future"].contains(text) ? text : nil
    }

    /// Rust's `str::parse::<u32>()`: an optional `+`, then at least one ASCII digit, no overflow.
    static func parsesAsU32<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return false }
        var value: UInt64 = 0
        for b in digits {
            guard b >= 0x30, b <= 0x39 else { return false }
            value = value * 10 + UInt64(b - 0x30)
            if value > UInt64(UInt32.max) { return false }
        }
        return true
    }
}

/// rustdoc's `TagIterator`: splits an info string into words, `{.class}` / `{key=value}` attribute
/// blocks, quoted words and `(comments)`, stopping for good at the first syntax error.
struct LangStringTokenizer {
    enum Token: Equatable {
        case word(String)
        case keyValue(String, String)
        case cssClass(String)
    }

    private let source: String
    private let chars: [Unicode.Scalar]
    /// The index in `source` of each of `chars`, then the end index.
    private let indices: [String.Index]
    private var pos = 0
    private var inAttributeBlock = false
    /// Set by the first syntax error; rustdoc then treats the block as non-Rust.
    private(set) var hadError = false
    /// The first error's message (rustdoc's warning text), for diagnostics.
    private(set) var errorMessage: String?

    init(_ text: String) {
        source = text
        chars = Array(text.unicodeScalars)
        indices = Array(text.unicodeScalars.indices) + [text.endIndex]
    }

    private func peek() -> Unicode.Scalar? { pos < chars.count ? chars[pos] : nil }

    private mutating func advance() -> Unicode.Scalar? {
        guard pos < chars.count else { return nil }
        defer { pos += 1 }
        return chars[pos]
    }

    /// `chars[start..<end]` as a string (sliced from `source`: appending scalars one by one costs).
    private func text(_ start: Int, _ end: Int) -> String {
        String(Substring(source.unicodeScalars[indices[start]..<indices[end]]))
    }

    /// `_`, `-`, `:` or an ASCII letter or digit (value ranges: the Unicode property lookups cost).
    private static func isLeading(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x5F, 0x2D, 0x3A, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    private static func isBareword(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "!", "#", "$", "%", "&", "*", "+", "/", ";", "<", ">", "?", "@", "^", "|", "~": return true
        default: return isLeading(c)
        }
    }

    private static func isSeparator(_ c: Unicode.Scalar) -> Bool { c == " " || c == "," || c == "\t" }

    private mutating func fail(_ message: String) {
        if errorMessage == nil { errorMessage = message }
        hadError = true
    }

    mutating func next() -> Token? {
        while true {
            if hadError { return nil }
            while let c = peek(), Self.isSeparator(c) { pos += 1 }
            guard pos < chars.count else {
                if inAttributeBlock { fail("unclosed attribute block (`{}`): missing `}` at the end") }
                return nil
            }
            let outcome = inAttributeBlock ? insideBlock() : outsideBlock(start: pos)
            switch outcome {
            case .token(let t): return t
            case .stop: return nil
            case .again: continue
            }
        }
    }

    private enum Outcome { case token(Token), stop, again }

    private mutating func outsideBlock(start: Int) -> Outcome {
        while let c = advance() {
            let at = pos - 1
            if c == "\"" {
                if at != start { fail("expected ` `, `{` or `,` found `\"`"); return .stop }
                guard let (s, e) = quoted(openedAt: at) else { return .stop }
                if let n = peek(), n != "{", !Self.isSeparator(n), n != "(" {
                    fail("expected ` `, `{` or `,` after `\"`, found `\(n)`")
                    return .stop
                }
                return .token(.word(text(s, e)))
            } else if c == "{" {
                inAttributeBlock = true
                return at != start ? .token(.word(text(start, at))) : .again
            } else if Self.isSeparator(c) {
                return at != start ? .token(.word(text(start, at))) : .again
            } else if c == "(" {
                guard skipComment() else { return .stop }
                return at != start ? .token(.word(text(start, at))) : .again
            } else if (at == start && Self.isLeading(c)) || (at != start && Self.isBareword(c)) {
                continue
            } else {
                fail("unexpected character `\(c)`")
                return .stop
            }
        }
        return start < chars.count ? .token(.word(text(start, chars.count))) : .stop
    }

    private mutating func insideBlock() -> Outcome {
        guard let c = advance() else {
            fail("unclosed attribute block (`{}`): missing `}` at the end")
            return .stop
        }
        let at = pos - 1
        if c == "}" {
            inAttributeBlock = false
            return .again
        } else if c == "." {
            return cssClass(dotAt: at)
        } else if c == "\"" || Self.isLeading(c) {
            return keyValue(first: c, start: at)
        }
        fail("unexpected character `\(c)`")
        return .stop
    }

    private mutating func cssClass(dotAt start: Int) -> Outcome {
        while let c = peek(), Self.isBareword(c) { pos += 1 }
        if pos == start + 1 {
            if let c = peek() {
                fail("unexpected `\(c.properties.isWhitespace ? " " : String(c))` character after `.`")
            } else {
                fail("missing character after `.`")
            }
            return .stop
        }
        let name = text(start + 1, pos)
        return checkAfterToken() ? .token(.cssClass(name)) : .stop
    }

    private mutating func keyValue(first: Unicode.Scalar, start: Int) -> Outcome {
        let key: (Int, Int)?
        if first == "\"" { key = quoted(openedAt: start) } else { key = bareword(from: start) }
        guard let key else { return .stop }
        if key.0 == key.1 { fail("unexpected empty string as key"); return .stop }
        guard let eq = advance() else { fail("unexpected end"); return .stop }
        if eq != "=" { fail("expected `=`, found `\(eq)`"); return .stop }
        let value: (Int, Int)?
        switch advance() {
        case "\""?: value = quoted(openedAt: pos - 1)
        case let c? where Self.isBareword(c): value = bareword(from: pos - 1)
        case let c?: fail("unexpected `\(c)` character after `=`"); return .stop
        case nil: fail("expected value after `=`"); return .stop
        }
        guard let value else { return .stop }
        if value.0 == value.1 { fail("unexpected empty string as value"); return .stop }
        guard checkAfterToken() else { return .stop }
        return .token(.keyValue(text(key.0, key.1), text(value.0, value.1)))
    }

    /// After `"` at `openedAt`: the range of the string's content, the closing quote consumed.
    private mutating func quoted(openedAt: Int) -> (Int, Int)? {
        while let c = advance() {
            if c == "\"" { return (openedAt + 1, pos - 1) }
        }
        fail("unclosed quote string `\"`")
        return nil
    }

    /// A bareword starting at `start` (already consumed); rustdoc requires something after it.
    private mutating func bareword(from start: Int) -> (Int, Int)? {
        while let c = peek() {
            if !Self.isBareword(c) { return (start, pos) }
            pos += 1
        }
        fail("unexpected end")
        return nil
    }

    private mutating func checkAfterToken() -> Bool {
        guard let c = peek() else { return true }
        if c == "}" || Self.isSeparator(c) || c == "(" { return true }
        fail("unexpected `\(c)` character")
        return false
    }

    /// `(...)` comments: skipped up to the first `)` (quotes mean nothing inside).
    private mutating func skipComment() -> Bool {
        while let c = advance() {
            if c == ")" { return true }
        }
        fail("unclosed comment: missing `)` at the end")
        return false
    }
}
