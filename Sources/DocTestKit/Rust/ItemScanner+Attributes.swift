import Foundation

extension ItemScanner {
    /// A doc fragment from a `///`, `//!`, `/** */` or `/*! */` token.
    func docCommentFragment(_ index: Int) -> DocFragment {
        let t = cursor.tokens[index]
        let bytes = cursor.bytes
        let isBlock = t.end - t.start >= 3 && bytes[t.start + 1] == UInt8(ascii: "*")
        var lo = t.start + 3
        var hi = t.end
        if isBlock, hi - lo >= 2, bytes[hi - 2] == UInt8(ascii: "*"), bytes[hi - 1] == UInt8(ascii: "/") { hi -= 2 }
        lo = min(lo, hi)
        return DocFragment(kind: .sugared, isBlockComment: isBlock, storage: bytes, range: lo..<hi,
                           pieceLines: .consecutive(first: t.line), line: t.line)
    }

    /// `#[...]` or `#![...]` with `#` at `hash` and `[` at `bracket`; leaves `pos` after `]`.
    func parseAttribute(hash: Int, bracket: Int, into attributes: inout Attributes) {
        let close = cursor.closer(bracket)
        applyMeta(bracket + 1, close, into: &attributes, line: cursor.line(hash), fromCfgAttr: false)
        pos = min(close + 1, cursor.count)
    }

    /// Applies one meta item `lo..<hi` (`doc = ".."`, `cfg(..)`, `cfg_attr(..)`, `path = ".."`).
    func applyMeta(_ lo: Int, _ hi: Int, into attributes: inout Attributes, line: Int, fromCfgAttr: Bool) {
        guard lo < hi else { return }
        if cursor.isWord(lo, "doc"), cursor.isPunct(lo + 1, "=") {
            // After `cfg_attr` expansion the attribute's span is that of the inner `doc = ..`.
            let spanLine = fromCfgAttr ? cursor.line(lo) : line
            if let fragment = docValueFragment(lo + 2, hi, line: spanLine) {
                attributes.docs.append(fragment)
            }
        } else if cursor.isWord(lo, "pin_data") || (lo + 3 < hi && cursor.isPunct(lo + 1, ":") && cursor.isWord(lo + 3, "pin_data")) {
            attributes.pinDataLine = line
        } else if cursor.isWord(lo, "cfg"), cursor.isPunct(lo + 1, "(") {
            let close = min(cursor.afterGroup(lo + 1) - 1, hi)
            if !evaluatePredicate(lo + 2, close) { attributes.enabled = false }
        } else if cursor.isWord(lo, "cfg_attr"), cursor.isPunct(lo + 1, "(") {
            let close = min(cursor.afterGroup(lo + 1) - 1, hi)
            let predicateEnd = cursor.findComma(from: lo + 2, end: close, angles: false)
            guard evaluatePredicate(lo + 2, predicateEnd) else { return }
            var k = predicateEnd + 1
            while k < close {
                let next = cursor.findComma(from: k, end: close, angles: false)
                applyMeta(k, next, into: &attributes, line: line, fromCfgAttr: true)
                k = next + 1
            }
        } else if cursor.isWord(lo, "doc"), cursor.isPunct(lo + 1, "("), lo + 2 < hi {
            // rustc rejects the whole attribute when any nested list is not made of meta items.
            guard isMetaList(lo + 1, hi) else { return }
            forEachListItem(lo + 1, hi) { a, b in
                guard cursor.isWord(a, "test"), cursor.isPunct(a + 1, "(") else { return }
                forEachListItem(a + 1, b) { c, d in
                    guard cursor.isWord(c, "attr"), cursor.isPunct(c + 1, "(") else { return }
                    forEachListItem(c + 1, d) { e, f in
                        // A bare literal is not a meta item: rustc rejects it and rustdoc drops it.
                        guard cursor.isIdentifier(e) else { return }
                        attributes.testAttributes.append(testAttribute(e, f))
                    }
                }
            }
        } else if hi == lo + 1, cursor.isWord(lo, "test") || cursor.isWord(lo, "bench") {
            // `#[test]` functions exist only when compiling with `--test` (`cfg(test)`).
            if !cfg.isSet("test") { attributes.enabled = false }
        } else if hi == lo + 1, cursor.isWord(lo, "macro_export") {
            attributes.macroExport = true
        } else if cursor.isWord(lo, "path"), cursor.isPunct(lo + 1, "="), lo + 2 < hi,
                  let value = StringLiteral.decode(bytes: cursor.bytes, token: cursor.tokens[lo + 2]) {
            attributes.pathAttribute = value.value
        }
    }

    /// Calls `body` with the bounds of each comma-separated item of the group opening at `open`.
    func forEachListItem(_ open: Int, _ hi: Int, _ body: (Int, Int) -> Void) {
        guard cursor.opens(open) else { return }
        let close = min(cursor.closer(open), hi)
        var k = open + 1
        while k < close {
            let next = cursor.findComma(from: k, end: close, angles: false)
            if next > k { body(k, next) }
            k = next + 1
        }
    }

    /// Whether the group opening at `open` is a list of meta items as rustc parses them:
    /// literals, paths, `path(list)` and `path = literal`, comma-separated.
    func isMetaList(_ open: Int, _ hi: Int) -> Bool {
        guard cursor.opens(open), cursor.closer(open) <= hi else { return false }
        var valid = true
        forEachListItem(open, hi) { a, b in
            if valid, !isMetaItem(a, b) { valid = false }
        }
        return valid
    }

    private func isMetaItem(_ lo: Int, _ hi: Int) -> Bool {
        if hi == lo + 1, Self.isLiteral(cursor.tokens[lo].kind) { return true }
        var k = lo
        if cursor.isPunct(k, ":"), cursor.isPunct(k + 1, ":") { k += 2 }
        guard cursor.isIdentifier(k) else { return false }
        k += 1
        while cursor.isPunct(k, ":"), cursor.isPunct(k + 1, ":"), cursor.isIdentifier(k + 2) { k += 3 }
        if k == hi { return true }
        if cursor.isPunct(k, "("), cursor.closer(k) == hi - 1 { return isMetaList(k, hi) }
        if cursor.isPunct(k, "="), k + 2 == hi { return Self.isLiteral(cursor.tokens[k + 1].kind) }
        return false
    }

    private static func isLiteral(_ kind: RustToken.Kind) -> Bool {
        kind == .string || kind == .number || kind == .character
    }

    /// A meta item of `doc(test(attr(..)))` as rustdoc 1.95 prints it (observed): the path with
    /// `::` glued, `path="value"` without spaces, and a list's tokens separated by single spaces
    /// except inside delimiters and before a group that follows a word (`deny(a , b ,)`,
    /// `allow(clippy :: all)`).
    func testAttribute(_ lo: Int, _ hi: Int) -> String {
        var k = lo
        var out = ""
        while k < hi, cursor.tokens[k].kind == .identifier || (cursor.isPunct(k, ":") && cursor.isPunct(k + 1, ":")) {
            if cursor.isPunct(k, ":") { out += "::"; k += 2 } else { out += cursor.text(k); k += 1 }
        }
        if cursor.isPunct(k, "=") {
            return out + "=" + tokenText(k + 1, hi)
        }
        var previous = -1
        while k < hi {
            let t = cursor.text(k)
            let glued = previous < 0
                || cursor.opens(previous)
                || t == ")" || t == "]" || t == "}"
                || (cursor.opens(k) && cursor.isIdentifier(previous))
            if !glued { out += " " }
            if cursor.isPunct(k, ":"), cursor.isPunct(k + 1, ":") {
                out += "::"
                previous = k + 1
                k += 2
                continue
            }
            out += t
            previous = k
            k += 1
        }
        return out
    }

    /// An unparsable predicate counts as true: the item is kept and the problem reported.
    func evaluatePredicate(_ lo: Int, _ hi: Int) -> Bool {
        var parser = CfgPredicateParser(bytes: cursor.bytes, tokens: cursor.tokens, position: lo, end: hi)
        guard let predicate = parser.parsePredicate(), parser.position == hi else {
            report(.warning, "cfg-unparsable", "cannot evaluate this cfg predicate; assuming it holds", token: lo)
            return true
        }
        return predicate.evaluate(in: cfg)
    }

    /// The fragment of `doc = VALUE` with VALUE at `lo..<hi`: a string literal, or
    /// `include_str!("file")` read relative to this file, or `concat!`/`stringify!` of constants
    /// (`DocValueEvaluator`). Other macros cannot be evaluated here.
    func docValueFragment(_ lo: Int, _ hi: Int, line: Int) -> DocFragment? {
        if hi == lo + 1, let decoded = StringLiteral.decode(bytes: cursor.bytes, token: cursor.tokens[lo]) {
            return DocFragment(kind: .raw, isBlockComment: false, doc: Array(decoded.value.utf8), pieceLines: decoded.pieceLines, line: line)
        }
        if cursor.isWord(lo, "include_str"), cursor.isPunct(lo + 1, "!"), cursor.isPunct(lo + 2, "("),
           lo + 3 < hi, let name = StringLiteral.decode(bytes: cursor.bytes, token: cursor.tokens[lo + 3])?.value {
            let directory = (file.path as NSString).deletingLastPathComponent
            let path = name.hasPrefix("/") ? name : (directory.isEmpty ? name : directory + "/" + name)
            if let source = try? SourceFile.read(path: path) {
                // The included text's lines are not in this file: they all map to the attribute.
                let text = source.text
                let pieces = text.utf8.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
                return DocFragment(kind: .raw, isBlockComment: false, doc: source.bytes,
                                   pieceLines: Array(repeating: line, count: pieces), line: line)
            }
            report(.error, "doc-include-missing", "cannot read `\(name)` included as documentation (looked for \(path))", token: lo)
            return nil
        }
        if let text = DocValueEvaluator(cursor: cursor).evaluate(lo, hi) {
            let pieces = text.utf8.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            return DocFragment(kind: .raw, isBlockComment: false, doc: Array(text.utf8),
                               pieceLines: Array(repeating: line, count: pieces), line: line)
        }
        report(.warning, "doc-not-literal",
               "doc attribute value `\(tokenText(lo, hi))` is not a string literal; its examples are not extracted", token: lo)
        return nil
    }

    func tokenText(_ lo: Int, _ hi: Int) -> String {
        guard lo < hi else { return "" }
        var out = ""
        for k in lo..<min(hi, cursor.count) { out += cursor.text(k) }
        return out
    }
}
