@testable import DocTestKit
import Testing

/// The doctest phase works on UTF-8 bytes for speed; these compare it with the former
/// `Character`/scalar implementations (kept here as references) on inputs chosen to tell
/// bytes, scalars and `Character`s apart.
@Suite struct ByteLevelEquivalenceTests {
    /// Pieces that stress line splitting, trimming and grapheme clustering.
    static let pieces = [
        "#", "##", "# ", "#\t", " ", "\t", "\n", "\r", "\r\n", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}",
        "\u{301}", "\u{1F600}", "x", "fn main() {}", "[", "::", "é", "\u{200B}", "\u{FEFF}",
    ]

    static func randomText(_ rng: inout SeededGenerator, maxPieces: Int = 12) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// `HiddenLines.codeText` as it was, on `Character`s and scalars.
    static func referenceCodeText(_ text: String) -> String {
        func trim(_ s: Substring) -> Substring {
            let scalars = s.unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            return Substring(scalars[first...last])
        }
        func codeLine(_ line: Substring) -> Substring {
            let trimmed = trim(line).unicodeScalars
            if trimmed.starts(with: "##".unicodeScalars) {
                let scalars = line.unicodeScalars
                guard let hash = scalars.firstIndex(of: "#") else { return line }
                let second = scalars.index(after: hash)
                return Substring(scalars[..<second]) + Substring(scalars[scalars.index(after: second)...])
            }
            if trimmed.starts(with: "# ".unicodeScalars) { return Substring(trimmed.dropFirst(2)) }
            if trimmed.elementsEqual("#".unicodeScalars) { return "" }
            return line
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(codeLine).joined(separator: "\n")
    }

    @Test func hiddenLinesMatchTheCharacterImplementation() {
        var rng = SeededGenerator(seed: 0x4869_6464)
        for _ in 0..<5_000 {
            let text = Self.randomText(&rng)
            #expect(HiddenLines.codeText(text) == Self.referenceCodeText(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func hiddenLinesKeepCarriageReturnNewlineTogether() {
        // Swift's split never cut "\r\n" (one Character); the byte version must not either.
        #expect(HiddenLines.codeText("# a\r\n# b") == Self.referenceCodeText("# a\r\n# b"))
        #expect(HiddenLines.codeText("\u{A0}# x\u{3000}\n##y") == "x\n#y")
    }

    @Test func trimmedBoundsMatchRustTrim() {
        var rng = SeededGenerator(seed: 0x5472_696D)
        for _ in 0..<2_000 {
            let text = Self.randomText(&rng)
            let bytes = Array(text.utf8)
            let (lo, hi) = HiddenLines.trimmedBounds(bytes, 0, bytes.count)
            let scalars = text.unicodeScalars
            let expected = scalars.drop(while: { $0.properties.isWhitespace })
                .reversed().drop(while: { $0.properties.isWhitespace }).reversed()
            #expect(Array(String(decoding: bytes[lo..<hi], as: UTF8.self).unicodeScalars) == Array(expected))
        }
    }

    @Test func doctestNamesMatchTheCharacterFilter() {
        var rng = SeededGenerator(seed: 0x4E61_6D65)
        for _ in 0..<2_000 {
            let path = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.randomText(&rng, maxPieces: 4) }
            var reference = path.joined(separator: "::").filter { $0 != " " }
            if !reference.isEmpty { reference += " " }
            #expect(Doctest.name(file: "f.rs", itemPath: path, line: 7) == "f.rs - \(reference)(line 7)")
        }
    }

    @Test func crateLevelAndCodeAreBuiltFromBytes() {
        let builder = DoctestBuilder(crateName: "kernel", edition: "2021")
        // Expectations from kunitgen before the byte rewrite (main at 9eb0347).
        let prepared = builder.prepare(
            originalCode: "#![feature(x)]\n#![allow(y)]\nextern crate kernel;\n \u{3000}\nlet é = 1; // (())",
            attributes: LangString())
        #expect(prepared.crateLevel
            == "#![allow(unused)]\n#![feature(x)]\n\n#![allow(y)]\n\nextern crate kernel;\n \u{3000}\n")
        #expect(prepared.code == "let é = 1;")
        #expect(prepared.wrapper?.returnsResult == false)
        #expect(DoctestBuilder.contains(Array("ab kernel".utf8), "kernel".utf8))
        #expect(!DoctestBuilder.contains(Array("kerne".utf8), "kernel".utf8))
        #expect(DoctestBuilder.contains([UInt8](), "".utf8))
    }
}
