/// Walks a doctest's tokens as rustdoc's `parse_source` walks the parsed body of `fn f(){..}`:
/// leading inner attributes, then statements, each copied (with the text since the previous
/// span end) into its bucket.
struct StatementScanner {
    let t: DoctestTokens
    let crateName: String?
    private var result = DoctestPartition()
    /// Byte offset up to which the source has been copied (rustdoc's `prev_span_hi`).
    private var copiedUpTo = 0

    init(tokens: DoctestTokens, crateName: String?) {
        self.t = tokens
        self.crateName = crateName
    }

    private enum Kind {
        case item(isExternCrate: Bool)
        case macroCall
        case nonItem
        /// Only attributes were left: no statement, nothing copied.
        case nothing
    }

    private enum Bucket { case crateAttrs, maybeCrateAttrs, crates, everythingElse }

    mutating func run() -> DoctestPartition? {
        var i = 0
        while i < t.count {
            if t.tokens[i].kind == .innerDoc {
                copy(to: .crateAttrs, upTo: t.tokens[i].end)
                i += 1
            } else if let close = t.attributeEnd(at: i, inner: true) {
                copy(to: isLintAttribute(open: i + 2, close: close) ? .maybeCrateAttrs : .crateAttrs,
                     upTo: t.tokens[close].end)
                i = close + 1
            } else {
                break
            }
        }
        var hasNonItems = false
        while i < t.count {
            guard let (lo, last, kind) = statement(at: i) else { return nil }
            if result.everythingElse.isEmpty, !result.crateAttrs.isEmpty || !result.maybeCrateAttrs.isEmpty {
                // rustdoc keeps comments and blank lines between the attributes and the first
                // statement with the crate-level code.
                copy(to: .crates, upTo: t.tokens[lo].start)
            }
            if case .nothing = kind { break }
            var isExternCrate = false
            switch kind {
            case .item(let externCrate): isExternCrate = externCrate
            case .macroCall: break
            case .nonItem: hasNonItems = true
            case .nothing: break
            }
            copy(to: isExternCrate ? .crates : .everythingElse, upTo: t.tokens[last].end)
            i = max(last + 1, i + 1)  // always progress, whatever a statement rule returned
        }
        if hasNonItems { result.hasMainFn = false }
        return result
    }

    private mutating func copy(to bucket: Bucket, upTo hi: Int) {
        let end = min(max(hi, copiedUpTo), t.bytes.count)
        let piece = t.bytes[copiedUpTo..<end]
        switch bucket {
        case .crateAttrs: result.crateAttrs += piece
        case .maybeCrateAttrs: result.maybeCrateAttrs += piece
        case .crates: result.crates += piece
        case .everythingElse: result.everythingElse += piece
        }
        copiedUpTo = end
    }

    /// `#![allow(..)]` and the other lint levels (single-segment path) are only maybe crate
    /// attributes, except `allow(internal_features)`. `open` is the `[` token.
    private func isLintAttribute(open: Int, close: Int) -> Bool {
        let name = open + 1
        guard name < close, t.tokens[name].kind == .identifier, !t.is(name + 1, ":") else { return false }
        guard t.words(name).contains(.lint) else { return false }
        if t.is(name, "allow"), t.isOpen(name + 1, "("), let end = t.partner(name + 1) {
            var k = name + 2
            while k < end {
                if t.is(k, "internal_features"), t.is(k - 1, "(") || t.is(k - 1, ","),
                   !t.is(k + 1, ":") { return false }
                k = (t.partner(k).map { $0 > k ? $0 : k } ?? k) + 1
            }
        }
        return true
    }

    /// One statement from token `i`: the token its span starts at (first outer attribute), its
    /// last token, and its kind. nil where rustc's parse fails.
    private mutating func statement(at i: Int) -> (Int, Int, Kind)? {
        var j = i
        var firstOuter: Int?
        while j < t.count {
            if t.tokens[j].kind == .outerDoc {
                firstOuter = firstOuter ?? j
                j += 1
            } else if t.tokens[j].kind == .innerDoc {
                j += 1
            } else if let close = t.attributeEnd(at: j, inner: false) {
                firstOuter = firstOuter ?? j
                j = close + 1
            } else if let close = t.attributeEnd(at: j, inner: true) {
                // Misplaced inner attribute: rustc reports it and goes on; it is not part of the
                // statement's span start (only outer attributes are).
                j = close + 1
            } else {
                break
            }
        }
        // Attributes with nothing after them: rustc reports it and the body has no statement.
        guard j < t.count else { return (i, t.count - 1, .nothing) }
        let lo = firstOuter ?? j
        if t.is(j, ";") { return (lo, j, .nonItem) }
        if t.is(j, "#") { return nil }  // `#!` or `#` without `[..]`
        if t.isPunctuation(j, where: DoctestWords.cannotStartStatement) { return nil }
        if t.is(j, "let") {
            // A `let` missing its `;` before a new line is recovered by rustc: the next line
            // starts a new statement.
            switch expressionEnd(from: j) {
            case .end(let last), .missingSemicolon(let last): return (lo, last, .nonItem)
            case .broken: return nil
            }
        }
        if let (last, isExternCrate) = item(at: j) {
            guard last >= 0 else { return nil }
            return (lo, last, .item(isExternCrate: isExternCrate))
        }
        if let (last, isStatement) = macroCall(at: j), isStatement { return (lo, last, .macroCall) }
        if let last = blockLikeExpression(at: j) { return (lo, last, .nonItem) }
        // An expression statement missing its `;` is an error rustc does not recover from.
        guard case .end(let last) = expressionEnd(from: j) else { return nil }
        return (lo, last, .nonItem)
    }

    private enum ExpressionEnd {
        case end(Int)
        /// The statement stops at this token, the next line starting another one.
        case missingSemicolon(Int)
        /// Certainly a syntax error (`let x = ;`, `1 +` at the end, a stray character).
        case broken
    }

    /// The end of a `let` or expression statement from `k`: its `;`, or its last token when it
    /// is the body's tail. Detects the syntax errors that make rustdoc give up on the code.
    private func expressionEnd(from first: Int) -> ExpressionEnd {
        var k = first
        let isLet = t.is(first, "let")
        var sawEquals = false
        var inClosureParameters = false
        while k < t.count {
            let token = t.tokens[k]
            if t.is(k, "$") || (t.is(k, "@") && !isLet) { return .broken }
            if t.is(k, "=") { sawEquals = true }
            if t.is(k, "|") {
                if inClosureParameters {
                    inClosureParameters = false
                } else if k == first || !endsValue(k - 1) && !t.is(k - 1, "|") {
                    inClosureParameters = true
                }
            }
            // A lone `:` outside `let x: T` and closure parameters is type ascription, which
            // rustc no longer parses (`name: type { .. }`); `'a: loop` is a label.
            if t.is(k, ":"), !t.is(k - 1, ":"), !t.is(k + 1, ":"), !inClosureParameters,
               k > first, t.tokens[k - 1].kind != .lifetime, !isLet || sawEquals {
                return .broken
            }
            // Two names or literals in a row (`1 2`, `a b`, also once a stray `¤` between them
            // is skipped): rustc's statement parse fails and rustdoc gives up on the code.
            if k > first, token.line == t.tokens[k - 1].line, isNameOrLiteral(k - 1), isNameOrLiteral(k) {
                return .broken
            }
            if t.is(k, ";") {
                return t.isPunctuation(k - 1, where: DoctestWords.isDanglingOperator)
                    ? .broken : .end(k)
            }
            if k > first, token.line > t.tokens[k - 1].line, endsValue(k - 1), startsStatement(k) {
                return .missingSemicolon(k - 1)
            }
            if let close = t.partner(k), close > k {
                k = close + 1
            } else {
                k += 1
            }
        }
        let last = t.count - 1
        return t.isPunctuation(last, where: DoctestWords.isDanglingOperator) ? .broken : .end(last)
    }

    /// A literal or a name that is not a keyword (`self`, `Self`, `true`, `false` count as names).
    private func isNameOrLiteral(_ k: Int) -> Bool {
        switch t.tokens[k].kind {
        case .number, .string, .character: return true
        case .identifier: return endsValue(k) && !t.words(k).contains(.reserved)
        default: return false
        }
    }

    /// A token that can end an expression (a value, a call, an index).
    private func endsValue(_ k: Int) -> Bool {
        switch t.tokens[k].kind {
        case .number, .string, .character: return true
        case .identifier: return !t.words(k).contains(.keyword) || t.words(k).contains(.value)
        case .punctuation: return t.is(k, ")") || t.is(k, "]")
        default: return false
        }
    }

    /// A token that cannot continue an expression after a value: a name or literal.
    private func startsStatement(_ k: Int) -> Bool {
        switch t.tokens[k].kind {
        case .number, .string, .character: return true
        case .identifier: return !t.words(k).contains(.continuesExpression)
        default: return false
        }
    }

    /// The index of the first `;` outside delimiters from `k`, or the last token.
    func semicolonOrLast(from k: Int) -> Int {
        var k = k
        while k < t.count {
            if t.is(k, ";") { return k }
            if let close = t.partner(k), close > k { k = close + 1 } else { k += 1 }
        }
        return t.count - 1
    }

    /// An item statement at `j`: its last token and whether it is an `extern crate`; nil when
    /// `j` starts no item (`unsafe {`, `const {` and `async {` are expressions).
    private mutating func item(at j: Int) -> (Int, Bool)? {
        var k = j
        if t.is(k, "pub") {
            k += 1
            if t.isOpen(k, "("), let close = t.partner(k) { k = close + 1 }
        }
        while k < t.count {
            if t.is(k, "extern") {
                if t.is(k + 1, "crate") { return (externCrate(at: k), true) }
                k += 1
                if k < t.count, t.tokens[k].kind == .string { k += 1 }
                if t.isOpen(k, "{"), let close = t.partner(k) { return (close, false) }  // `extern "C" {}`
                continue
            }
            if t.is(k, "const") {
                if t.is(k + 1, "{") { return nil }
                let next = k + 1
                if next < t.count, t.tokens[next].kind == .identifier, !t.words(next).contains(.constFollower) {
                    return (semicolonOrLast(from: k), false)  // `const NAME: T = ..;`, `const _`
                }
                k += 1
                continue
            }
            if t.words(k).contains(.fnQualifier) {
                if t.is(k + 1, "{") || t.is(k + 1, "move") || t.is(k + 1, "|") { return nil }
                k += 1
                continue
            }
            break
        }
        guard k < t.count else { return nil }
        if t.is(k, "use") || t.is(k, "type") || t.is(k, "static") {
            return (semicolonOrLast(from: k), false)
        }
        if t.is(k, "fn") {
            // `main` or `r#main` (bytes: no other name equals them as a Swift `String`).
            if t.is(k + 1, "main") || t.text(k + 1) == "r#main" {
                result.hasMainFn = true
            }
            return (fnEnd(from: k), false)
        }
        if t.is(k, "mod") || t.is(k, "struct") || t.is(k, "enum") || t.is(k, "trait") || t.is(k, "impl")
            || t.is(k, "macro")
            || t.is(k, "union") && k + 1 < t.count && t.tokens[k + 1].kind == .identifier
            || t.is(k, "auto") && t.is(k + 1, "trait")
            || t.is(k, "macro_rules") && t.is(k + 1, "!") {
            return (blockOrSemicolon(from: k), false)
        }
        return nil
    }

    /// `extern crate NAME (as ALIAS)?;` at `k`: rustdoc compares NAME, the real crate.
    private mutating func externCrate(at k: Int) -> Int {
        var name = String(t.text(k + 2))
        if name.hasPrefix("r#") { name.removeFirst(2) }
        if let crateName, name == crateName { result.alreadyHasExternCrate = true }
        return semicolonOrLast(from: k)
    }

    /// The first `;` or the end of the first `{..}` outside other delimiters, from `k`; -1 when
    /// there is neither (`struct S` at the end: a syntax error).
    private func blockOrSemicolon(from k: Int) -> Int {
        var k = k
        while k < t.count {
            if t.is(k, ";") { return k }
            if let close = t.partner(k), close > k {
                if t.is(k, "{") { return close }
                k = close + 1
            } else {
                k += 1
            }
        }
        return -1
    }

    /// A macro invocation `path!(..)` at `j`: its last token and whether it is a statement macro
    /// (braces, or followed by `;`); otherwise it starts an expression.
    private mutating func macroCall(at j: Int) -> (Int, Bool)? {
        guard t.tokens[j].kind == .identifier, !t.words(j).contains(.keyword) else { return nil }
        var k = j
        while t.is(k + 1, ":"), t.is(k + 2, ":"), k + 3 < t.count, t.tokens[k + 3].kind == .identifier { k += 3 }
        guard t.is(k + 1, "!"), let close = t.partner(k + 2), close > k + 2 else { return nil }
        let open = k + 2
        let braces = t.is(open, "{")
        // `m!(..)` as the body's tail (no `;`) is an expression, as is `m!(..).f()`.
        guard braces || t.is(close + 1, ";") else { return (close, false) }
        if !result.hasMainFn {
            // rustdoc's heuristic for a `main` hidden in a macro: the tokens `fn main (..)` among
            // the macro's direct arguments.
            var m = open + 1
            while m < close {
                if t.is(m, "fn"), t.is(m + 1, "main"), t.isOpen(m + 2, "(") { result.hasMainFn = true; break }
                if let c = t.partner(m), c > m { m = c + 1 } else { m += 1 }
            }
        }
        return (t.is(close + 1, ";") ? close + 1 : close, true)
    }

    /// A block-like expression statement (`if`, `match`, `loop`, `while`, `for`, `{}`, `unsafe {}`,
    /// `const {}`), which needs no `;`: its last token (a `;` right after it included).
    private func blockLikeExpression(at j: Int) -> Int? {
        var k = j
        if t.tokens[k].kind == .lifetime, t.is(k + 1, ":") { k += 2 }
        var close: Int?
        if t.is(k, "{") {
            close = t.partner(k)
        } else if t.is(k, "unsafe") || t.is(k, "const") || t.is(k, "loop") {
            close = t.is(k + 1, "{") ? t.partner(k + 1) : nil
        } else if t.is(k, "match") || t.is(k, "while") || t.is(k, "for") || t.is(k, "if") {
            close = firstBraceGroupEnd(from: k + 1)
            if t.is(k, "if") {
                while let c = close, t.is(c + 1, "else") {
                    if t.is(c + 2, "if") {
                        close = firstBraceGroupEnd(from: c + 3)
                    } else if t.is(c + 2, "{") {
                        close = t.partner(c + 2)
                    } else {
                        break
                    }
                }
            }
        }
        guard let end = close else { return nil }
        if t.is(end + 1, ".") || t.is(end + 1, "?") { return semicolonOrLast(from: end + 1) }
        return t.is(end + 1, ";") ? end + 1 : end
    }

    private func firstBraceGroupEnd(from k: Int) -> Int? {
        var k = k
        while k < t.count {
            if t.is(k, ";") { return nil }
            if let close = t.partner(k), close > k {
                if t.is(k, "{") { return close }
                k = close + 1
            } else {
                k += 1
            }
        }
        return nil
    }
}
