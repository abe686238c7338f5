import DocTestKit
import Foundation
import Testing

/// SplitMix64: a fixed seed gives the same choices on every run and machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A fixture file as lines (without their `\n`), to mutate and extract again.
struct MutableSource {
    var lines: [[UInt8]]
    var endsWithNewline: Bool

    init(_ bytes: [UInt8]) {
        var parts = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        endsWithNewline = bytes.last == 10
        if endsWithNewline { parts.removeLast() }
        lines = parts
    }

    func bytes(lineEnd: [UInt8] = [10]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, line) in lines.enumerated() {
            out += line
            if i + 1 < lines.count || endsWithNewline { out += lineEnd }
        }
        return out
    }

    /// Leading spaces/tabs and the `///` or `//!` marker of a line, nil when it is not a line doc comment.
    func docPrefix(ofLine index: Int) -> [UInt8]? {
        guard lines.indices.contains(index) else { return nil }
        let line = lines[index]
        let indent = line.prefix { $0 == 32 || $0 == 9 }
        let rest = line.dropFirst(indent.count)
        guard rest.starts(with: Array("///".utf8)) || rest.starts(with: Array("//!".utf8)) else { return nil }
        if rest.starts(with: Array("////".utf8)) { return nil }  // four slashes: a plain comment
        return Array(indent) + Array(rest.prefix(3))
    }
}

/// Metamorphic properties of the extraction, on the real fixture files: edits that must not
/// change a file's doctests (only move them by a line). Each test checks its own precondition
/// (the fixture has a place for the edit) so that a fixture change cannot make it vacuous.
@Suite struct PropertyTests {
    static let extractor = DoctestExtractor(options: ExtractionOptions(cfg: CfgSet.rustdocDefault(adding: []).cfg))

    static func doctests(_ bytes: [UInt8], path: String) -> [Doctest] {
        extractor.extract(from: SourceFile(path: path, bytes: bytes)).doctests
    }

    static func fixture(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.absolute(relative))))
    }

    /// Same tests, with every line at or after `line` (1-based) one further down.
    static func expectShifted(_ original: [Doctest], _ mutated: [Doctest], insertedBefore line: Int, _ what: String) {
        #expect(original.count == mutated.count, "\(what): test count")
        for (a, b) in zip(original, mutated) {
            let delta = a.line >= line ? 1 : 0
            #expect(b.line == a.line + delta, "\(what): line \(a.line)")
            #expect(b.rustdocLine == a.rustdocLine + delta, "\(what): rustdoc line of the test at \(a.line)")
            #expect(b.originalCode == a.originalCode, "\(what): code of the test at \(a.line)")
            #expect(b.prepared == a.prepared, "\(what): prepared code of the test at \(a.line)")
            #expect(b.attributes == a.attributes && b.itemPath == a.itemPath, "\(what): test at \(a.line)")
        }
    }

    static var filesWithTests: [String] {
        Fixtures.relativePaths.filter { path in
            guard let bytes = try? fixture(path) else { return false }
            return !doctests(bytes, path: path).isEmpty
        }
    }

    @Test("a blank doc line before a fence keeps every test", arguments: filesWithTests)
    func blankDocLineBeforeFence(_ path: String) throws {
        let bytes = try Self.fixture(path)
        let source = MutableSource(SourceFile(path: path, bytes: bytes).bytes)
        let original = Self.doctests(source.bytes(), path: path)
        // Fences written as `///` / `//!` lines (not #[doc] strings or block comments).
        let candidates = original.filter { $0.origin == .source }.map(\.line).filter { line in
            guard let prefix = source.docPrefix(ofLine: line - 1) else { return false }
            let rest = source.lines[line - 1].dropFirst(prefix.count).drop { $0 == 32 }
            return rest.starts(with: Array("```".utf8)) || rest.starts(with: Array("~~~".utf8))
        }
        try #require(!candidates.isEmpty, "no `///` fence in \(path)")
        var generator = SeededGenerator(seed: 0x5EED_0001 &+ UInt64(path.utf8.count))
        for line in Set((0..<3).compactMap { _ in candidates.randomElement(using: &generator) }).sorted() {
            var mutated = source
            mutated.lines.insert(source.docPrefix(ofLine: line - 1) ?? [], at: line - 1)
            Self.expectShifted(original, Self.doctests(mutated.bytes(), path: path), insertedBefore: line,
                               "\(path): blank doc line before line \(line)")
        }
    }

    @Test("a plain // comment line before a doc comment shifts lines only", arguments: filesWithTests)
    func plainCommentBetweenItems(_ path: String) throws {
        let source = MutableSource(SourceFile(path: path, bytes: try Self.fixture(path)).bytes)
        let original = Self.doctests(source.bytes(), path: path)
        // The first line of an item's doc comment: a `///` / `//!` line after the file's start, a
        // blank line, a plain comment or the end of the previous item. Not after an attribute: a
        // comment between two doc fragments of one item does not move rustdoc's line, which
        // counts lines of the joined doc from the first fragment.
        let starts = source.lines.indices.filter { index in
            guard let prefix = source.docPrefix(ofLine: index) else { return false }
            guard index > 0 else { return true }
            // `//!` inside an item continues the item's outer docs (one joined doc, like attributes).
            // Only a file's leading `//!` block (after comments and blank lines) is safe.
            if prefix.last == UInt8(ascii: "!") {
                return source.lines[..<index].allSatisfy { line in
                    let text = line.filter { $0 != 32 && $0 != 9 }
                    return text.isEmpty || (text.starts(with: Array("//".utf8)) && !text.starts(with: Array("//!".utf8)))
                }
            }
            guard source.docPrefix(ofLine: index - 1) == nil else { return false }
            let previous = source.lines[index - 1].filter { $0 != 32 && $0 != 9 }
            return previous.isEmpty || previous.last == UInt8(ascii: "}") || previous.last == UInt8(ascii: ";")
                || previous.starts(with: Array("//".utf8))
        }
        try #require(!starts.isEmpty, "no line doc comment in \(path)")
        var generator = SeededGenerator(seed: 0x5EED_0002 &+ UInt64(path.utf8.count))
        for index in Set((0..<4).compactMap { _ in starts.randomElement(using: &generator) }).sorted() {
            var mutated = source
            let indent = source.lines[index].prefix { $0 == 32 || $0 == 9 }
            mutated.lines.insert(Array(indent) + Array("// a plain comment, not documentation".utf8), at: index)
            Self.expectShifted(original, Self.doctests(mutated.bytes(), path: path), insertedBefore: index + 1,
                               "\(path): comment before line \(index + 1)")
        }
    }

    @Test("CRLF, mixed line ends and a BOM change nothing", arguments: Fixtures.relativePaths)
    func lineEndsAndBOM(_ path: String) throws {
        let lf = MutableSource(SourceFile(path: path, bytes: try Self.fixture(path)).bytes)
        let original = Self.doctests(lf.bytes(), path: path)
        let crlf = lf.bytes(lineEnd: [13, 10])
        #expect(Self.doctests(crlf, path: path) == original, "CRLF")
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(Self.doctests(bom + lf.bytes(), path: path) == original, "BOM")
        #expect(Self.doctests(bom + crlf, path: path) == original, "BOM + CRLF")
        // Some lines CRLF, some LF, chosen by the seeded generator.
        var generator = SeededGenerator(seed: 0x5EED_0003)
        var mixed: [UInt8] = []
        for (i, line) in lf.lines.enumerated() {
            mixed += line
            if i + 1 < lf.lines.count || lf.endsWithNewline { mixed += Bool.random(using: &generator) ? [13, 10] : [10] }
        }
        #expect(Self.doctests(mixed, path: path) == original, "mixed line ends")
    }

    @Test("indenting the whole file leaves the test code unchanged", arguments: filesWithTests)
    func wholeFileIndentation(_ path: String) throws {
        let source = MutableSource(SourceFile(path: path, bytes: try Self.fixture(path)).bytes)
        let original = Self.doctests(source.bytes(), path: path)
        // Lines that start inside a string literal or a comment spanning lines keep their
        // indentation, as rustfmt keeps it: there it is content (a multi-line `#[doc = "..."]`
        // string's indentation is part of the doc, and rustdoc unindents by the least indentation
        // of all lines, 0 for the line after the opening quote).
        let inside = Self.linesStartingInsideTokens(source.bytes())
        for indent in [Array("    ".utf8), [9]] {
            var mutated = source
            mutated.lines = source.lines.enumerated().map { i, line in line.isEmpty || inside.contains(i + 1) ? line : indent + line }
            let indented = Self.doctests(mutated.bytes(), path: path)
            #expect(indented.count == original.count, "\(path): test count")
            for (a, b) in zip(original, indented) {
                #expect(b.line == a.line && b.rustdocLine == a.rustdocLine, "\(path): line \(a.line)")
                #expect(b.originalCode == a.originalCode, "\(path): code of the test at \(a.line)")
                #expect(b.prepared == a.prepared, "\(path): prepared code of the test at \(a.line)")
            }
        }
    }

    /// 1-based lines whose first byte is inside a multi-line token (string, comment, doc comment).
    static func linesStartingInsideTokens(_ bytes: [UInt8]) -> Set<Int> {
        var lines = Set<Int>()
        for token in RustLexer(bytes: bytes).tokenize().tokens where token.kind != .whitespace {
            var line = token.line
            for offset in token.start..<min(token.end, bytes.count) where bytes[offset] == 10 {
                line += 1
                if offset + 1 < token.end { lines.insert(line) }
            }
        }
        return lines
    }
}
