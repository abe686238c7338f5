import DocTestKit
import Foundation
import Testing
import TestSupport

/// Text diagnostics as compilers print them: with `--snippets` (the default on a terminal) the
/// source line and a caret under the column; colour on a terminal unless NO_COLOR.
@Suite struct SnippetCLITests {
    @Test func checkShowsTheSourceLineAndACaret() throws {
        let result = try CLI.run(["check", "--srctree", try KernelFixture.linux715(), "--snippets"])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("rust/helpers/helpers.c:63:1: warning: ") }, "\(result.stdout)")
        #expect(lines[at + 1] == " 63 | #include \"irq.c\"")
        #expect(lines[at + 2] == "    | ^")
        let plain = try CLI.run(["check", "--srctree", try KernelFixture.linux715()])
        #expect(!plain.stdout.contains(" 63 | "), "not a terminal: no snippets by default")
    }

    @Test func theCaretStandsUnderTheColumnWithTabsWidened() throws {
        let root = Scratch.directory("snippet")
        try "first\n\tlet x = 1;\n".write(toFile: root + "/a.rs", atomically: true, encoding: .utf8)
        var options = FindingRenderer.Options()
        options.snippetRoot = root
        let finding = Finding(location: SourceLocation(path: "a.rs", line: 2, column: 6), severity: .error, ruleID: "r", message: "m")
        #expect(FindingRenderer().render([finding], format: .text, options: options)
                == "a.rs:2:6: error: m [r]\n 2 |     let x = 1;\n   |         ^\n")
        options.colour = true
        options.snippetRoot = nil
        #expect(FindingRenderer().render([finding], format: .text, options: options)
                == "\u{1b}[1ma.rs:2:6:\u{1b}[0m \u{1b}[1;31merror:\u{1b}[0m m [r]\n")
    }
}
