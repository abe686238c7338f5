@testable import DocTestKit
import Foundation
import Testing
import TestSupport

/// `generate --dry-run --renames REV` on a git history built here: examples added, removed,
/// moved and edited. The oracle is the generated files of each revision: which case name holds
/// which code.
@Suite struct RenamesCLITests {
    static let v1: [String: String] = [
        "rust/kernel/lib.rs": "//! Test crate.\n\npub mod a;\npub mod b;\npub mod c;\n",
        "rust/kernel/a.rs": """
            /// ```
            /// let one = 1;
            /// ```
            pub fn one() {}

            /// ```
            /// let two = 2;
            /// ```
            pub fn two() {}

            /// Text.
            ///
            /// ```
            /// # let hidden = 0;
            /// let three = 3;
            /// ```
            pub fn three() {}

            """,
        "rust/kernel/b.rs": "/// ```\n/// let bee = 1;\n/// ```\npub fn bee() {}\n",
        "rust/kernel/c.rs": "/// ```\n/// let cee = 1;\n/// ```\npub fn cee() {}\n",
    ]

    /// An example added at the top, `two` removed, `three` moved above `one` (same item, same
    /// code), `cee`'s code edited; `b.rs` untouched.
    static let v2: [String: String] = [
        "rust/kernel/a.rs": """
            /// ```
            /// let zero = 0;
            /// ```
            pub fn zero() {}

            /// Text, moved.
            ///
            /// ```
            /// # let hidden = 0;
            /// let three = 3;
            /// ```
            pub fn three() {}

            /// ```
            /// let one = 1;
            /// ```
            pub fn one() {}

            """,
        "rust/kernel/c.rs": "/// ```\n/// let cee = 2;\n/// ```\npub fn cee() {}\n",
    ]

    static func write(_ files: [String: String], to root: String) throws {
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
    }

    static func git(_ root: String, _ arguments: String...) throws {
        let result = try Tool.run(URL(fileURLWithPath: "/usr/bin/git"),
                                  ["-C", root, "-c", "user.name=Test", "-c", "user.email=test@example.org",
                                   "-c", "commit.gpgsign=false"] + arguments)
        try #require(result.status == 0, "git \(arguments): \(result.output)")
    }

    /// Case name → its code (the `let` lines of the test), from a generated Rust file.
    static func oracle(_ root: String) throws -> [String: String] {
        let out = Scratch.directory("renames-out")
        let result = try CLI.run(["generate", "--srctree", root, "--out", out])
        try #require(result.status == 0, "\(result.output)")
        let text = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        var names: [String: String] = [:]
        for chunk in text.components(separatedBy: "pub extern \"C\" fn ").dropFirst() {
            let name = String(chunk.prefix { $0 != "(" })
            let code = chunk.split(separator: "\n").filter { $0.hasPrefix("let ") && !$0.hasPrefix("let hidden") && !$0.hasPrefix("let test_") }
            names[name] = code.joined(separator: "\n")
        }
        return names
    }

    /// A repository with v1 committed and v2 in the work tree, and each one's case → code.
    static func history(_ name: String) throws -> (root: String, before: [String: String], after: [String: String]) {
        let root = URL(fileURLWithPath: Scratch.directory(name)).resolvingSymlinksInPath().path
        try Self.write(Self.v1, to: root)
        try Self.git(root, "init", "-q", "-b", "main")
        try Self.git(root, "add", "-A")
        try Self.git(root, "commit", "-q", "-m", "v1")
        let before = try Self.oracle(root)
        try Self.write(Self.v2, to: root)
        let after = try Self.oracle(root)
        return (root, before, after)
    }

    @Test func renamesListExactlyTheCasesWhoseNamesChanged() throws {
        let (root, before, after) = try Self.history("renames-repo")
        // A trap: the tree's fsmonitor would run if git read its configuration unguarded.
        let marker = Scratch.path("fsmonitor-ran")
        try Self.git(root, "config", "core.fsmonitor", "touch '\(marker)'; false")

        let result = try CLI.run(["generate", "--srctree", root, "--dry-run", "--renames", "HEAD"])
        #expect(result.status == 0, "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: marker), "the tree's core.fsmonitor ran")

        var expected: [String] = []
        let byCodeBefore = Dictionary(uniqueKeysWithValues: before.map { ($1, $0) })
        let byCodeAfter = Dictionary(uniqueKeysWithValues: after.map { ($1, $0) })
        for (code, new) in byCodeAfter.sorted(by: { $0.value < $1.value }) {
            if let old = byCodeBefore[code], old != new { expected.append("renamed: \(old) -> \(new)") }
            if byCodeBefore[code] == nil { expected.append("added: \(new)") }
        }
        for (code, old) in byCodeBefore.sorted(by: { $0.value < $1.value }) where byCodeAfter[code] == nil {
            expected.append("removed: \(old)")
        }
        let listed = result.stdout.split(separator: "\n").filter { $0.hasPrefix("renamed:") || $0.hasPrefix("added:") || $0.hasPrefix("removed:") }
            .map { String($0.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces) }
        #expect(listed.sorted() == expected.sorted(), "\(result.stdout)")
        // The moved `three` is a rename (same doctest), the edited `cee` is removed and added.
        #expect(expected.contains { $0.hasPrefix("renamed:") })
        #expect(expected.filter { $0.contains("c_rs") }.count == 2)
        #expect(!result.stdout.contains("b_rs"), "b.rs did not change: \(result.stdout)")
        #expect(result.stdout.contains("\(expected.filter { $0.hasPrefix("renamed:") }.count) renamed, 2 added, 2 removed, 1 unchanged since HEAD"))
    }

    /// `results --renames REV`: a log of v1's suite, read against v2's tree, reports its failure
    /// under the name v2 gives that doctest, at v2's location of it.
    @Test func resultsTranslatesAnOlderLogsNames() throws {
        let (root, before, after) = try Self.history("renames-results")
        let oldName = try #require(before.first { $0.value == "let one = 1;" }?.key)
        let newName = try #require(after.first { $0.value == "let one = 1;" }?.key)
        #expect(oldName != newName)
        let log = """
            KTAP version 1
            1..1
                KTAP version 1
                # Subtest: rust_doctests_kernel
                1..1
                not ok 1 \(oldName)
            not ok 1 rust_doctests_kernel

            """
        let path = Scratch.path("old-run") + ".log"
        try log.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["results", "--srctree", root, "--renames", "HEAD", path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains(newName), "\(result.output)")
        #expect(!result.output.contains(oldName + " ") && !result.output.contains(oldName + "\n"), "\(result.output)")
        let missing = try CLI.run(["results", "--renames", "HEAD", path])
        #expect(missing.status == 2)
    }

    @Test func anOlderLogsNamesAreTranslated() throws {
        let old = Self.cases([("a.rs", 1, "let one = 1;"), ("a.rs", 6, "let two = 2;")])
        let new = Self.cases([("a.rs", 1, "let zero = 0;"), ("a.rs", 6, "let one = 1;"), ("a.rs", 11, "let two = 2;")])
        let renames = DoctestRenames.compare(old: old, new: new, revision: "v1")
        #expect(renames.lines == [
            "renamed: rust_doctest_kernel_a_rs_0 -> rust_doctest_kernel_a_rs_1 (rust/kernel/a.rs:6)",
            "renamed: rust_doctest_kernel_a_rs_1 -> rust_doctest_kernel_a_rs_2 (rust/kernel/a.rs:11)",
            "added: rust_doctest_kernel_a_rs_0 (rust/kernel/a.rs:1)",
            "2 renamed, 1 added, 0 removed, 0 unchanged since v1",
        ])
        let log = "    ok 1 rust_doctest_kernel_a_rs_0\n    not ok 2 rust_doctest_kernel_a_rs_1\n    ok 3 rust_doctest_kernel_a_rs_10\n"
        #expect(renames.translating(log) == "    ok 1 rust_doctest_kernel_a_rs_1\n    not ok 2 rust_doctest_kernel_a_rs_2\n    ok 3 rust_doctest_kernel_a_rs_10\n")
    }

    static func cases(_ list: [(String, Int, String)]) -> [KUnitCase] {
        list.enumerated().map { index, item in
            let doctest = Doctest(file: "rust/kernel/" + item.0, line: item.1, rustdocLine: item.1, itemPath: [],
                                  attributes: LangString(), originalCode: item.2,
                                  prepared: PreparedCode(crateLevel: "", code: item.2, wrapper: nil))
            return KUnitCase(doctest: doctest, name: "rust_doctest_kernel_a_rs_\(index)", disposition: .run, firstCodeLine: item.1 + 1,
                             fileIdentifier: "a_rs", number: 0)
        }
    }

    @Test func gitProblemsExitTwo() throws {
        let root = Scratch.directory("renames-norepo")
        try Self.write(Self.v1, to: root)
        let notRepo = try CLI.run(["generate", "--srctree", root, "--dry-run", "--renames", "HEAD"])
        #expect(notRepo.status == 2)
        #expect(notRepo.stderr.contains("is not inside a git work tree"), "\(notRepo.stderr)")
        let noDryRun = try CLI.run(["generate", "--srctree", root, "--renames", "HEAD"])
        #expect(noDryRun.status == 2)
        #expect(noDryRun.stderr.contains("--renames needs --dry-run"))
        try Self.git(root, "init", "-q", "-b", "main")
        let unknown = try CLI.run(["generate", "--srctree", root, "--dry-run", "--renames", "nosuchrev"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown revision 'nosuchrev'"), "\(unknown.stderr)")
    }
}
