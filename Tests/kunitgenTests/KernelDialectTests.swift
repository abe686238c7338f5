import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// The generated files' layout is read from the tree's `scripts/rustdoc_test_gen.rs`: a tree whose
/// script writes another layout (as 6.x's do: `"{real_path}"` for `c_str!`, `format_args!`, no
/// `#![allow(unreachable_pub, …)]`, a `+ 1` anchor) gets that layout, and a script kunitgen cannot
/// read is an error naming what it found, never a silently wrong file.
@Suite struct KernelDialectTests {
    /// A copy of the 7.1.5 tree (sources, the generator script) to edit.
    static func treeCopy(_ name: String) throws -> String {
        let copy = Scratch.directory("dialect-\(name)")
        let result = try Tool.run("cp", ["-a", try KernelFixture.linux715() + "/.", copy])
        #expect(result.status == 0, "\(result.output)")
        return copy
    }

    static func edit(_ path: String, _ replacements: [(String, String)]) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "\(path) no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The 6.x spellings, as edits of 7.1.5's template text.
    static let olderLayout: [(String, String)] = [
        (#"c"{real_path}""#, #""{real_path}""#),
        ("::kernel::kunit::info(fmt!(", "::kernel::kunit::info(format_args!("),
        ("        #![allow(unreachable_pub, clippy::disallowed_names)]\n", ""),
        ("{body_offset} + 2;", "{body_offset} + 1;"),
    ]

    /// The same edits on the output, where each template change lands.
    static let olderOutput: [(String, String)] = [
        (#", c"rust/kernel/"#, #", "rust/kernel/"#),
        ("::kernel::kunit::info(fmt!(", "::kernel::kunit::info(format_args!("),
        ("        #![allow(unreachable_pub, clippy::disallowed_names)]\n", ""),
    ]

    @Test func anOlderScriptsLayoutIsEmittedExactly() throws {
        let tree = try Self.treeCopy("older")
        try Self.edit(tree + "/scripts/rustdoc_test_gen.rs", Self.olderLayout)
        let out = Scratch.directory("dialect-older-out")
        let result = try CLI.run(["generate", "--srctree", tree, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        var expected = try String(contentsOfFile: try KernelFixture.anchor715("none") + "/doctests_kernel_generated.rs", encoding: .utf8)
        for (old, new) in Self.olderOutput { expected = expected.replacingOccurrences(of: old, with: new) }
        // The anchor's second term follows the template: `+ N + 2` became `+ N + 1`.
        expected = expected.replacingOccurrences(of: #"(static __DOCTEST_ANCHOR: i32 = ::core::line!\(\) as i32 \+ \d+) \+ 2;"#,
                                                 with: "$1 + 1;", options: .regularExpression)
        let ours = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        #expect(ours == expected, "\(KernelAnchorTests.firstDifference(expected, ours))")
    }

    /// A tree whose `#[pin_data]` is token-based (`macro_rules! __pin_data`, as 6.6–6.18 have it)
    /// makes rustdoc count a `#[pin_data]` struct's doc lines from the attribute: measured on the
    /// kernel's own output for 6.6 (`sync/condvar.rs`: docs from 21, fence 36, `#[pin_data]` at
    /// 73 → 88), 6.12 and 6.18 (docs/kernel-dialects.md). The same layout on the 7.1.5 tree, with
    /// such a macro file added, must give `#[pin_data]` line + (fence − first doc line).
    @Test func aTokenBasedPinDataShiftsRustdocsLines() throws {
        let tree = try Self.treeCopy("pin-data")
        try "macro_rules! __pin_data {\n    () => {};\n}\n".write(toFile: tree + "/rust/pin-init/src/macros.rs", atomically: true, encoding: .utf8)
        let lines = try String(contentsOfFile: tree + "/rust/kernel/sync/condvar.rs", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let pinData = try #require(lines.firstIndex { $0.hasPrefix("#[pin_data") }) + 1
        var firstDoc = pinData - 1
        while firstDoc > 1, lines[firstDoc - 2].hasPrefix("///") { firstDoc -= 1 }
        let fence = try #require(lines[(firstDoc - 1)...].firstIndex { $0.hasPrefix("/// ```") }) + 1
        let expected = pinData + (fence - firstDoc)
        let out = Scratch.directory("pin-data-out")
        let result = try CLI.run(["generate", "--srctree", tree, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let rust = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        #expect(rust.contains(".location: rust/kernel/sync/condvar.rs:\(expected)\\n"), "expected line \(expected) (fence \(fence))")
        #expect(!rust.contains(".location: rust/kernel/sync/condvar.rs:\(fence)\\n"))
        // Without the macro file (7.1.5 as it is) the fence's own line stays.
        let plain = try String(contentsOfFile: try KernelFixture.anchor715("none") + "/doctests_kernel_generated.rs", encoding: .utf8)
        #expect(plain.contains(".location: rust/kernel/sync/condvar.rs:\(fence)\\n"))
    }

    @Test func anUnknownPlaceholderIsAnErrorNamingIt() throws {
        let tree = try Self.treeCopy("unknown")
        try Self.edit(tree + "/scripts/rustdoc_test_gen.rs", [("__DOCTEST_ANCHOR - {line}, $cond", "__DOCTEST_ANCHOR - {line}, {column}, $cond")])
        let out = Scratch.directory("dialect-unknown-out")
        let result = try CLI.run(["generate", "--srctree", tree, "--out", out])
        #expect(result.status == 2)
        #expect(result.stderr.contains("scripts/rustdoc_test_gen.rs:1: error: unrecognised doctest generator: the test function template uses `{column}`"), "\(result.stderr)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out)) == [], "nothing may be written")
    }

    @Test func aScriptWithoutTheTemplateIsAnError() throws {
        let tree = try Self.treeCopy("missing")
        try "fn main() { println!(\"hello\"); }\n".write(toFile: tree + "/scripts/rustdoc_test_gen.rs", atomically: true, encoding: .utf8)
        let result = try CLI.run(["generate", "--srctree", tree, "--dry-run"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("expected one test function template (`pub extern \"C\" fn {kunit_name}`), found 0"), "\(result.stderr)")
    }

    /// The built-in layout (for trees without the script) is 7.1.5's script, read the same way.
    @Test func theBuiltinLayoutIsLinux71s() throws {
        let script = try String(contentsOfFile: try KernelFixture.linux715() + "/scripts/rustdoc_test_gen.rs", encoding: .utf8)
        let read = try KernelDialect.parse(script, origin: "x")
        let builtin = KernelDialect.builtin
        #expect(read.testFunction == builtin.testFunction)
        #expect(read.rustFile == builtin.rustFile)
        #expect(read.cFile == builtin.cFile)
        #expect(read.cDeclaration == builtin.cDeclaration)
        #expect(read.cCase == builtin.cCase)
    }

    @Test func formatTemplatesFollowRustsFormatSyntax() throws {
        let template = try FormatTemplate(parsing: "a {{b}} {c} fmt!(\"{d}\") {{{{")
        #expect(template.argumentNames == ["c", "d"])
        #expect(template.render(["c": "{x}", "d": "{y}"]) == "a {b} {x} fmt!(\"{{y}}\") {{")
        #expect(throws: FormatTemplate.ParseError.self) { try FormatTemplate(parsing: "a } b") }
        #expect(throws: FormatTemplate.ParseError.self) { try FormatTemplate(parsing: "a {b") }
        #expect(throws: FormatTemplate.ParseError.self) { try FormatTemplate(parsing: "{0:?}") }
    }

    /// rustdoc's test id keeps Unicode alphanumerics (`char::is_alphanumeric`); the body names its
    /// inner function after it and the kernel builder's rewrites apply.
    @Test func bodiesAreWhatTheKernelsBuilderWrites() {
        #expect(KernelDoctestBody.testID(file: "rust/kernel/sync/arc.rs", rustdocLine: 42, number: 1) == "rust_kernel_sync_arc_rs_42_1")
        let plain = PreparedCode(crateLevel: "#![allow(unused)]\n", code: "let x = 1;",
                                 wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false))
        #expect(KernelDoctestBody.text(plain, id: "id") == "#![allow(unused)]\nfn main() { #[allow(non_snake_case)] fn _doctest_main_id() {\nlet x = 1;\n} _doctest_main_id() }")
        #expect(KernelDoctestBody.offset(KernelDoctestBody.text(plain, id: "id")) == 2)
        let result = PreparedCode(crateLevel: "", code: "Ok::<(), Error>(())",
                                  wrapper: .init(before: "", after: "", returnsResult: true))
        #expect(KernelDoctestBody.text(result, id: "i").hasSuffix("} let test_return_value = _doctest_main_i(); assert!(test_return_value.is_ok()); }"))
    }
}
