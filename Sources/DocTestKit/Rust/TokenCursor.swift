/// The significant tokens of a file (no whitespace or plain comments) with matching brackets
/// precomputed, so that skipping a group is O(1).
struct TokenCursor {
    let bytes: [UInt8]
    let tokens: [RustToken]
    /// For an opening `(`, `[`, `{`: index of its closing token, or `tokens.count` if unclosed.
    /// For other tokens: -1.
    let partner: [Int]
    /// Openers never closed and closers that close nothing (rustc rejects the file for these).
    let unbalanced: [Int]

    /// `significant`: tokens without whitespace and plain comments (`RustLexer.significantTokens`).
    init(bytes: [UInt8], significant: [RustToken]) {
        self.bytes = bytes
        tokens = significant
        var partner = [Int](repeating: -1, count: significant.count)
        var stack: [(Int, UInt8)] = []
        var unbalanced: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            for k in significant.indices where significant[k].kind == .punctuation {
                let c = bytes[significant[k].start]
                switch c {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    partner[k] = significant.count
                    stack.append((k, c))
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    let open: UInt8 = c == UInt8(ascii: ")") ? UInt8(ascii: "(") : c == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
                    // A stray closer matches the nearest opener of its kind; openers in between stay
                    // unclosed (they then run to the end, which is what rustc's recovery amounts to).
                    if stack.last?.1 == open {
                        partner[stack.removeLast().0] = k
                    } else if let at = stack.lastIndex(where: { $0.1 == open }) {
                        partner[stack[at].0] = k
                        unbalanced.append(contentsOf: stack[(at + 1)...].map(\.0))
                        stack.removeSubrange(at...)
                    } else {
                        unbalanced.append(k)
                    }
                default:
                    break
                }
            }
        }
        self.partner = partner
        self.unbalanced = unbalanced.isEmpty && stack.isEmpty ? [] : (unbalanced + stack.map(\.0)).sorted()
    }

    var count: Int { tokens.count }

    /// True if token `i` exists and opens a group.
    func opens(_ i: Int) -> Bool { i >= 0 && i < tokens.count && partner[i] >= 0 }

    /// Index of the token closing the group opened at `i` (`count` if unclosed or not an opener).
    func closer(_ i: Int) -> Int { opens(i) ? min(partner[i], tokens.count) : tokens.count }

    func text(_ i: Int) -> String {
        guard i >= 0, i < tokens.count else { return "" }
        return String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self)
    }

    @inline(__always)
    func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return false }
        return bytes[tokens[i].start] == UInt8(truncatingIfNeeded: c.value)
    }

    /// True if token `i` is the identifier/keyword `word`. Inlined up to the length and first-byte
    /// tests, which settle almost every call (the scanner asks about many words per token).
    @inline(__always)
    func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .identifier, t.end - t.start == word.utf8CodeUnitCount,
              bytes[t.start] == word.utf8Start.pointee else { return false }
        return hasBytes(of: word, at: t.start)
    }

    private func hasBytes(of word: StaticString, at start: Int) -> Bool {
        word.withUTF8Buffer { buffer in
            for k in 1..<buffer.count where bytes[start + k] != buffer[k] { return false }
            return true
        }
    }

    /// False if `ItemScanner.parseItem` cannot succeed at token `i` without attributes: it is not
    /// an identifier (nor the `::` of a global path), or not a keyword that starts or qualifies an
    /// item nor a macro path start (followed by `!` or `::`). A cheap filter, decided on the first byte before comparing words.
    func mayStartItem(_ i: Int) -> Bool {
        guard isIdentifier(i) else { return startsGlobalPath(i) }
        if isPunct(i + 1, "!") || isPunct(i + 1, ":") { return true }
        switch bytes[tokens[i].start] {
        case UInt8(ascii: "a"): return isWord(i, "async") || isWord(i, "auto")
        case UInt8(ascii: "c"): return isWord(i, "const")
        case UInt8(ascii: "d"): return isWord(i, "default")
        case UInt8(ascii: "e"): return isWord(i, "enum") || isWord(i, "extern")
        case UInt8(ascii: "f"): return isWord(i, "fn")
        case UInt8(ascii: "i"): return isWord(i, "impl")
        case UInt8(ascii: "m"): return isWord(i, "mod") || isWord(i, "macro") || isWord(i, "macro_rules")
        case UInt8(ascii: "p"): return isWord(i, "pub")
        case UInt8(ascii: "s"): return isWord(i, "struct") || isWord(i, "static") || isWord(i, "safe")
        case UInt8(ascii: "t"): return isWord(i, "trait") || isWord(i, "type")
        case UInt8(ascii: "u"): return isWord(i, "use") || isWord(i, "union") || isWord(i, "unsafe")
        default: return false
        }
    }

    /// `::name` or `$crate::`: the start of a global path (not the `::` inside `a::b` or
    /// `<T>::f`), which in item position can only be a macro invocation
    /// (`::kernel::macros::paste!(..);`, `$crate::impl_x! { .. }`).
    func startsGlobalPath(_ i: Int) -> Bool {
        if isPunct(i, ":"), isPunct(i + 1, ":") {
            let continuesAPath = i > 0 && (isIdentifier(i - 1) || isPunct(i - 1, ">") || isPunct(i - 1, ":"))
            return isIdentifier(i + 2) && !continuesAPath
        }
        return isPunct(i, "$") && isWord(i + 1, "crate") && isPunct(i + 2, ":")
    }

    /// A token `ItemScanner.parseList` steps over in a body: no doc comment, `#`, group opener or
    /// possible item start (`i` must be a valid index).
    @inline(__always)
    func isPlainCode(_ i: Int) -> Bool {
        switch tokens[i].kind {
        case .outerDoc, .innerDoc: return false
        case .identifier: return !mayStartItem(i)
        case .punctuation: return partner[i] < 0 && bytes[tokens[i].start] != UInt8(ascii: "#")
        default: return true
        }
    }

    /// True if token `i` begins with `r#` (a raw identifier).
    func isRawIdentifier(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        return t.end - t.start >= 2 && bytes[t.start] == UInt8(ascii: "r") && bytes[t.start + 1] == UInt8(ascii: "#")
    }

    func isIdentifier(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .identifier }

    /// `->` / `=>`: the `>` at `i` is glued to the `-` / `=` before it.
    func isArrowTail(_ i: Int) -> Bool {
        guard i > 0, isPunct(i, ">") else { return false }
        return (isPunct(i - 1, "-") || isPunct(i - 1, "=")) && tokens[i - 1].end == tokens[i].start
    }

    func line(_ i: Int) -> Int {
        guard !tokens.isEmpty else { return 1 }
        return tokens[min(max(i, 0), tokens.count - 1)].line
    }

    /// The index after the group opening at `i` (or `i + 1` if `i` is not an opener).
    func afterGroup(_ i: Int) -> Int {
        guard i < tokens.count, partner[i] >= 0 else { return i + 1 }
        return min(partner[i] + 1, tokens.count)
    }

    /// Index of the first token at or after `i` that is `;` or an opening `{` at bracket and angle
    /// depth 0, stopping at `end`; `->` is not an angle bracket. Used for signatures and headers.
    func findBodyOrSemicolon(from i: Int, end: Int) -> Int {
        var k = i
        var angle = 0
        while k < end {
            if isPunct(k, "{") && angle == 0 { return k }
            if isPunct(k, ";") && angle == 0 { return k }
            if isPunct(k, "}") { return k }
            if isPunct(k, "<") { angle += 1 } else if isPunct(k, ">"), !isArrowTail(k), angle > 0 { angle -= 1 }
            if partner[k] >= 0 { k = afterGroup(k) } else { k += 1 }
        }
        return end
    }

    /// Index of the next `,` at depth 0 (angle brackets counted when `angles`), or `end`.
    func findComma(from i: Int, end: Int, angles: Bool) -> Int {
        var k = i
        var angle = 0
        while k < end {
            if isPunct(k, ",") && angle == 0 { return k }
            if angles {
                if isPunct(k, "<") { angle += 1 } else if isPunct(k, ">"), !isArrowTail(k), angle > 0 { angle -= 1 }
            }
            if partner[k] >= 0 { k = afterGroup(k) } else { k += 1 }
        }
        return end
    }

    /// Skips `<...>` generics starting at `i` (if `i` is `<`), returning the index after them.
    func skipGenerics(_ i: Int, end: Int) -> Int {
        guard isPunct(i, "<") else { return i }
        var k = i
        var angle = 0
        while k < end {
            if isPunct(k, "<") { angle += 1 } else if isPunct(k, ">"), !isArrowTail(k) {
                angle -= 1
                if angle == 0 { return k + 1 }
            }
            if partner[k] >= 0 { k = afterGroup(k) } else { k += 1 }
        }
        return end
    }
}
