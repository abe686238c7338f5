import Foundation
import Testing
import TestSupport

/// Whatever a tree holds, the generated Rust parses: doc examples that do not parse are left out
/// with a finding, paths with control or bidi characters are escaped once, and the file is
/// checked by rustc's own parser here.
@Suite struct GenerateHostileInputTests {
    static func tree(_ files: [String: String]) throws -> String {
        let root = Scratch.directory("hostile")
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func parses(_ file: String) throws -> ToolOutput {
        try Tool.run("rustc", ["-Zparse-crate-root-only", "--edition", "2021", "--crate-type", "lib", file],
                     environment: ["RUSTC_BOOTSTRAP": "1"])
    }

    @Test(arguments: [
        ("unterminated comment", "/* never closed"),
        ("unterminated string", "let s = \"never closed;"),
        ("unterminated raw string", "let s = r#\"never closed;"),
        ("escape from the test function", "}}\n#[no_mangle]\npub extern \"C\" fn evil() {{"),
    ])
    func unparsableExamplesAreLeftOutWithAFinding(name: String, code: String) throws {
        let doc = code.split(separator: "\n", omittingEmptySubsequences: false).map { "/// " + $0 }.joined(separator: "\n")
        let root = try Self.tree(["rust/kernel/lib.rs": "//! Crate.\n\n/// ```\n/// assert!(true);\n/// ```\n///\n/// ```\n\(doc)\n/// ```\npub fn f() {}\n"])
        let out = Scratch.directory("hostile-out")
        let result = try CLI.run(["generate", "--srctree", root, "--out", out])
        #expect(result.status == 0, "\(name): \(result.output)")
        #expect(result.stderr.contains("warning: doctest code does not parse"), "\(name): \(result.stderr)")
        #expect(result.stdout.contains("1 KUnit cases"), "\(name): \(result.stdout)")
        let rust = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        #expect(!rust.contains("fn evil"))
        let parsed = try Self.parses(out + "/doctests_kernel_generated.rs")
        #expect(parsed.status == 0, "\(name): \(parsed.output)")
    }

    /// `#[path]` names with an escape character and a right-to-left override: escaped in the
    /// string literals (once: `\u{1b}`, not `\u{{1b}}` inside `fmt!`), so rustc parses the file
    /// and its deny-by-default bidi lint has nothing to reject.
    @Test func controlAndBidiCharactersInPathsAreEscaped() throws {
        let example = "/// ```\n/// assert!(true);\n/// ```\npub fn g() {}\n"
        let root = try Self.tree([
            "rust/kernel/lib.rs": "//! Crate.\n#[path = \"we\\u{1b}ird.rs\"]\nmod a;\n#[path = \"r\\u{202e}tl.rs\"]\nmod b;\n",
            "rust/kernel/we\u{1b}ird.rs": example,
            "rust/kernel/r\u{202e}tl.rs": example,
        ])
        let out = Scratch.directory("hostile-paths")
        let result = try CLI.run(["generate", "--srctree", root, "--out", out])
        #expect(result.status == 0, "\(result.output)")
        let rust = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        #expect(rust.contains(#"c"rust/kernel/we\u{1b}ird.rs""#))
        #expect(rust.contains(#".location: rust/kernel/we\u{1b}ird.rs:1\n"#))
        #expect(rust.contains(#"c"rust/kernel/r\u{202e}tl.rs""#))
        #expect(!rust.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x202e })
        let parsed = try Self.parses(out + "/doctests_kernel_generated.rs")
        #expect(parsed.status == 0, "\(parsed.output)")
    }
}
