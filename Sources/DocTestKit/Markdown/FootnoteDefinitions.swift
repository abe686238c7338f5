/// pulldown-cmark (rustdoc's parser, with footnotes enabled) reads `[^label]: text` as a footnote
/// definition: a container whose following lines indented by four columns belong to it, with the
/// indentation removed. libcmark knows no footnotes and would see those lines as an indented code
/// block, so before parsing, the continuation lines of top-level definitions are dedented by four
/// columns. Lines are never added or removed, so line numbers stay exact. Definitions nested in
/// lists or block quotes are not handled.
enum FootnoteDefinitions {
    static func dedentContinuations(_ bytes: [UInt8]) -> [UInt8] {
        // Cheap exit: no footnote definition can exist without "[^".
        guard bytes.indices.contains(where: { bytes[$0] == UInt8(ascii: "[") && $0 + 1 < bytes.count
            && bytes[$0 + 1] == UInt8(ascii: "^") }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var fence: (char: UInt8, length: Int)?
        var inFootnote = false
        var previousBlank = false
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            let line = bytes[start..<end]
            let blank = line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
            var emitted = false
            if inFootnote {
                if blank {
                    previousBlank = true
                    out += line
                    emitted = true
                } else if let rest = dropFourColumns(line) {
                    previousBlank = false
                    out += rest
                    emitted = true
                } else if !previousBlank {
                    out += line  // lazy continuation of the definition's paragraph
                    emitted = true
                } else {
                    inFootnote = false
                }
            }
            if !emitted {
                if let open = fence {
                    if let close = fenceRun(line), close.char == open.char, close.length >= open.length,
                       close.rest.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
                        fence = nil
                    }
                } else if let run = fenceRun(line),
                          run.char == UInt8(ascii: "~") || !run.rest.contains(UInt8(ascii: "`")) {
                    fence = (run.char, run.length)
                } else if isDefinitionStart(line) {
                    inFootnote = true
                    previousBlank = false
                }
                out += line
            }
            if end < bytes.count { out.append(10) }
            start = end + 1
        }
        return out
    }

    /// A fence run (three or more backticks or tildes after at most three spaces).
    private static func fenceRun(_ line: ArraySlice<UInt8>) -> (char: UInt8, length: Int, rest: ArraySlice<UInt8>)? {
        var i = line.startIndex, spaces = 0
        while i < line.endIndex, line[i] == 32, spaces < 4 { i += 1; spaces += 1 }
        guard spaces < 4, i < line.endIndex else { return nil }
        let c = line[i]
        guard c == UInt8(ascii: "`") || c == UInt8(ascii: "~") else { return nil }
        var j = i
        while j < line.endIndex, line[j] == c { j += 1 }
        return j - i >= 3 ? (c, j - i, line[j...]) : nil
    }

    /// `[^label]:` after at most three spaces.
    private static func isDefinitionStart(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex, spaces = 0
        while i < line.endIndex, line[i] == 32, spaces < 4 { i += 1; spaces += 1 }
        guard spaces < 4, i + 1 < line.endIndex, line[i] == UInt8(ascii: "["), line[i + 1] == UInt8(ascii: "^")
        else { return false }
        var j = i + 2
        while j < line.endIndex, line[j] != UInt8(ascii: "]") {
            if line[j] == 32 || line[j] == 9 { return false }
            j += 1
        }
        return j > i + 2 && j + 1 < line.endIndex && line[j + 1] == UInt8(ascii: ":")
    }

    /// The line without its first four columns of indentation, or nil when it has fewer.
    private static func dropFourColumns(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var column = 0
        var i = line.startIndex
        while column < 4, i < line.endIndex {
            if line[i] == 32 {
                column += 1
            } else if line[i] == 9 {
                let next = column + 4 - column % 4
                if next > 4 {
                    // A tab straddling column 4: keep the columns beyond it as spaces.
                    return ArraySlice(Array(repeating: 32, count: next - 4) + line[(i + 1)...])
                }
                column = next
            } else {
                return nil
            }
            i += 1
        }
        return column == 4 ? line[i...] : nil
    }
}
