import Foundation
import Testing
import TestSupport

/// Paths and small trees for the `check`/`report` CLI tests.
enum TreeCLI {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let srctree = packageRoot + "/Fixtures/rust-src"

    /// A minimal tree with nothing to report: one runnable kernel doctest, one annotated helper.
    static func cleanTree() throws -> String {
        let root = Scratch.path("check-cli")
        try write(root + "/rust/kernel/lib.rs", """
            //! The kernel crate.
            //!
            //! ```
            //! assert_eq!(1 + 1, 2);
            //! ```

            """)
        try write(root + "/rust/helpers/helpers.c", """
            // SPDX-License-Identifier: GPL-2.0
            /*
             * Sorted alphabetically.
             */

            #define __rust_helper
            #include "bug.c"

            """)
        try write(root + "/rust/helpers/bug.c", """
            // SPDX-License-Identifier: GPL-2.0

            __rust_helper void rust_helper_BUG(void)
            {
            }

            """)
        return root
    }

    /// A `--rules` file turning every opt-in rule on.
    static func optIn() throws -> String {
        let path = Scratch.path("check-opt-in") + ".json"
        try write(path, #"{"opt_in_rules": ["*"]}"#)
        return path
    }

    static func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

@Test func checkOnTheFixtureReportsWarningsAndExitsOne() throws {
    let result = try CLI.run(["check", "--srctree", TreeCLI.srctree])
    #expect(result.status == 1, "\(result.stderr)")
    var lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("    fix:") }
    // checkpatch's totals line ends the output.
    #expect(lines.last?.range(of: #"^total: \d+ errors, \d+ warnings, \d+ notes$"#, options: .regularExpression) != nil)
    lines.removeLast()
    // gcc style, relative to the tree: `path:line:col: severity: message [rule]`.
    #expect(lines.allSatisfy { $0.range(of: #"^[^:]+:\d+:\d+: (note|warning|error): .* \[[a-z0-9-]+\]$"#, options: .regularExpression) != nil })
    #expect(!result.stdout.contains("[ignore-without-reason]"), "opt-in")
    #expect(result.stdout.contains("[doctest-should-panic-not-run]"))
    #expect(result.stdout.contains("samples/rust/rust_minimal.rs") == result.stdout.contains("[doctest-never-run]"))
    #expect(result.stdout.contains("[missing-rust-helper]"))
    let optIn = try TreeCLI.optIn()
    defer { try? FileManager.default.removeItem(atPath: optIn) }
    let opinions = try CLI.run(["check", "--srctree", TreeCLI.srctree, "--rules", optIn])
    #expect(opinions.stdout.contains("rust/kernel/error.rs:189:5: warning: `ignore`d example"))
}

@Test func checkCleanTreeExitsZero() throws {
    let tree = try TreeCLI.cleanTree()
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let result = try CLI.run(["check", "--srctree", tree])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
}

@Test func checkJSONAndSARIFAndGitHub() throws {
    let optIn = try TreeCLI.optIn()
    defer { try? FileManager.default.removeItem(atPath: optIn) }
    let json = try CLI.run(["check", "--srctree", TreeCLI.srctree, "--format", "json", "--rules", optIn])
    #expect(json.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let findings = try #require(object?["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["rule"] as? String == "ignore-without-reason" && $0["fix"] is String })

    let sarif = try CLI.run(["check", "--srctree", TreeCLI.srctree, "--format", "sarif"])
    let sarifObject = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
    #expect(sarifObject?["version"] as? String == "2.1.0")
    #expect(sarif.stdout.contains("\"ignore-without-reason\""))

    let github = try CLI.run(["check", "--srctree", TreeCLI.srctree, "--format", "github", "--rules", optIn])
    let lines = github.stdout.split(separator: "\n")
    // Annotations, then (past GitHub's 10 per type) a summary notice and the rest as log lines.
    let annotations = lines.prefix { $0.hasPrefix("::") && !$0.hasPrefix("::notice title=kunitgen::") }
    #expect(annotations.filter { $0.hasPrefix("::warning ") }.count <= 10)
    #expect(annotations.filter { $0.hasPrefix("::notice ") }.count <= 10)
    #expect(lines.contains { $0.hasPrefix("::notice title=kunitgen::") && $0.contains(" not annotated (GitHub shows 10") })
    #expect(github.stdout.contains("rust/kernel/error.rs:189:5: warning: `ignore`d example")
            || github.stdout.contains("::warning file=rust/kernel/error.rs,line=189,col=5,title=ignore-without-reason::"))
}

@Test func checkConfigurationAndUsageErrors() throws {
    let tree = try TreeCLI.cleanTree()
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let bad = tree + "/bad.json"
    try TreeCLI.write(bad, #"{"disabled_rules": ["no-such-rule"]}"#)
    let invalid = try CLI.run(["check", "--srctree", tree, "--rules", bad])
    #expect(invalid.status == 2)
    #expect(invalid.stdout.contains("[config-invalid]"))

    let quiet = tree + "/quiet.json"
    try TreeCLI.write(quiet, #"{"disabled_rules": ["ignore-without-reason", "doctest-never-run", "doctest-should-panic-not-run", "doctest-test-harness-not-supported", "doctest-ignore-target-not-built", "macro-example-not-extracted"], "only_rules": [], "excluded": ["rust/helpers/blk.c", "rust/helpers/atomic.c"]}"#)
    let filtered = try CLI.run(["check", "--srctree", TreeCLI.srctree, "--rules", quiet])
    #expect(!filtered.stdout.contains("[ignore-without-reason]"))
    #expect(!filtered.stdout.contains("rust/helpers/blk.c"))

    let missing = try CLI.run(["check", "--srctree", tree + "/nope"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("is not a directory"))
}

/// The baseline workflow: the first run writes the file (exit 0), a later run reports only
/// what is new (matched by rule, path and message, not line), `--update-baseline` rewrites it.
@Test func checkBaselineWorkflow() throws {
    let tree = try TreeCLI.cleanTree()
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let lib = tree + "/rust/kernel/lib.rs"
    let panicking = "\n/// Panics.\n///\n/// ```should_panic\n/// panic!();\n/// ```\npub fn old() {}\n"
    try TreeCLI.write(lib, try String(contentsOfFile: lib, encoding: .utf8) + panicking)
    let baseline = tree + "/kunitgen-baseline.json"

    let first = try CLI.run(["check", "--srctree", tree, "--baseline", baseline])
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    #expect(first.stderr.contains("baseline \(baseline) written with 1 findings"))
    #expect(FileManager.default.fileExists(atPath: baseline))

    // Lines move (a line inserted above): still known.
    try TreeCLI.write(lib, "// moved\n" + (try String(contentsOfFile: lib, encoding: .utf8)))
    let known = try CLI.run(["check", "--srctree", tree, "--baseline", baseline])
    #expect(known.status == 0, "\(known.stdout)")
    #expect(known.stdout.hasSuffix("total: 0 errors, 0 warnings, 0 notes\nbaseline: 1 known findings not shown\n"), "\(known.stdout)")

    // A new finding fails CI, alone.
    try TreeCLI.write(tree + "/rust/kernel/new.rs", "//! New.\n//!\n//! ```should_panic\n//! panic!();\n//! ```\n")
    try TreeCLI.write(lib, (try String(contentsOfFile: lib, encoding: .utf8)) + "pub mod new;\n")
    let new = try CLI.run(["check", "--srctree", tree, "--baseline", baseline])
    #expect(new.status == 1)
    #expect(new.stdout.split(separator: "\n").filter { $0.contains(": warning: ") }.map { $0.split(separator: ":").first ?? "" } == ["rust/kernel/new.rs"])

    let update = try CLI.run(["check", "--srctree", tree, "--baseline", baseline, "--update-baseline"])
    #expect(update.status == 0)
    #expect(try CLI.run(["check", "--srctree", tree, "--baseline", baseline]).status == 0)
    // --update-baseline without --baseline is a usage error.
    #expect(try CLI.run(["check", "--srctree", tree, "--update-baseline"]).status != 0)
}

/// An unknown key in --rules stops the check (exit 2), and with `-o` the SARIF file is still
/// written, saying the run did not succeed.
@Test func checkFailedRunStillWritesSARIF() throws {
    let tree = try TreeCLI.cleanTree()
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let rules = tree + "/rules.json"
    try TreeCLI.write(rules, #"{"exclude": ["drivers/"]}"#)
    let sarifPath = tree + "/out.sarif"
    let result = try CLI.run(["check", "--srctree", tree, "--rules", rules, "--format", "sarif", "-o", sarifPath])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let data = try #require(FileManager.default.contents(atPath: sarifPath))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    #expect((run["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == false)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.contains { ($0["message"] as? [String: Any])?["text"] as? String == "\(rules): unknown key 'exclude' (known: disabled_rules, only_rules, opt_in_rules, severity, excluded)" })

    // A --since that cannot be honoured is a finding too (exit 2), not a silent full check.
    let since = try CLI.run(["check", "--srctree", tree, "--since", "HEAD", "--format", "sarif"])
    #expect(since.status == 2)
    #expect(since.stdout.contains("since-invalid"))
}
