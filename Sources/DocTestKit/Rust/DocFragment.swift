/// One piece of an item's documentation before joining: a `///` or `/** */` comment (sugared) or
/// a `#[doc = ".."]` attribute (raw), as rustc's `DocFragment`.
struct DocFragment: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case sugared, raw }

    var kind: Kind
    /// `/** */` and `/*! */`: `beautify_doc_string` strips `*` columns only for these.
    var isBlockComment: Bool
    /// The doc string as rustc sees it: text after `///`, between `/**` and `*/`, or the decoded
    /// string value, as UTF-8.
    var doc: [UInt8]
    /// Source line of each `\n`-separated piece of `doc`.
    var pieceLines: [Int]
    /// Line of the attribute's span as rustdoc uses it for the test's base line.
    var line: Int
}

/// rustdoc's joining of doc fragments: `beautify_doc_string` on each, `unindent_doc_fragments`
/// across them, then `add_doc_fragment` into one string whose final newline is dropped
/// (`opt_doc_value`). Line numbers are carried along for every line. Works on UTF-8 bytes: all
/// the trimming is of ASCII (`*`, space, tab); only blank-line tests need Unicode whitespace.
enum DocJoiner {
    /// One line of a fragment: a byte range of its doc and the source line it came from.
    struct Line {
        var start: Int
        var end: Int
        var line: Int
    }

    static func join(_ fragments: [DocFragment]) -> (text: String, lineMap: [Int]) {
        let docs = fragments.map(\.doc)
        var beautified: [Beautified] = []
        beautified.reserveCapacity(fragments.count)
        for (fragment, doc) in zip(fragments, docs) { beautified.append(beautify(fragment, doc)) }
        let hasSugared = fragments.contains { $0.kind == .sugared }
        var mixed = false
        for k in fragments.indices.dropFirst() where fragments[k].kind != fragments[k - 1].kind { mixed = true }
        let add = mixed && hasSugared ? 1 : 0
        var minIndent = Int.max
        for k in fragments.indices {
            let doc = docs[k]
            for line in beautified[k].lines where !isBlank(doc, line.start, line.end) {
                var ws = 0
                while line.start + ws < line.end, doc[line.start + ws] == 32 || doc[line.start + ws] == 9 { ws += 1 }
                minIndent = min(minIndent, ws + (fragments[k].kind == .sugared ? 0 : add))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(docs.reduce(0) { $0 + $1.count } + fragments.count)
        var map: [Int] = []
        for k in fragments.indices {
            let fragment = fragments[k]
            if beautified[k].isEmptySymbol {
                out.append(10)
                map.append(fragment.line)
                continue
            }
            let doc = docs[k]
            let indent = fragment.kind != .sugared && minIndent > 0 ? minIndent - add : minIndent
            for line in beautified[k].lines {
                let start = isBlank(doc, line.start, line.end) ? line.start : min(line.start + indent, line.end)
                out.append(contentsOf: doc[start..<line.end])
                out.append(10)
                map.append(line.line)
            }
        }
        if out.last == 10 { out.removeLast() }
        if map.isEmpty { map.append(fragments.first?.line ?? 1) }
        return (String(decoding: out, as: UTF8.self), map)
    }

    /// `str::lines`: split at `\n`, drop one `\r` before it, no final empty line.
    static func rustLines(_ doc: [UInt8], pieceLines: [Int]) -> [Line] {
        var result: [Line] = []
        var piece = 0
        var start = 0
        let n = doc.count
        while start < n {
            var end = start
            while end < n, doc[end] != 10 { end += 1 }
            let next = end + 1
            if end > start, doc[end - 1] == 13 { end -= 1 }
            result.append(Line(start: start, end: end, line: pieceLines[min(piece, pieceLines.count - 1)]))
            piece += 1
            start = next
        }
        return result
    }

    /// Every character is whitespace (`char::is_whitespace`): ASCII fast path, Unicode otherwise.
    static func isBlank(_ doc: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            let b = doc[k]
            if b >= 0x80 {
                return String(decoding: doc[k..<end], as: UTF8.self).unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            }
            if !(b == 32 || (b >= 9 && b <= 13)) { return false }
            k += 1
        }
        return true
    }

    struct Beautified {
        var lines: [Line]
        /// The resulting doc is the empty symbol: `add_doc_fragment` writes one empty line.
        var isEmptySymbol: Bool
    }

    private static func allStars(_ doc: [UInt8], _ line: Line) -> Bool {
        var k = line.start
        while k < line.end { if doc[k] != UInt8(ascii: "*") { return false }; k += 1 }
        return true
    }

    /// `beautify_doc_string`, keeping source lines.
    static func beautify(_ fragment: DocFragment, _ doc: [UInt8]) -> Beautified {
        let pieceLines = fragment.pieceLines.isEmpty ? [fragment.line] : fragment.pieceLines
        let all = rustLines(doc, pieceLines: pieceLines)
        guard doc.contains(10) else { return Beautified(lines: all, isEmptySymbol: doc.isEmpty) }
        var lines = all[...]
        var changes = false
        // Vertical trim: a first line of stars (or empty) and a non-empty last line of stars.
        if let first = lines.first, allStars(doc, first) { lines = lines.dropFirst(); changes = true }
        if let last = lines.last, last.end > last.start, allStars(doc, last) { lines = lines.dropLast(); changes = true }
        var result = Array(lines)
        if let width = horizontalTrim(doc, result, isBlock: fragment.isBlockComment) {
            changes = true
            let prefix = Array(doc[result[firstConsidered(doc, result, isBlock: fragment.isBlockComment)].start...].prefix(width))
            for k in result.indices {
                let line = result[k]
                guard line.end - line.start >= width, doc[line.start..<(line.start + width)].elementsEqual(prefix) else { continue }
                var start = line.start + width
                if fragment.isBlockComment, start < line.end, doc[start] == UInt8(ascii: "*"),
                   start + 1 == line.end || doc[start + 1] == 32 || doc[start + 1] == UInt8(ascii: "*") {
                    start += 1
                }
                result[k].start = start
            }
        }
        guard changes else { return Beautified(lines: all, isEmptySymbol: false) }
        // The changed lines are joined with "\n" and split again by `add_doc_fragment`'s
        // `lines()`: a trailing empty line disappears.
        if let last = result.last, last.start == last.end { result.removeLast() }
        let empty = result.isEmpty || (result.count == 1 && result[0].start == result[0].end)
        return Beautified(lines: empty ? [] : result, isEmptySymbol: empty)
    }

    /// Index range start of the lines `get_horizontal_trim` looks at (block comments skip the
    /// first line unless it starts with `*`, and blank lines at both ends).
    private static func consideredRange(_ doc: [UInt8], _ lines: [Line], isBlock: Bool) -> Range<Int> {
        guard isBlock else { return 0..<lines.count }
        var i = 0
        if let first = lines.first {
            var k = first.start
            while k < first.end, doc[k] == 32 || doc[k] == 9 { k += 1 }
            if !(k < first.end && doc[k] == UInt8(ascii: "*")) { i = 1 }
        }
        var j = lines.count
        while i < j, isBlank(doc, lines[i].start, lines[i].end) { i += 1 }
        while j > i, isBlank(doc, lines[j - 1].start, lines[j - 1].end) { j -= 1 }
        return min(i, j)..<j
    }

    private static func firstConsidered(_ doc: [UInt8], _ lines: [Line], isBlock: Bool) -> Int {
        consideredRange(doc, lines, isBlock: isBlock).lowerBound
    }

    /// `get_horizontal_trim`: width of the common `[ \t]*\*` prefix (up to the star, exclusive)
    /// if every considered line has one in the same column.
    static func horizontalTrim(_ doc: [UInt8], _ lines: [Line], isBlock: Bool) -> Int? {
        let range = consideredRange(doc, lines, isBlock: isBlock)
        guard !range.isEmpty else { return nil }
        var column = Int.max
        var first = true
        for line in lines[range] {
            var j = 0
            var k = line.start
            while k < line.end {
                let c = doc[k]
                if j > column || !(c == UInt8(ascii: "*") || c == 32 || c == 9) { return nil }
                if c == UInt8(ascii: "*") {
                    if first { column = j; first = false } else if column != j { return nil }
                    break
                }
                j += 1
                k += 1
            }
            if column >= line.end - line.start { return nil }
        }
        return column
    }
}
