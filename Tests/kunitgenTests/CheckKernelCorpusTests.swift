import DocTestKit
import Foundation
import Testing
import TestSupport

/// `kunitgen check` on the real, unmodified Linux 7.1.5 tree prints exactly the lines of
/// `Tests/KernelCorpus/expected-check-7.1.5-<configuration>.txt` (gcc-style header lines; the
/// indented `fix:` lines and the totals line are left out), with no configuration and with the
/// two x86_64 configurations of the anchor; and `…-<configuration>-all.txt` with every opt-in
/// rule turned on (`"opt_in_rules": ["*"]`, what `report` lists), so that the informational
/// rules are pinned down too.
/// Every finding is compared, the C helper rules' included: on the clean tree the only warning
/// is the one real defect, `helpers.c` including `irq.c` out of the alphabetical order it promises.
enum CheckKernelCorpus {
    static func expectedPath(_ configuration: String, all: Bool) -> String {
        KernelFixture.packageRoot + "/Tests/KernelCorpus/expected-check-7.1.5-\(configuration)\(all ? "-all" : "").txt"
    }

    /// What `check` prints for one configuration, as the compared lines.
    static func actual(_ configuration: String, all: Bool) throws -> (lines: [String], exitCode: Int32) {
        let tree = try KernelFixture.linux715()
        let config = configuration == "none" ? nil : try KernelFixture.anchor715(configuration) + "/config"
        var rules: String?
        if all {
            rules = Scratch.path("opt-in-all") + ".json"
            try Data(#"{"opt_in_rules": ["*"]}"#.utf8).write(to: URL(fileURLWithPath: rules!))
        }
        let outcome = TreeCheck.run(CheckRequest(tree: TreeRequest(srctree: tree, rules: rules, config: config)))
        let lines = outcome.stdout.split(separator: "\n").map(String.init).filter { line in
            !line.hasPrefix(" ") && !line.hasPrefix("total: ") && line.contains("[")
        }
        return (lines, outcome.exitCode)
    }

    /// lintcheck's report: what the run added and what it no longer prints.
    static func diff(expected: [String], actual: [String]) -> String {
        let added = actual.filter { !expected.contains($0) }
        let removed = expected.filter { !actual.contains($0) }
        var out = "check output differs from the expected list (\(added.count) added, \(removed.count) removed):\n"
        out += added.map { "+ \($0)\n" }.joined() + removed.map { "- \($0)\n" }.joined()
        if added.isEmpty, removed.isEmpty { out += "(same lines, different order or multiplicity)\n" }
        return out + "If the change is intended, regenerate with KUNITGEN_UPDATE_EXPECTED=1 swift test --filter CheckKernelCorpus"
    }
}

@Suite(.serialized) struct CheckKernelCorpusTests {
    @Test(arguments: ["none", "x86_64-kunit", "x86_64-wide"], [false, true])
    func checkPrintsTheExpectedList(_ configuration: String, all: Bool) throws {
        let (lines, _) = try CheckKernelCorpus.actual(configuration, all: all)
        let path = CheckKernelCorpus.expectedPath(configuration, all: all)
        if ProcessInfo.processInfo.environment["KUNITGEN_UPDATE_EXPECTED"] == "1" {
            try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == expected, Comment(rawValue: CheckKernelCorpus.diff(expected: expected, actual: lines)))
        // The issue's false findings are gone for good, whatever the expected file says.
        for line in lines {
            #expect(!line.hasPrefix("rust/syn/") || line.hasSuffix("[vendored-crate]"), "\(line)")
            #expect(!line.hasSuffix("[module-file-not-found]"), "\(line)")
            #expect(!line.hasSuffix("[syntax-error]"), "\(line)")
            #expect(!line.contains("no invocation in this file"), "\(line)")
            #expect(!line.contains(": warning: ") || !line.hasSuffix("[doctest-never-run]"), "\(line)")
            #expect(all || line.contains(": warning: ") || line.contains(": error: ") || line.hasSuffix("[vendored-crate]"),
                    "by default, notes are opt-in but for the vendored summaries: \(line)")
        }
        #expect(Set(lines).count == lines.count, "no duplicates")
    }
}
