import Foundation
import Testing
import TestSupport

/// Nesting deeper than any real source is a finding (like rustc's recursion limit), never a
/// stack overflow: each case ran out of stack before (exit 139).
@Suite struct DeepNestingCLITests {
    static func file(_ name: String, _ text: String) throws -> String {
        let path = Scratch.directory("deep") + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [
        ("blocks.rs", "fn f() " + String(repeating: "{", count: 12_000) + String(repeating: "}", count: 12_000) + "\n", "nesting-too-deep"),
        ("mods.rs", (0..<8_000).map { "mod m\($0) {" }.joined() + String(repeating: "}", count: 8_000) + "\n", "nesting-too-deep"),
        ("cfg.rs", "#[cfg(" + String(repeating: "all(", count: 50_000) + "x" + String(repeating: ")", count: 50_000) + ")] fn f() {}\n", "cfg-unparsable"),
    ])
    func deepSourcesAreFindings(name: String, text: String, rule: String) throws {
        let path = try Self.file(name, text + "/// ```\n/// let after = 1;\n/// ```\npub fn after() {}\n")
        let result = try CLI.run(["extract", path])
        #expect(result.status == 1, "\(name): exit \(result.status)")
        #expect(result.stderr.contains("[\(rule)]"), "\(name): \(result.stderr.prefix(400))")
    }

    /// A chain of 1,000 module files, each `#[path]`-including the next.
    @Test func aDeepChainOfModuleFilesIsAFinding() throws {
        let root = Scratch.directory("deep-chain")
        try FileManager.default.createDirectory(atPath: root + "/rust/kernel", withIntermediateDirectories: true)
        for i in 0..<1_000 {
            let name = i == 0 ? "lib.rs" : "f\(i).rs"
            try "#[path = \"f\(i + 1).rs\"]\nmod m;\n".write(toFile: root + "/rust/kernel/" + name, atomically: true, encoding: .utf8)
        }
        try "//! End.\n".write(toFile: root + "/rust/kernel/f1000.rs", atomically: true, encoding: .utf8)
        let result = try CLI.run(["generate", "--srctree", root, "--dry-run"])
        #expect(result.status == 1, "exit \(result.status)")
        #expect(result.stderr.contains("error: modules nested more than 256 levels deep"), "\(result.stderr.prefix(600))")
    }
}
