import Foundation

/// One piece of an item's documentation before joining: a `///` or `/** */` comment (sugared) or
/// a `#[doc = ".."]` attribute (raw), as rustc's `DocFragment`.
struct DocFragment: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case sugared, raw }

    /// Source line of each `\n`-separated piece of the doc string.
    enum PieceLines: Hashable, Sendable {
        /// Piece k is on line `first + k`: a comment's pieces are its source lines.
        case consecutive(first: Int)
        case listed([Int])
    }

    var kind: Kind
    /// `/** */` and `/*! */`: `beautify_doc_string` strips `*` columns only for these.
    var isBlockComment: Bool
    /// The doc string as rustc sees it, as UTF-8: text after `///` or between `/**` and `*/`
    /// (then `storage` is the file's bytes, shared rather than copied), or the decoded string
    /// value, at `range` of `storage`.
    var storage: [UInt8]
    var range: Range<Int>
    var pieceLines: PieceLines
    /// Line of the attribute's span as rustdoc uses it for the test's base line.
    var line: Int

    init(kind: Kind, isBlockComment: Bool, storage: [UInt8], range: Range<Int>, pieceLines: PieceLines, line: Int) {
        self.kind = kind
        self.isBlockComment = isBlockComment
        self.storage = storage
        self.range = range
        self.pieceLines = pieceLines
        self.line = line
    }

    init(kind: Kind, isBlockComment: Bool, doc: [UInt8], pieceLines: [Int], line: Int) {
        self.init(kind: kind, isBlockComment: isBlockComment, storage: doc, range: 0..<doc.count,
                  pieceLines: .listed(pieceLines), line: line)
    }

    /// The line of piece `k` (the last listed one past the end; `line` if none is listed).
    func line(ofPiece k: Int) -> Int {
        switch pieceLines {
        case .consecutive(let first): return first + k
        case .listed(let lines): return lines.isEmpty ? line : lines[min(k, lines.count - 1)]
        }
    }
}

/// rustdoc's joining of doc fragments: `beautify_doc_string` on each, `unindent_doc_fragments`
/// across them, then `add_doc_fragment` into one string whose final newline is dropped
/// (`opt_doc_value`). Line numbers are carried along for every line. Works on UTF-8 bytes: all
/// the trimming is of ASCII (`*`, space, tab); only blank-line tests need Unicode whitespace.
/// An item has a fragment per `///` line, so the lines of all fragments go into one array.
enum DocJoiner {
    /// One line of a fragment: a byte range of its storage and the source line it came from.
    struct Line {
        var start: Int
        var end: Int
        var line: Int
        var blank = false
    }

    /// Where a fragment's lines are in the joined line array, after `beautify`.
    struct Span {
        var lines: Range<Int>
        /// The resulting doc is the empty symbol: `add_doc_fragment` writes one empty line.
        var isEmptySymbol: Bool
    }

    /// Fragments are read in place (`fragments[k]`) rather than copied into locals, and lines
    /// through buffer pointers: fewer retains and releases of their arrays.
    static func join(_ fragments: [DocFragment]) -> (text: String, lineMap: [Int]) {
        var lines: [Line] = []
        lines.reserveCapacity(fragments.count)
        var spans: [Span] = []
        spans.reserveCapacity(fragments.count)
        var bound = fragments.count
        for k in fragments.indices {
            spans.append(beautify(fragments[k], into: &lines))
            bound += fragments[k].range.count
        }
        bound += lines.count
        var mixed = false
        for k in fragments.indices.dropFirst() where fragments[k].kind != fragments[k - 1].kind { mixed = true }
        // Mixed kinds imply a sugared one.
        let add = mixed ? 1 : 0
        var minIndent = Int.max
        lines.withUnsafeMutableBufferPointer { lines in
            for k in fragments.indices {
                let extra = fragments[k].kind == .sugared ? 0 : add
                fragments[k].storage.withUnsafeBufferPointer { doc in
                    for i in spans[k].lines {
                        let line = lines[i]
                        if isBlank(doc, line.start, line.end) { lines[i].blank = true; continue }
                        var ws = 0
                        while line.start + ws < line.end, doc[line.start + ws] == 32 || doc[line.start + ws] == 9 { ws += 1 }
                        minIndent = min(minIndent, ws + extra)
                    }
                }
            }
        }
        var map: [Int] = []
        map.reserveCapacity(lines.count + fragments.count)
        let text = String(unsafeUninitializedCapacity: bound) { out in
            var n = 0
            lines.withUnsafeBufferPointer { lines in
                for k in fragments.indices {
                    if spans[k].isEmptySymbol {
                        out[n] = 10
                        n += 1
                        map.append(fragments[k].line(ofPiece: 0))
                        continue
                    }
                    let indent = fragments[k].kind != .sugared && minIndent > 0 ? minIndent - add : minIndent
                    fragments[k].storage.withUnsafeBufferPointer { doc in
                        for i in spans[k].lines {
                            let line = lines[i]
                            let start = line.blank ? line.start : min(line.start + indent, line.end)
                            if start < line.end {
                                (out.baseAddress! + n).update(from: doc.baseAddress! + start, count: line.end - start)
                                n += line.end - start
                            }
                            out[n] = 10
                            n += 1
                            map.append(line.line)
                        }
                    }
                }
            }
            if n > 0, out[n - 1] == 10 { n -= 1 }
            return n
        }
        if map.isEmpty { map.append(fragments.first?.line ?? 1) }
        return (text, map)
    }

    /// `str::lines` of `range`: split at `\n`, drop one `\r` before it, no final empty line.
    /// Returns whether there was a `\n`.
    static func appendRustLines(_ fragment: DocFragment, into result: inout [Line]) -> Bool {
        var piece = 0
        var start = fragment.range.lowerBound
        let n = fragment.range.upperBound
        var sawNewline = false
        // `memchr` for the line ends: most fragments are one long `///` line without any.
        fragment.storage.withUnsafeBufferPointer { doc in
            guard let address = doc.baseAddress else { return }
            let base = UnsafeRawPointer(address)
            while start < n {
                var end = n
                if let hit = memchr(base + start, 10, n - start) {
                    end = UnsafeRawPointer(hit) - base
                    sawNewline = true
                }
                let next = end + 1
                if end > start, doc[end - 1] == 13 { end -= 1 }
                result.append(Line(start: start, end: end, line: fragment.line(ofPiece: piece)))
                piece += 1
                start = next
            }
        }
        return sawNewline
    }

    /// Every character is whitespace (`char::is_whitespace`): ASCII fast path, Unicode otherwise.
    static func isBlank(_ doc: [UInt8], _ start: Int, _ end: Int) -> Bool {
        doc.withUnsafeBufferPointer { isBlank($0, start, end) }
    }

    static func isBlank(_ doc: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
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

    private static func allStars(_ doc: [UInt8], _ line: Line) -> Bool {
        var k = line.start
        while k < line.end { if doc[k] != UInt8(ascii: "*") { return false }; k += 1 }
        return true
    }

    /// `beautify_doc_string`, keeping source lines: appends the fragment's lines to `lines`.
    static func beautify(_ fragment: DocFragment, into lines: inout [Line]) -> Span {
        let base = lines.count
        let doc = fragment.storage
        guard appendRustLines(fragment, into: &lines) else {
            return Span(lines: base..<lines.count, isEmptySymbol: fragment.range.isEmpty)
        }
        var lo = base, hi = lines.count
        var changes = false
        // Vertical trim: a first line of stars (or empty) and a non-empty last line of stars.
        if lo < hi, allStars(doc, lines[lo]) { lo += 1; changes = true }
        if lo < hi, lines[hi - 1].end > lines[hi - 1].start, allStars(doc, lines[hi - 1]) { hi -= 1; changes = true }
        if let width = horizontalTrim(doc, lines, lo..<hi, isBlock: fragment.isBlockComment) {
            changes = true
            let prefixStart = lines[consideredRange(doc, lines, lo..<hi, isBlock: fragment.isBlockComment).lowerBound].start
            for k in lo..<hi {
                let line = lines[k]
                guard line.end - line.start >= width,
                      (0..<width).allSatisfy({ doc[line.start + $0] == doc[prefixStart + $0] }) else { continue }
                var start = line.start + width
                if fragment.isBlockComment, start < line.end, doc[start] == UInt8(ascii: "*"),
                   start + 1 == line.end || doc[start + 1] == 32 || doc[start + 1] == UInt8(ascii: "*") {
                    start += 1
                }
                lines[k].start = start
            }
        }
        guard changes else { return Span(lines: base..<lines.count, isEmptySymbol: false) }
        // The changed lines are joined with "\n" and split again by `add_doc_fragment`'s
        // `lines()`: a trailing empty line disappears.
        if lo < hi, lines[hi - 1].start == lines[hi - 1].end { hi -= 1 }
        let empty = lo == hi || (hi - lo == 1 && lines[lo].start == lines[lo].end)
        if empty { lo = hi }
        lines.removeSubrange(hi...)
        lines.removeSubrange(base..<lo)
        return Span(lines: base..<lines.count, isEmptySymbol: empty)
    }

    /// Indices (in `range` of `lines`) of the lines `get_horizontal_trim` looks at (block
    /// comments skip the first line unless it starts with `*`, and blank lines at both ends).
    private static func consideredRange(_ doc: [UInt8], _ lines: [Line], _ range: Range<Int>, isBlock: Bool) -> Range<Int> {
        guard isBlock else { return range }
        var i = range.lowerBound
        if !range.isEmpty {
            let first = lines[i]
            var k = first.start
            while k < first.end, doc[k] == 32 || doc[k] == 9 { k += 1 }
            if !(k < first.end && doc[k] == UInt8(ascii: "*")) { i += 1 }
        }
        var j = range.upperBound
        while i < j, isBlank(doc, lines[i].start, lines[i].end) { i += 1 }
        while j > i, isBlank(doc, lines[j - 1].start, lines[j - 1].end) { j -= 1 }
        return min(i, j)..<j
    }

    /// `get_horizontal_trim`: width of the common `[ \t]*\*` prefix (up to the star, exclusive)
    /// if every considered line has one in the same column.
    static func horizontalTrim(_ doc: [UInt8], _ lines: [Line], _ range: Range<Int>, isBlock: Bool) -> Int? {
        let considered = consideredRange(doc, lines, range, isBlock: isBlock)
        guard !considered.isEmpty else { return nil }
        var column = Int.max
        var first = true
        for line in lines[considered] {
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
