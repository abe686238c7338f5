import CCMark

/// Finds the code blocks of a doc comment's Markdown as rustdoc's `find_codes` does with
/// pulldown-cmark. libcmark (the CommonMark reference parser) agrees with pulldown-cmark on code
/// blocks for everything checked against rustdoc (see `CodeBlockFinderTests`): fences, indented
/// blocks, list items, block quotes, HTML blocks, tabs, unterminated fences.
public enum CodeBlockFinder {
    public static func codeBlocks(in markdown: String) -> [CodeBlock] {
        var bytes = FootnoteDefinitions.dedentContinuations(Array(markdown.utf8))
        if bytes.isEmpty { return [] }
        let lineStarts = lineStartOffsets(bytes)
        guard let document = bytes.withUnsafeMutableBufferPointer({ buffer -> OpaquePointer? in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_SOURCEPOS)
                }
            }
        }) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        var blocks: [CodeBlock] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            // Both strings belong to the node and are freed with the document.
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let line = max(0, Int(cmark_node_get_start_line(node)) - 1)
            let column = max(0, Int(cmark_node_get_start_column(node)) - 1)
            blocks.append(CodeBlock(
                docLine: line,
                info: info,
                text: rustLinesJoined(literal),
                isFenced: startsWithFence(bytes, lineStarts: lineStarts, line: line, column: column)))
        }
        return blocks
    }

    /// rustdoc joins `str::lines()` of the block's text with "\n": the final line ending goes,
    /// `\r\n` endings lose their `\r`, a trailing empty line before the last ending stays.
    static func rustLinesJoined(_ text: String) -> String {
        // On bytes: Swift treats "\r\n" as one Character.
        let bytes = Array(text.utf8)
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

    private static func lineStartOffsets(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        return starts
    }

    /// Whether the block's first line (from cmark's start column) opens with a fence after at most
    /// three spaces; an indented block has four or more.
    private static func startsWithFence(_ bytes: [UInt8], lineStarts: [Int], line: Int, column: Int) -> Bool {
        guard line < lineStarts.count else { return false }
        var i = lineStarts[line] + column
        var spaces = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: " "), spaces < 3 { i += 1; spaces += 1 }
        guard i + 2 < bytes.count else { return false }
        let c = bytes[i]
        return (c == UInt8(ascii: "`") || c == UInt8(ascii: "~")) && bytes[i + 1] == c && bytes[i + 2] == c
    }
}
