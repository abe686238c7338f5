import Foundation

/// The differential fixtures: every `.rs` under `Fixtures/rust-src` and `Fixtures/extract-cases`,
/// and what can be learnt from their text alone (independently of the code under test).
enum Fixtures {
    /// The package root, found from this source file's location (`Tests/DocTestKitTests/Support`).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let roots = ["Fixtures/rust-src", "Fixtures/extract-cases"]

    /// Fixture paths relative to the package root, sorted (the test arguments).
    static let relativePaths: [String] = {
        var paths: [String] = []
        let fm = FileManager.default
        for root in roots {
            let base = "\(packageRoot)/\(root)"
            guard let enumerator = fm.enumerator(atPath: base) else { continue }
            while let entry = enumerator.nextObject() as? String {
                if entry.hasSuffix(".rs") { paths.append("\(root)/\(entry)") }
            }
        }
        return paths.sorted()
    }()

    static func absolute(_ relative: String) -> String { "\(packageRoot)/\(relative)" }

    /// The file's lines as an editor shows them: a leading BOM dropped, split at `\n` bytes with a
    /// `\r` before it removed (rustc's CRLF normalisation; a lone `\r` stays a character). Split on
    /// bytes, not `Character`s: in Swift `"\r\n"` is one `Character` and would not split at "\n".
    static func lines(ofFile path: String) throws -> [String] {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
        }
    }

    static let markerText = "kunitgen: rustdoc-line-wrong"

    /// Lines (1-based) of the code blocks where rustdoc's reported line is known to be wrong.
    /// A marker comment `// kunitgen: rustdoc-line-wrong (why)` stands before the item; it marks
    /// the first line after it that holds a fence (every doctest whose true line is that one:
    /// a macro body can produce several). `rustdoc-line-wrong[CONFIG_X]` applies only when
    /// `CONFIG_X` is set, `rustdoc-line-wrong[not CONFIG_X]` only when it is not (`cfgs` are the
    /// names set on top of rustdoc's defaults).
    static func rustdocWrongLines(_ lines: [String], cfgs: Set<String> = []) -> [(marker: Int, fence: Int?)] {
        var result: [(Int, Int?)] = []
        for (i, line) in lines.enumerated() {
            guard let range = line.range(of: markerText) else { continue }
            let after = line[range.upperBound...]
            if after.hasPrefix("["), let close = after.firstIndex(of: "]") {
                let condition = after[after.index(after: after.startIndex)..<close]
                let applies = condition.hasPrefix("not ")
                    ? !cfgs.contains(String(condition.dropFirst(4)))
                    : cfgs.contains(String(condition))
                if !applies { continue }
            }
            let fence = lines.indices.dropFirst(i + 1).first { lines[$0].contains("```") || lines[$0].contains("~~~") }
            result.append((i + 1, fence.map { $0 + 1 }))
        }
        return result
    }

    /// Whether `line` opens a fenced code block after its doc-comment prefix (`///`, `//!`, `*`,
    /// `/**`, `/*!`, block quote and list markers), or holds one inside a `#[doc = "..."]` string.
    static func opensFence(_ line: String) -> Bool {
        var rest = Substring(line)
        func dropBlanks() { rest = rest.drop { $0 == " " || $0 == "\t" } }
        dropBlanks()
        for prefix in ["///", "//!", "/**", "/*!", "*"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        while true {
            dropBlanks()
            if rest.hasPrefix(">") { rest = rest.dropFirst(); continue }
            if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") { rest = rest.dropFirst(2); continue }
            break
        }
        if rest.hasPrefix("```") || rest.hasPrefix("~~~") { return true }
        return ["\"```", "\\n```", "\"~~~", "\\n~~~"].contains { line.contains($0) }
    }

    /// Whether `line` can be where a doctest starts: it opens a fence, or (indented code block) it
    /// holds the block's first code line (`firstCodeLine` from `original_code`, hidden markers gone).
    static func isStartLine(_ line: String, firstCodeLine: String) -> Bool {
        if opensFence(line) { return true }
        let code = firstCodeLine.trimmingCharacters(in: .whitespaces)
        return !code.isEmpty && line.contains(code)
    }
}
