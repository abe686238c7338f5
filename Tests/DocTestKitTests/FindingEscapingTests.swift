import Foundation
import Testing
@testable import DocTestKit

/// File names come from untrusted trees: a newline in one must not forge a diagnostic line, an
/// escape sequence must not reach the terminal, and SARIF URIs are percent-encoded.
@Suite struct FindingEscapingTests {
    static let hostile = Finding(location: SourceLocation(path: "rust/kernel/a\nrust/kernel/b.rs:1:1: error: forged\u{1b}[2J#?.rs", line: 3),
                                 severity: .warning, ruleID: "doctest-ignored", message: "bad \u{202e}text\r")

    @Test func textIsOneLineWithControlsEscaped() {
        let line = Self.hostile.gccStyle
        #expect(!line.contains("\n") && !line.contains("\r") && !line.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x202e })
        #expect(line == #"rust/kernel/a\x0arust/kernel/b.rs:1:1: error: forged\x1b[2J#?.rs:3:1: warning: bad \u{202e}text\x0d [doctest-ignored]"#)
    }

    @Test func sarifURIsArePercentEncoded() throws {
        let sarif = FindingRenderer().render([Self.hostile], format: .sarif)
        #expect(sarif.contains(#""uri": "rust/kernel/a%0Arust/kernel/b.rs%3A1%3A1%3A%20error%3A%20forged%1B%5B2J%23%3F.rs""#), "\(sarif)")
        #expect(FindingRenderer.sarifURI("rust/kernel/sync/arc.rs") == "rust/kernel/sync/arc.rs")
    }
}
