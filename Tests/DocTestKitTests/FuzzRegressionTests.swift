import Foundation
import Testing
@testable import DocTestKit

/// Inputs the fuzzer (`scripts/fuzz`) found crashing, kept inline so they never come back.
@Suite struct FuzzRegressionTests {
    /// ktap, 2026-12-02: a plan beyond Int (`1..88888888888888888881`) was read as Int.max, and
    /// the missing-subtests arithmetic (`expected + 1`) trapped on overflow.
    @Test func aPlanBeyondIntDoesNotOverflow() throws {
        let input = "TAP version 13\n0]\n[\n  # Subqest: suite\n  1..88888888888888888881\n    # Su 13\n1.\u{0}e\n \u{e5}\u{90}k "
        let run = KTAPParser.parse(input)
        #expect(!run.nodes.isEmpty)
        #expect(KTAPMatch.plan("1..88888888888888888881") == Int(Int32.max))
        #expect(KTAPMatch.plan("  1..42") == 42)
    }

    /// scanner, 2026-12-02: a few kilobytes of macros invoking each other ten times a level expand
    /// to 10^7 items; the file's expansion budget stops that with a note (1.7 s → 0.08 s on the
    /// fuzzer's input), and what fits is still extracted.
    @Test func nestedMacroFanOutIsBounded() {
        var source = "macro_rules! m0 { () => { /// ```\n/// let x = 1;\n/// ```\npub fn f() {} }; }\n"
        for level in 1...7 {
            source += "macro_rules! m\(level) { () => { /// level\npub fn g() {} " + String(repeating: "m\(level - 1)!(); ", count: 10) + "}; }\n"
        }
        source += "m7!();\n"
        let result = DoctestExtractor(options: ExtractionOptions()).extract(from: SourceFile(path: "fan.rs", text: source))
        #expect(result.findings.contains { $0.ruleID == "macro-not-expanded" && $0.message.contains("macro budget") })
        #expect(result.doctests.count > 0 && result.doctests.count < 1_000_000)
    }
}
