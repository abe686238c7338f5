import Foundation
import Testing
import TestSupport
@testable import DocTestKit

private func finding(_ path: String, _ line: Int, _ severity: Severity = .warning, _ rule: String = "doctest-should-panic-not-run",
                     _ message: String = "m", fix: String? = nil) -> Finding {
    Finding(location: SourceLocation(path: path, line: line), severity: severity, ruleID: rule, message: message, fix: fix)
}

// MARK: --rules

@Test func rulesRejectUnknownKeysAndRules() throws {
    #expect(throws: CheckConfiguration.LoadError.self) { try CheckConfiguration.parse(Data(#"{"exclude": ["x"]}"#.utf8), name: "r.json") }
    do {
        _ = try CheckConfiguration.parse(Data(#"{"disabled_rule": []}"#.utf8), name: "r.json")
        Issue.record("accepted an unknown key")
    } catch {
        #expect(error.message.hasPrefix("r.json: unknown key 'disabled_rule'"))
    }
    #expect(throws: CheckConfiguration.LoadError.self) { try CheckConfiguration.parse(Data(#"{"opt_in_rules": ["no-such"]}"#.utf8), name: "r") }
    #expect(throws: CheckConfiguration.LoadError.self) { try CheckConfiguration.parse(Data(#"{"severity": {"syntax-error": "fatal"}}"#.utf8), name: "r") }
    #expect(throws: CheckConfiguration.LoadError.self) { try CheckConfiguration.parse(Data(#"{"excluded": "drivers"}"#.utf8), name: "r") }
    let ok = try CheckConfiguration.parse(Data(#"{"opt_in_rules": ["*"], "severity": {"missing-rust-helper": "error"}, "excluded": ["drivers/**"]}"#.utf8), name: "r")
    #expect(ok.enables("ignore-without-reason") && ok.enables("doctest-never-run"))
    #expect(ok.helperConfiguration.severity == ["missing-rust-helper": .error])
}

@Test func optInRulesAreOffByDefault() {
    let defaults = CheckConfiguration()
    #expect(!defaults.enables("ignore-without-reason"))
    #expect(!defaults.enables("doctest-never-run"))
    #expect(defaults.enables("syntax-error") && defaults.enables("vendored-crate") && defaults.enables("missing-rust-helper"))
    #expect(CheckConfiguration(optInRules: ["ignore-without-reason"]).enables("ignore-without-reason"))
    #expect(CheckConfiguration(onlyRules: ["doctest-never-run"]).enables("doctest-never-run"))
    #expect(!CheckConfiguration(disabledRules: ["vendored-crate"]).enables("vendored-crate"))
}

@Test func excludedAcceptsDirectoryGlobs() {
    let cases: [(String, String, Bool)] = [
        ("drivers/gpu/**", "drivers/gpu/nova-core/gpu.rs", true),
        ("drivers/gpu/**", "drivers/net/phy/qt2025.rs", false),
        ("drivers/gpu/", "drivers/gpu/nova-core/gpu.rs", true),
        ("drivers/gpu", "drivers/gpu/nova-core/gpu.rs", true),
        ("drivers/gpu", "drivers/gpux/a.rs", false),
        ("rust/kernel/*.rs", "rust/kernel/error.rs", true),
        ("rust/kernel/*.rs", "rust/kernel/sync/arc.rs", false),
        ("rust/**/arc.rs", "rust/kernel/sync/arc.rs", true),
        ("**/mod.rs", "rust/kernel/a/mod.rs", true),
        ("samples/rust/rust_?ma*.rs", "samples/rust/rust_dma.rs", true),
        ("helpers.c", "rust/helpers/helpers.c", true),
        ("*.c", "rust/helpers/mutex.c", true),
        ("*.c", "rust/kernel/lib.rs", false),
        ("rust/kernel/error.rs", "rust/kernel/error.rs", true),
    ]
    for (pattern, path, expected) in cases {
        #expect(PathGlob.matches(pattern, path) == expected, "\(pattern) ~ \(path)")
    }
    let configuration = CheckConfiguration(excluded: ["drivers/**", "samples/"])
    let kept = TreeCheck.apply(configuration, to: [finding("drivers/gpu/nova-core/gpu.rs", 1), finding("samples/rust/a.rs", 2),
                                                   finding("rust/kernel/lib.rs", 3)])
    #expect(kept.map(\.location.path) == ["rust/kernel/lib.rs"])
}

// MARK: dedup, totals

/// `rust/kernel/io/register.rs:427` used to be printed twice (a macro body scanned once per
/// invocation): one finding per rule, place and message.
@Test func duplicatesArePrintedOnce() {
    let twice = [finding("rust/kernel/io/register.rs", 427), finding("rust/kernel/io/register.rs", 427), finding("a.rs", 1)]
    #expect(TreeCheck.apply(CheckConfiguration(), to: twice).map(\.location.line) == [1, 427])
}

@Test func textEndsWithCheckpatchTotals() {
    let findings = [finding("a.rs", 1, .error, "syntax-error"), finding("a.rs", 2), finding("b.rs", 3, .note, "vendored-crate")]
    let text = TreeCheck.renderer.render(findings, format: .text, options: .init(totals: true, totalsSuffix: "baseline: 2 known findings not shown"))
    let lines = text.split(separator: "\n")
    #expect(lines.suffix(2) == ["total: 1 errors, 1 warnings, 1 notes", "baseline: 2 known findings not shown"])
    #expect(TreeCheck.renderer.render([], format: .text, options: .init(totals: true)) == "total: 0 errors, 0 warnings, 0 notes\n")
    // `helpers` keeps its own output (no totals unless asked).
    #expect(!TreeCheck.renderer.render(findings, format: .text).contains("total:"))
}

// MARK: baseline

@Test func baselineMatchesByRulePathAndMessageNotLine() {
    let old = [finding("rust/kernel/a.rs", 10, .warning, "r", "one"), finding("rust/kernel/a.rs", 20, .warning, "r", "two"),
               finding("rust/kernel/b.rs", 5, .warning, "r", "gone")]
    let baseline = Baseline(old)
    #expect(baseline.entries.count == 3)
    // Lines moved; one finding fixed; one new; a second identical finding is new too.
    let now = [finding("rust/kernel/a.rs", 14, .warning, "r", "one"), finding("rust/kernel/a.rs", 24, .warning, "r", "two"),
               finding("rust/kernel/a.rs", 30, .warning, "r", "two"), finding("rust/kernel/c.rs", 1, .warning, "r", "new")]
    let comparison = baseline.compare(now)
    #expect(comparison.new.map(\.location) == [SourceLocation(path: "rust/kernel/a.rs", line: 30), SourceLocation(path: "rust/kernel/c.rs", line: 1)])
    #expect(comparison.known == 2)
    #expect(comparison.fixed == 1)
    // Tool errors are never absorbed.
    let io = finding("x", 1, .error, "io-error")
    #expect(Baseline([io]).entries.isEmpty)
    #expect(Baseline(entries: [Baseline.Entry(io)]).compare([io]).new == [io])
}

@Test func baselineFileRoundTrips() throws {
    let path = Scratch.path("baseline") + ".json"
    let baseline = Baseline([finding("rust/kernel/a.rs", 10, .warning, "r", "one \"quoted\"")])
    try baseline.write(to: path)
    #expect(try Baseline.load(path: path) == baseline)
    try Data(#"{"findings": []}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: Baseline.LoadError.self) { try Baseline.load(path: path) }
}

// MARK: SARIF

@Test func sarifHasRuleHelpIndexFingerprintsAndFixes() throws {
    let findings = [finding("rust/kernel/lib.rs", 3, .warning, "macro-example-not-extracted", "never tested", fix: "invoke the macro"),
                    finding("rust/kernel/lib.rs", 9, .note, "vendored-crate", "syn")]
    let root = try #require(try JSONSerialization.jsonObject(with: Data(TreeCheck.renderer.render(findings, format: .sarif).utf8)) as? [String: Any])
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    let results = try #require(run["results"] as? [[String: Any]])
    for result in results {
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
        #expect(fingerprints["kunitgen/v1"]?.count == 16)
    }
    let rule = try #require(rules.first { $0["id"] as? String == "macro-example-not-extracted" })
    #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.contains("rustdoc tests an example in a macro body") == true)
    #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    let fixes = try #require(results[0]["fixes"] as? [[String: Any]])
    #expect((fixes.first?["description"] as? [String: Any])?["text"] as? String == "invoke the macro")
    #expect((fixes.first?["artifactChanges"] as? [[String: Any]])?.first?["replacements"] is [[String: Any]])
    #expect(results[1]["fixes"] == nil)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == true)
    // The fingerprint ignores the line, as the baseline does.
    #expect(FindingRenderer.fingerprint(findings[0]) == FindingRenderer.fingerprint(finding("rust/kernel/lib.rs", 99, .warning,
                                                                                            "macro-example-not-extracted", "never tested")))
}

@Test func sarifForARunThatFailedSaysSo() throws {
    let failed = [finding("rules.json", 1, .error, "config-invalid", "rules.json: unknown key 'x'")]
    let root = try #require(try JSONSerialization.jsonObject(with: Data(TreeCheck.renderer.render(failed, format: .sarif).utf8)) as? [String: Any])
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    #expect((notes.first?["message"] as? [String: Any])?["text"] as? String == "rules.json: unknown key 'x'")
}

// MARK: GitHub

@Test func githubPutsChangedFilesFirstAndSummarisesTheOverflow() {
    var findings = (1...12).map { finding("rust/kernel/old.rs", $0) }
    findings += [finding("rust/kernel/new.rs", 1), finding("rust/kernel/new.rs", 2), finding("rust/kernel/old.rs", 40, .error, "syntax-error")]
    let text = TreeCheck.renderer.render(findings, format: .github, options: .init(changedPaths: ["rust/kernel/new.rs"]))
    let lines = text.split(separator: "\n").map(String.init)
    let warnings = lines.filter { $0.hasPrefix("::warning ") }
    #expect(warnings.count == 10)
    #expect(warnings.prefix(2).allSatisfy { $0.contains("file=rust/kernel/new.rs,") })
    #expect(lines.filter { $0.hasPrefix("::error ") }.count == 1)
    #expect(lines.contains("::notice title=kunitgen::4 more warnings not annotated (GitHub shows 10 annotations per type and step); they follow in the log"))
    // The rest are in the log, gcc style.
    #expect(lines.suffix(4) == (9...12).map { "rust/kernel/old.rs:\($0):1: warning: m [doctest-should-panic-not-run]" })
}

// MARK: --since

@Test func gitDiffHunksGiveTheChangedLines() {
    let diff = """
        diff --git a/rust/kernel/a.rs b/rust/kernel/a.rs
        --- a/rust/kernel/a.rs
        +++ b/rust/kernel/a.rs
        @@ -3,0 +4,2 @@ fn x()
        +new
        +new
        @@ -10 +12 @@
        -old
        +new
        @@ -20,3 +23,0 @@
        """
    let hunks = GitChangedFiles.parseHunks(Array(diff.utf8), topLevel: "/repo")
    #expect(hunks[GitChangedFiles.canonicalPath("/repo/rust/kernel/a.rs")] == [4...5, 12...12])
    let changed = GitChangedFiles(paths: [GitChangedFiles.canonicalPath("/repo/rust/kernel/a.rs"), GitChangedFiles.canonicalPath("/repo/new.rs")],
                                  topLevel: "/repo", lines: hunks)
    let kept = TreeCheck.selectChanged([finding("rust/kernel/a.rs", 4), finding("rust/kernel/a.rs", 6),
                                        finding("rust/kernel/a.rs", 1, .error, "module-file-not-found"), finding("new.rs", 99),
                                        finding("other.rs", 4), finding("rules.json", 1, .error, "config-invalid")], changed: changed, srctree: "/repo")
    #expect(kept.map { "\($0.location.path):\($0.location.line)" } == ["rust/kernel/a.rs:4", "rust/kernel/a.rs:1", "new.rs:99", "rules.json:1"])
}
