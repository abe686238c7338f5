import Foundation
import Synchronization
import Testing
@testable import DocTestKit

/// The walker's module-file rules, with module declarations given directly (as the scanner will
/// report them) so that only path resolution is under test.
@Suite struct GenerateCrateWalkerTests {
    static func tree(_ files: [String]) throws -> String {
        let root = GenerateFixtures.scratchDirectory("walker")
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "// \(file)\n".write(toFile: path, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func walker(_ root: String, _ modules: [String: [ModuleDeclaration]]) -> CrateWalker {
        CrateWalker(srctree: root) { file in RustFileScan(modules: modules[file.path] ?? []) }
    }

    static func module(_ name: String, line: Int = 1, path: String? = nil, inline: Bool = false, parent: [String] = []) -> ModuleDeclaration {
        ModuleDeclaration(name: name, line: line, pathAttribute: path, isInline: inline, parentPath: parent)
    }

    @Test func followsFlatNestedPathAndInlineModules() throws {
        let root = try Self.tree([
            "rust/kernel/lib.rs", "rust/kernel/a.rs", "rust/kernel/a/f.rs", "rust/kernel/b/mod.rs", "rust/kernel/b/g.rs",
            "rust/kernel/x/y.rs", "rust/kernel/x/h.rs", "rust/kernel/d/e.rs", "rust/kernel/a/i/j.rs", "rust/kernel/type.rs",
        ])
        let walk = Self.walker(root, [
            "rust/kernel/lib.rs": [
                Self.module("a"), Self.module("b"), Self.module("c", path: "x/y.rs"),
                Self.module("d", inline: true), Self.module("e", parent: ["d"]), Self.module("r#type"),
            ],
            "rust/kernel/a.rs": [Self.module("f"), Self.module("i", inline: true), Self.module("j", parent: ["i"])],
            "rust/kernel/b/mod.rs": [Self.module("g")],
            "rust/kernel/x/y.rs": [Self.module("h")],
        ]).walk(root: "rust/kernel/lib.rs")
        #expect(walk.findings.isEmpty)
        #expect(walk.files.map(\.file) == [
            CrateFile(path: "rust/kernel/lib.rs", modulePath: []),
            CrateFile(path: "rust/kernel/a.rs", modulePath: ["a"]),
            CrateFile(path: "rust/kernel/a/f.rs", modulePath: ["a", "f"]),
            CrateFile(path: "rust/kernel/a/i/j.rs", modulePath: ["a", "i", "j"]),
            CrateFile(path: "rust/kernel/b/mod.rs", modulePath: ["b"]),
            CrateFile(path: "rust/kernel/b/g.rs", modulePath: ["b", "g"]),
            // A file loaded through `#[path]` looks for its children beside itself, like a mod.rs.
            CrateFile(path: "rust/kernel/x/y.rs", modulePath: ["c"]),
            CrateFile(path: "rust/kernel/x/h.rs", modulePath: ["c", "h"]),
            CrateFile(path: "rust/kernel/d/e.rs", modulePath: ["d", "e"]),
            CrateFile(path: "rust/kernel/type.rs", modulePath: ["type"]),
        ])
        #expect(walk.files.allSatisfy { $0.source.path == $0.file.path })
    }

    @Test func pathAttributeInNonModRsFileIsRelativeToItsDirectory() throws {
        let root = try Self.tree(["k/lib.rs", "k/a.rs", "k/other.rs", "k/a/inl/deep.rs"])
        let walk = Self.walker(root, [
            "k/lib.rs": [Self.module("a")],
            "k/a.rs": [Self.module("o", path: "other.rs"), Self.module("inl", inline: true),
                       Self.module("d", path: "deep.rs", parent: ["inl"])],
        ]).walk(root: "k/lib.rs")
        #expect(walk.findings.isEmpty)
        #expect(walk.files.map(\.file.path) == ["k/lib.rs", "k/a.rs", "k/other.rs", "k/a/inl/deep.rs"])
        #expect(walk.files.map(\.file.modulePath) == [[], ["a"], ["a", "o"], ["a", "inl", "d"]])
    }

    @Test func missingAmbiguousAndRepeatedModulesAreFindings() throws {
        let root = try Self.tree(["k/lib.rs", "k/both.rs", "k/both/mod.rs"])
        let walk = Self.walker(root, [
            "k/lib.rs": [Self.module("gone", line: 3), Self.module("both", line: 4), Self.module("again", line: 5, path: "lib.rs")],
        ]).walk(root: "k/lib.rs")
        #expect(walk.files.map(\.file.path) == ["k/lib.rs", "k/both.rs"])
        #expect(walk.findings.map(\.ruleID) == ["module-file-not-found", "module-file-ambiguous", "module-file-included-twice"])
        #expect(walk.findings.map(\.location) == [3, 4, 5].map { SourceLocation(path: "k/lib.rs", line: $0) })
    }

    @Test func unreadableRootIsAFinding() {
        let walk = CrateWalker(srctree: "/nonexistent", cfg: CfgSet()).walk(root: "rust/kernel/lib.rs")
        #expect(walk.files.isEmpty)
        #expect(walk.findings.first?.severity == .error)
    }

    @Test func normalisesDotDot() {
        #expect(CrateWalker.join("rust/kernel", "../helpers/x.rs") == "rust/helpers/x.rs")
        #expect(CrateWalker.join("a", "./b/../c.rs") == "a/c.rs")
        #expect(CrateWalker.join("", "../x.rs") == "../x.rs")
    }

    @Test func crateDoctestsPrefixModulePathsAndRelativeFiles() throws {
        // With a scanner stand-in that reports one module and no doc comments, the pipeline still
        // reads every file; item paths come from the extraction pipeline (see the end-to-end tests).
        let root = try Self.tree(["rust/kernel/lib.rs", "rust/kernel/a.rs"])
        let crate = CrateDoctests.extract(srctree: root, root: "rust/kernel/lib.rs", options: ExtractionOptions(),
                                          walker: Self.walker(root, ["rust/kernel/lib.rs": [Self.module("a")]]))
        #expect(crate.files.map(\.path) == ["rust/kernel/lib.rs", "rust/kernel/a.rs"])
    }

    @Test func crateDoctestsScanEachFileOnce() throws {
        // The walk's scans are the ones extracted from, so a file is never scanned twice: the
        // walker here scans with `CONFIG_X` set and the extraction options do not set it.
        let root = GenerateFixtures.scratchDirectory("walker-once")
        try FileManager.default.createDirectory(atPath: root + "/rust/kernel", withIntermediateDirectories: true)
        try "//! Crate.\n//!\n//! ```\n//! let a = 1;\n//! ```\nmod a;\n".write(toFile: root + "/rust/kernel/lib.rs", atomically: true, encoding: .utf8)
        try "/// ```\n/// let b = 2;\n/// ```\npub fn f() {}\n/// ```\n/// let c = 3;\n/// ```\n#[cfg(CONFIG_X)]\npub fn g() {}\n".write(toFile: root + "/rust/kernel/a.rs", atomically: true, encoding: .utf8)
        let scans = Mutex<[String]>([])
        let walker = CrateWalker(srctree: root) { file in
            scans.withLock { $0.append(file.path) }
            return RustFileScanner(cfg: CfgSet(names: ["CONFIG_X"])).scan(file)
        }
        let crate = CrateDoctests.extract(srctree: root, root: "rust/kernel/lib.rs", options: ExtractionOptions(), walker: walker)
        #expect(scans.withLock { $0 } == ["rust/kernel/lib.rs", "rust/kernel/a.rs"])
        #expect(crate.doctests.map(\.itemPath) == [[], ["a", "f"], ["a", "g"]])
        #expect(crate.doctests.map(\.file) == ["rust/kernel/lib.rs", "rust/kernel/a.rs", "rust/kernel/a.rs"])
    }

    @Test func fenceDetection() {
        let index = LineIndex(Array("/// ```\n///     let x = 1;\n/// ~~~rust\n//! ``\n".utf8))
        #expect(index.hasFence(onLine: 1))
        #expect(!index.hasFence(onLine: 2))
        #expect(index.hasFence(onLine: 3))
        #expect(!index.hasFence(onLine: 4))
    }
}
