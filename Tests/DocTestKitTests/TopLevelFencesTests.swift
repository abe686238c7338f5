import Foundation
import Testing
@testable import DocTestKit

/// `TopLevelFences` must find exactly cmark's code blocks wherever it answers: both are run on
/// generated Markdown, on every doc comment of the fixtures (also line-shuffled), and on the
/// Markdown of the other code-block tests.
struct TopLevelFencesTests {
    /// (fast path's blocks, cmark's blocks); the first is nil when the fast path declined.
    static func bothPaths(_ text: String) -> ([CodeBlock]?, [CodeBlock]) {
        Array(text.utf8).withUnsafeBufferPointer { b in
            (TopLevelFences.codeBlocks(b), CodeBlockFinder.cmarkCodeBlocks(b))
        }
    }

    /// Checks one text; returns whether the fast path answered.
    @discardableResult
    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let (fast, cmark) = bothPaths(text)
        guard let fast else { return false }
        #expect(fast == cmark, "\(text.debugDescription)", sourceLocation: sourceLocation)
        return true
    }

    /// Lines chosen to sit near every rule of the fast path: fences of both kinds and lengths,
    /// closing fences with indentation, info strings with escapes, entities, backticks, tabs;
    /// and lines the fast path must refuse (containers, HTML, setext, indentation, CR, NUL).
    static let pieces: [String] = [
        "", "", "", " ", "\t", "  \t ", "Text line.", "# Examples", "#not a heading", "## Safety",
        "[`Arc`] is a type.", "[a]: /url", "`inline` code", "``two``", "\u{00A0}nbsp start", "é accent",
        "```", "```", "```", "```rust", "``` rust ", "```ignore", "```should_panic,edition2021",
        "````", "````text", "~~~", "~~~", "~~~rust", "~~~ `x`", "``` a`b", "```\trust\t", "```rust&amp;",
        "```a\\_b", "```\u{0B}x", "`````", "   ```", "    ```", " ```", "  ~~~", "``` ", "```\t", "~~~~ ",
        "\t```", " \t```", "```x```", "let x = 1;", "# let hidden = 2;", "    indented();", "\tstruct T;",
        "  two spaces", "> quote", "- item", "* item", "+ item", "1. one", "2) two", "---", "===", "***",
        "___", "<div>", "<!-- c -->", "-->", "\r", "a\rb", "nul\u{0}x", "\u{FEFF}bom", "\u{FEFF}```",
        "fn main() {}", "}", "assert_eq!(a, b);", "# Ok::<(), Error>(())",
    ]

    @Test func generatedMarkdown() {
        var generator = SeededGenerator(seed: 0xF3_0CE5)
        var answered = 0
        let total = 20_000
        for _ in 0..<total {
            let count = Int.random(in: 1...14, using: &generator)
            var lines: [String] = []
            for _ in 0..<count { lines.append(Self.pieces.randomElement(using: &generator)!) }
            var text = lines.joined(separator: "\n")
            if Bool.random(using: &generator) { text += "\n" }
            if Self.expectSame(text) { answered += 1 }
        }
        // The generator must keep exercising the fast path, not only its refusals.
        #expect(answered > total / 10, "fast path answered \(answered) of \(total)")
    }

    /// Only fence-ish and plain lines: the fast path answers almost always, so the comparison
    /// covers nesting of fence kinds and lengths thoroughly.
    @Test func generatedFences() {
        let plain = ["", "text", "```", "````", "~~~", "~~~~", "```rust", "~~~ignore", " ```", "   ````", "    ```",
                     "``` ", "```` \t", "code", "  code", "\tcode", "# hidden", "``x", "~~"]
        var generator = SeededGenerator(seed: 0xF3_0CE6)
        var answered = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...10, using: &generator)
            var text = (0..<count).map { _ in plain.randomElement(using: &generator)! }.joined(separator: "\n")
            if Bool.random(using: &generator) { text += "\n" }
            if Self.expectSame(text) { answered += 1 }
        }
        #expect(answered > 10_000, "fast path answered \(answered)")
    }

    static func fixtureDocTexts() throws -> [String] {
        let scanner = RustFileScanner(cfg: CfgSet.rustdocDefault(adding: []).cfg)
        var texts: [String] = []
        for path in Fixtures.relativePaths {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.absolute(path))))
            texts += scanner.scan(SourceFile(path: path, bytes: bytes)).docComments.map(\.text)
        }
        return texts
    }

    @Test func fixtureDocComments() throws {
        let texts = try Self.fixtureDocTexts()
        var answered = 0, withBlocks = 0
        for text in texts where Self.expectSame(text) {
            answered += 1
            if !(Self.bothPaths(text).1.isEmpty) { withBlocks += 1 }
        }
        #expect(withBlocks > 50, "fast path answered \(answered) of \(texts.count), \(withBlocks) with code blocks")
    }

    /// Fixture doc comments with their lines shuffled, duplicated and mixed across comments.
    @Test func mixedFixtureLines() throws {
        let lines = try Self.fixtureDocTexts().flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        try #require(lines.count > 100)
        var generator = SeededGenerator(seed: 0xF3_0CE7)
        for _ in 0..<10_000 {
            let count = Int.random(in: 1...20, using: &generator)
            Self.expectSame((0..<count).map { _ in String(lines.randomElement(using: &generator)!) }
                .joined(separator: "\n"))
        }
    }

    @Test func markdownOfTheOtherTests() {
        for row in CodeBlockFinderTests.oracleRows { Self.expectSame(row.markdown) }
        for example in CodeBlockSpecTests.examples { Self.expectSame(example.markdown) }
    }

    @Test func refusesWhatItCannotRead() {
        for text in ["- a\n```\nx\n```", "> ```\nx", "<div>\n```\nx", "text\n    code", "a\r\n```\nx\n```",
                     "```\nx\u{0}\n```", "\u{FEFF}```\nx\n```", "```a\\b\nx\n```", "```a&amp;\nx\n```", "\tx"] {
            #expect(Self.bothPaths(text).0 == nil, "\(text.debugDescription)")
        }
    }
}
