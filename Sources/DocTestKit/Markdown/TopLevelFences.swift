/// The code blocks of Markdown whose block structure is known without libcmark: fences at column
/// 0 and, outside fences, only blank lines and lines that can start nothing but a paragraph or an
/// ATX heading. Most doc comments are like that, and cmark's inline pass (which we never use) was
/// most of its cost. Anything else gives nil and goes to cmark; `TopLevelFencesTests` runs both
/// on generated and fixture text and requires identical blocks.
///
/// Why each line kind is safe (cmark's `open_new_blocks`, no container ever open):
/// - a non-blank line starting at column 0 with none of ``` > - + * _ = < ``` or a digit cannot
///   open a block quote, list, thematic break, setext underline, HTML block or indented code, so
///   it is paragraph or heading text, which never changes which code blocks exist;
/// - a fence opened at column 0 strips no indentation from its lines, so its literal is its lines
///   as they are, and it ends at a closing fence (≤ 3 spaces, ≥ as many fence characters, then
///   spaces or tabs) or at the end of the text.
enum TopLevelFences {
    static func codeBlocks(_ b: UnsafeBufferPointer<UInt8>) -> [CodeBlock]? {
        let n = b.count
        // cmark reads "\r" as a line end and replaces NUL; a byte-order mark may be skipped.
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return nil }
        var blocks: [CodeBlock] = []
        var fence: (char: UInt8, length: Int, line: Int, info: String, contentStart: Int)?
        var line = 0
        var start = 0
        while start < n {
            var end = start
            // Eight bytes at a time while none is below 14 (exact for "none": a borrow only
            // marks bytes above a byte that is), then byte by byte.
            while end + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + end).loadUnaligned(as: UInt64.self))
                if (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                end += 8
            }
            while end < n {
                let c = b[end]
                if c <= 13 {
                    if c == 10 { break }
                    if c == 13 || c == 0 { return nil }
                }
                end += 1
            }
            if let open = fence {
                if isClosingFence(b, start, end, char: open.char, length: open.length) {
                    blocks.append(block(b, open.line, open.info, open.contentStart, start - 1))
                    fence = nil
                }
            } else {
                switch lineKind(b, start, end) {
                case .text, .blank:
                    break
                case .fence(let char, let length, let info):
                    fence = (char, length, line, info, end + 1)
                case .unknown:
                    return nil
                }
            }
            line += 1
            start = end + 1
        }
        if let open = fence {
            // Unterminated: the block runs to the end of the text.
            let contentEnd = n > 0 && b[n - 1] == 10 ? n - 1 : n
            blocks.append(block(b, open.line, open.info, open.contentStart, contentEnd))
        }
        return blocks
    }

    /// cmark's literal is every content line with its "\n"; rustdoc joins its `lines()` with
    /// "\n", which (without "\r") is the content lines' bytes as they stand in the text.
    private static func block(
        _ b: UnsafeBufferPointer<UInt8>, _ line: Int, _ info: String, _ contentStart: Int, _ contentEnd: Int
    ) -> CodeBlock {
        let text = contentEnd > contentStart
            ? String(decoding: UnsafeBufferPointer(rebasing: b[contentStart..<contentEnd]), as: UTF8.self) : ""
        return CodeBlock(docLine: line, info: info, text: text, isFenced: true)
    }

    private enum LineKind {
        case blank, text, unknown
        case fence(char: UInt8, length: Int, info: String)
    }

    private static func lineKind(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> LineKind {
        guard start < end else { return .blank }
        let first = b[start]
        switch first {
        case UInt8(ascii: " "), 9:
            var i = start
            while i < end, b[i] == 32 || b[i] == 9 { i += 1 }
            return i == end ? .blank : .unknown
        case UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "_"),
             UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .unknown
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            var i = start
            while i < end, b[i] == first { i += 1 }
            guard i - start >= 3 else { return .text }
            // A backtick fence's info may not contain a backtick (the line is then paragraph text).
            // `&` and `\` would be unescaped by cmark, other control characters trimmed.
            var lo = i, hi = end
            for k in i..<end {
                let c = b[k]
                if c == first && first == UInt8(ascii: "`") { return .text }
                if c == UInt8(ascii: "&") || c == UInt8(ascii: "\\") || (c < 32 && c != 9) { return .unknown }
            }
            while lo < hi, b[lo] == 32 || b[lo] == 9 { lo += 1 }
            while hi > lo, b[hi - 1] == 32 || b[hi - 1] == 9 { hi -= 1 }
            let info = lo < hi ? String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self) : ""
            // cmark keeps at most 255 as the fence's length.
            return .fence(char: first, length: min(i - start, 255), info: info)
        default:
            return .text
        }
    }

    /// At most three spaces (a tab reaches column 4), `length` or more fence characters, then
    /// only spaces and tabs.
    private static func isClosingFence(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, char: UInt8, length: Int
    ) -> Bool {
        var i = start
        while i < end, i - start < 3, b[i] == 32 { i += 1 }
        let runStart = i
        while i < end, b[i] == char { i += 1 }
        guard i - runStart >= max(length, 3) else { return false }
        while i < end, b[i] == 32 || b[i] == 9 { i += 1 }
        return i == end
    }
}
