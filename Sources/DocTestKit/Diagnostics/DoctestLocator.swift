import Foundation

/// Finds a doctest's code block again in its file (scanned with the options of the generation),
/// and so the true source line of each of its code lines and what precedes the code there.
struct DoctestLocator {
    let srctree: String
    let options: ExtractionOptions
    private var scans: [String: (lines: [Substring], blocks: [(doc: DocComment, block: CodeBlock)])?] = [:]

    init(srctree: String, options: ExtractionOptions) {
        self.srctree = srctree
        self.options = options
    }

    struct Source {
        let lines: [Substring]
        let doc: DocComment
        let block: CodeBlock

        /// Column (1-based) of the fence on its line.
        var fenceColumn: Int {
            let line = trueLine(block.docLine)
            guard line >= 1, line <= lines.count else { return 1 }
            let text = lines[line - 1]
            for fence in ["```", "~~~"] {
                if let range = text.range(of: fence) { return text[..<range.lowerBound].unicodeScalars.count + 1 }
            }
            return Self.prefixWidth(text) + 1
        }

        func trueLine(_ docLine: Int) -> Int { doc.trueLine(forDocLine: docLine) }

        /// Source line of code line `originalIndex` of the block, and the characters before
        /// `text` (that line of generated code) on it.
        /// (`shift` nil: the line does not spell the code out; `column` is where its text starts.)
        func place(originalIndex: Int, text: Substring) -> (line: Int, shift: Int?, column: Int)? {
            let line = trueLine(block.docLine + (block.isFenced ? 1 : 0) + originalIndex)
            guard line >= 1, line <= lines.count else { return nil }
            return (line, Self.shift(of: text, in: lines[line - 1]), Self.prefixWidth(lines[line - 1]) + 1)
        }

        /// Where `code` starts in the source line `source`: it is the line's end for a plain or a
        /// `# ` line (`/// # x` → `x`); a last line whose trailing comment rustdoc dropped is found
        /// by its start; anything else (an escaped or computed `#[doc = …]`) is nil.
        static func shift(of code: Substring, in source: Substring) -> Int? {
            let prefix = prefixWidth(source)
            let s = Array(source.unicodeScalars), c = Array(code.unicodeScalars)
            guard !c.isEmpty else { return prefix }
            if s.count >= c.count, Array(s[(s.count - c.count)...]) == c { return s.count - c.count }
            let st = trimmedTrailing(s), ct = trimmedTrailing(c)
            if !ct.isEmpty, st.count >= ct.count, Array(st[(st.count - ct.count)...]) == ct { return st.count - ct.count }
            if !ct.isEmpty, s.count >= ct.count {
                for start in prefix...(s.count - ct.count) where Array(s[start..<(start + ct.count)]) == ct { return start }
            }
            return nil
        }

        static func trimmedTrailing(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var s = s
            while let last = s.last, last.properties.isWhitespace { s.removeLast() }
            return s
        }

        /// Characters before a doc comment line's text: indentation, `///`/`//!`/`*`, one space.
        static func prefixWidth(_ source: Substring) -> Int {
            let s = Array(source.unicodeScalars)
            var i = 0
            while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
            if i + 2 < s.count, s[i] == "/", s[i + 1] == "/", s[i + 2] == "/" || s[i + 2] == "!" { i += 3 }
            else if i + 2 < s.count, s[i] == "/", s[i + 1] == "*", s[i + 2] == "*" || s[i + 2] == "!" { i += 3 }
            else if i < s.count, s[i] == "*" { i += 1 }
            if i < s.count, s[i] == " " { i += 1 }
            return i
        }
    }

    mutating func find(_ doctest: Doctest) -> Source? {
        if scans[doctest.file] == nil {
            scans[doctest.file] = .some(Self.scan(srctree: srctree, file: doctest.file, options: options))
        }
        guard let scan = scans[doctest.file] ?? nil else { return nil }
        let candidates = scan.blocks.filter { $0.doc.trueLine(forDocLine: $0.block.docLine) == doctest.line }
        let match = candidates.first { $0.doc.itemPath.last == doctest.itemPath.last && HiddenLines.codeText($0.block.text) == doctest.originalCode }
            ?? candidates.first { HiddenLines.codeText($0.block.text) == doctest.originalCode } ?? candidates.first
        guard let match else { return nil }
        return Source(lines: scan.lines, doc: match.doc, block: match.block)
    }

    static func scan(srctree: String, file: String, options: ExtractionOptions)
        -> (lines: [Substring], blocks: [(doc: DocComment, block: CodeBlock)])? {
        let path = file.hasPrefix("/") ? file : (srctree as NSString).appendingPathComponent(file)
        guard let source = try? SourceFile.read(path: path) else { return nil }
        let scan = options.scanner.scan(source)
        var blocks: [(doc: DocComment, block: CodeBlock)] = []
        for doc in scan.docComments {
            for block in CodeBlockFinder.codeBlocks(in: doc.text) { blocks.append((doc, block)) }
        }
        return (source.text.split(separator: "\n", omittingEmptySubsequences: false), blocks)
    }
}
