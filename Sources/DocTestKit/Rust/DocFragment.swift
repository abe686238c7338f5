/// One piece of an item's documentation before joining: a `///` or `/** */` comment (sugared) or
/// a `#[doc = ".."]` attribute (raw), as rustc's `DocFragment`.
struct DocFragment: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case sugared, raw }

    var kind: Kind
    /// `/** */` and `/*! */`: `beautify_doc_string` strips `*` columns only for these.
    var isBlockComment: Bool
    /// The doc string as rustc sees it: text after `///`, between `/**` and `*/`, or the decoded
    /// string value.
    var doc: String
    /// Source line of each `\n`-separated piece of `doc`.
    var pieceLines: [Int]
    /// Line of the attribute's span as rustdoc uses it for the test's base line.
    var line: Int
}

/// rustdoc's joining of doc fragments: `beautify_doc_string` on each, `unindent_doc_fragments`
/// across them, then `add_doc_fragment` into one string whose final newline is dropped
/// (`opt_doc_value`). Line numbers are carried along for every line.
enum DocJoiner {
    typealias Line = (text: Substring, line: Int)

    static func join(_ fragments: [DocFragment]) -> (text: String, lineMap: [Int]) {
        let beautified = fragments.map(beautify)
        let hasSugared = fragments.contains { $0.kind == .sugared }
        var mixed = false
        for k in fragments.indices.dropFirst() where fragments[k].kind != fragments[k - 1].kind { mixed = true }
        let add = mixed && hasSugared ? 1 : 0
        var minIndent = Int.max
        for (fragment, lines) in zip(fragments, beautified) {
            for line in lines.lines where !isBlank(line.text) {
                let ws = line.text.utf8.prefix { $0 == 32 || $0 == 9 }.count
                minIndent = min(minIndent, ws + (fragment.kind == .sugared ? 0 : add))
            }
        }
        var out = ""
        var map: [Int] = []
        for (fragment, lines) in zip(fragments, beautified) {
            if lines.isEmptySymbol {
                out += "\n"
                map.append(fragment.line)
                continue
            }
            let indent = fragment.kind != .sugared && minIndent > 0 ? minIndent - add : minIndent
            for line in lines.lines {
                if isBlank(line.text) {
                    out += line.text
                } else {
                    let utf8 = line.text.utf8
                    out += Substring(utf8.dropFirst(min(indent, utf8.count)))
                }
                out += "\n"
                map.append(line.line)
            }
        }
        if out.hasSuffix("\n") { out.removeLast() }
        if map.isEmpty { map.append(fragments.first?.line ?? 1) }
        return (out, map)
    }

    /// `str::lines`: split at `\n`, drop one `\r` before it, no final empty line.
    static func rustLines(_ s: Substring, pieceLines: [Int]) -> [Line] {
        var result: [Line] = []
        var piece = 0
        var rest = s[...]
        while !rest.isEmpty {
            let line: Substring
            if let nl = rest.utf8.firstIndex(of: 10) {
                line = rest[rest.startIndex..<nl]
                rest = rest[rest.index(after: nl)...]
            } else {
                line = rest
                rest = rest[rest.endIndex...]
            }
            let trimmed = line.utf8.last == 13 ? Substring(line.utf8.dropLast()) : line
            result.append((trimmed, pieceLines[min(piece, pieceLines.count - 1)]))
            piece += 1
        }
        return result
    }

    static func isBlank(_ s: Substring) -> Bool {
        s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    struct Beautified {
        var lines: [Line]
        /// The resulting doc is the empty symbol: `add_doc_fragment` writes one empty line.
        var isEmptySymbol: Bool
    }

    /// `beautify_doc_string`, keeping source lines.
    static func beautify(_ fragment: DocFragment) -> Beautified {
        let lineMapSafe = fragment.pieceLines.isEmpty ? [fragment.line] : fragment.pieceLines
        let all = rustLines(fragment.doc[...], pieceLines: lineMapSafe)
        guard fragment.doc.utf8.contains(10) else {
            return Beautified(lines: all, isEmptySymbol: fragment.doc.isEmpty)
        }
        var lines = all[...]
        var changes = false
        // Vertical trim: a first line of stars (or empty) and a non-empty last line of stars.
        if let first = lines.first, first.text.utf8.allSatisfy({ $0 == UInt8(ascii: "*") }) {
            lines = lines.dropFirst(); changes = true
        }
        if let last = lines.last, !last.text.isEmpty, last.text.utf8.allSatisfy({ $0 == UInt8(ascii: "*") }) {
            lines = lines.dropLast(); changes = true
        }
        var result = Array(lines)
        if let horizontal = horizontalTrim(result.map(\.text), isBlock: fragment.isBlockComment) {
            changes = true
            for k in result.indices where result[k].text.hasPrefix(horizontal) {
                var t = result[k].text.dropFirst(horizontal.count)
                if fragment.isBlockComment, t == "*" || t.hasPrefix("* ") || t.hasPrefix("**") { t = t.dropFirst() }
                result[k].text = t
            }
        }
        guard changes else { return Beautified(lines: all, isEmptySymbol: false) }
        // The changed lines are joined with "\n" and split again by `add_doc_fragment`'s `lines()`:
        // a trailing empty line disappears.
        if let last = result.last, last.text.isEmpty { result.removeLast() }
        let empty = result.isEmpty || (result.count == 1 && result[0].text.isEmpty)
        return Beautified(lines: empty ? [] : result, isEmptySymbol: empty)
    }

    /// `get_horizontal_trim`: the common `[ \t]*\*` prefix, if every considered line has one.
    static func horizontalTrim(_ all: [Substring], isBlock: Bool) -> Substring? {
        var lines = all[...]
        if isBlock {
            var i = 0
            if let first = all.first, !first.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("*") {
                i = 1
            }
            var j = all.count
            while i < j, isTrimEmpty(all[i]) { i += 1 }
            while j > i, isTrimEmpty(all[j - 1]) { j -= 1 }
            lines = all[min(i, j)..<j]
        }
        var column = Int.max
        var first = true
        for line in lines {
            var j = 0
            for c in line.unicodeScalars {
                if j > column || !(c == "*" || c == " " || c == "\t") { return nil }
                if c == "*" {
                    if first { column = j; first = false } else if column != j { return nil }
                    break
                }
                j += 1
            }
            if column >= line.utf8.count { return nil }
        }
        guard let head = lines.first else { return nil }
        return head.prefix(column)
    }

    private static func isTrimEmpty(_ s: Substring) -> Bool {
        s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
