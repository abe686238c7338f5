import CCMark
import Foundation

/// Finds the code blocks of a doc comment's Markdown as rustdoc's `find_codes` does with
/// pulldown-cmark. libcmark (the CommonMark reference parser) agrees with pulldown-cmark on code
/// blocks for everything checked against rustdoc (see `CodeBlockFinderTests`): fences, indented
/// blocks, list items, block quotes, HTML blocks, tabs, unterminated fences.
public enum CodeBlockFinder {
    public static func codeBlocks(in markdown: String) -> [CodeBlock] {
        var markdown = markdown
        return markdown.withUTF8 { utf8 -> [CodeBlock] in
            let (mayContain, mayHaveFootnote) = scan(utf8)
            guard mayContain else { return [] }
            guard mayHaveFootnote else { return codeBlocks(inBytes: utf8) }
            return FootnoteDefinitions.dedentContinuations(Array(utf8)).withUnsafeBufferPointer(codeBlocks(inBytes:))
        }
    }

    /// Without the cheap checks: a plain structure is read directly, anything else by cmark.
    static func codeBlocks(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [CodeBlock] {
        TopLevelFences.codeBlocks(bytes) ?? cmarkCodeBlocks(bytes)
    }

    static func cmarkCodeBlocks(_ bytes: UnsafeBufferPointer<UInt8>) -> [CodeBlock] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        guard let document = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
            cmark_parse_document($0, bytes.count, CMARK_OPT_SOURCEPOS)
        }) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        var blocks: [CodeBlock] = []
        var lines = LineCursor()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            // Both strings belong to the node and are freed with the document.
            let text = cmark_node_get_literal(node).map { literal in
                UnsafeRawPointer(literal).withMemoryRebound(to: UInt8.self, capacity: 1) { start in
                    var count = 0
                    while start[count] != 0 { count += 1 }
                    return rustLinesJoined(UnsafeBufferPointer(start: start, count: count))
                }
            } ?? ""
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let line = max(0, Int(cmark_node_get_start_line(node)) - 1)
            let column = max(0, Int(cmark_node_get_start_column(node)) - 1)
            blocks.append(CodeBlock(
                docLine: line,
                info: info,
                text: text,
                isFenced: startsWithFence(bytes, at: lines.start(of: line, in: bytes) + column)))
        }
        return blocks
    }

    /// Whether a code block may exist, and a footnote definition (a "[^"). A code block needs a
    /// fence (three backticks or tildes in a row) or four columns of indentation inside its
    /// container (a tab, or four spaces in a row); most doc comments have neither.
    /// Eight bytes at a time while a word holds none of those; byte by byte where one may.
    private static func scan(_ utf8: UnsafeBufferPointer<UInt8>) -> (mayContainCodeBlock: Bool, mayHaveFootnote: Bool) {
        guard let base = utf8.baseAddress else { return (false, false) }
        let n = utf8.count
        var state = FenceScan()
        var i = 0
        while i + 8 <= n, !state.found {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let spaces = SWAR.equal(w, 32)
            let notSpaces = ~spaces & SWAR.high
            let leading = notSpaces.trailingZeroBitCount >> 3
            if SWAR.equal(w, UInt8(ascii: "`")) | SWAR.equal(w, UInt8(ascii: "~")) | SWAR.equal(w, 9) == 0,
               state.spaces + leading < 4, spaces & (spaces << 8) & (spaces << 16) & (spaces << 24) == 0 {
                // No fence character, tab or run of four spaces: only the trailing spaces matter.
                state.spaces = notSpaces.leadingZeroBitCount >> 3
                state.previous = UInt8(truncatingIfNeeded: w >> 56)
            } else {
                for k in i..<i + 8 where !state.found { state.step(base[k]) }
            }
            i += 8
        }
        while i < n, !state.found {
            state.step(base[i])
            i += 1
        }
        guard state.found, n > 1 else { return (state.found, false) }
        var from = 1
        while from < n, let hit = memchr(base + from, Int32(UInt8(ascii: "^")), n - from) {
            let k = UnsafeRawPointer(base).distance(to: hit)
            if base[k - 1] == UInt8(ascii: "[") { return (true, true) }
            from = k + 1
        }
        return (true, false)
    }

    /// The byte-by-byte state of `scan`.
    private struct FenceScan {
        var spaces = 0
        var run = 0
        var previous: UInt8 = 0
        var found = false

        @inline(__always) mutating func step(_ b: UInt8) {
            switch b {
            case UInt8(ascii: "`"), UInt8(ascii: "~"):
                run = b == previous ? run + 1 : 1
                if run == 3 { found = true }
                spaces = 0
            case 9:
                found = true
            case 32:
                spaces += 1
                if spaces == 4 { found = true }
            default:
                spaces = 0
            }
            previous = b
        }
    }

    /// Byte tests on eight bytes at once.
    private enum SWAR {
        static let high: UInt64 = 0x8080_8080_8080_8080

        /// The high bit of each byte of `w` that equals `c` (exactly: no carries between bytes).
        @inline(__always) static func equal(_ w: UInt64, _ c: UInt8) -> UInt64 {
            let x = w ^ (0x0101_0101_0101_0101 &* UInt64(c))
            return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & high
        }
    }

    /// rustdoc joins `str::lines()` of the block's text with "\n": the final line ending goes,
    /// `\r\n` endings lose their `\r`, a trailing empty line before the last ending stays.
    static func rustLinesJoined(_ text: String) -> String {
        var text = text
        return text.withUTF8(rustLinesJoined)
    }

    private static func rustLinesJoined(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // On bytes: Swift treats "\r\n" as one Character.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            var lineEnd = end
            if end < bytes.count, lineEnd > start, bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
            if start > 0 { out.append(10) }
            out += bytes[start..<lineEnd]
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte offsets of line starts, found by walking forward from the last line asked for (blocks
    /// come in source order).
    private struct LineCursor {
        var line = 0
        var offset = 0

        mutating func start(of wanted: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            if wanted < line { line = 0; offset = 0 }
            while line < wanted {
                guard let newline = bytes[offset...].firstIndex(of: 10) else { return bytes.count }
                offset = newline + 1
                line += 1
            }
            return offset
        }
    }

    /// Whether the block's first line (from cmark's start column) opens with a fence after at most
    /// three spaces; an indented block has four or more.
    private static func startsWithFence(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var i = offset
        var spaces = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: " "), spaces < 3 { i += 1; spaces += 1 }
        guard i + 2 < bytes.count else { return false }
        let c = bytes[i]
        return (c == UInt8(ascii: "`") || c == UInt8(ascii: "~")) && bytes[i + 1] == c && bytes[i + 2] == c
    }
}
