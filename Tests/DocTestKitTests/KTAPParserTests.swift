import Testing
@testable import DocTestKit

/// KTAP logs in the shapes the spec (Documentation/dev-tools/ktap.rst) and KUnit print them; the
/// expected trees are kunit_parser.py's (see ResultsOracleTests for the kernel's own logs).
@Suite struct KTAPParserTests {
    /// The tree as `name STATUS` lines, indented by depth below the document's main test.
    static func tree(_ run: KTAPRun) -> [String] {
        run.nodes.indices.map { row in
            let node = run.nodes[row]
            let times = node.repeats == 1 ? "" : " ×\(node.repeats)"
            return String(repeating: "  ", count: Int(node.depth)) + run.name(row) + " " + node.status.kunitName + times
        }
    }

    @Test func specExampleHierarchy() {
        // The "Example KTAP output" of the KTAP v1 specification.
        let log = """
            KTAP version 1
            1..1
              KTAP version 1
              1..3
                KTAP version 1
                1..1
                # test_1: initializing test_1
                ok 1 test_1
              ok 1 example_test_1
                KTAP version 1
                1..2
                ok 1 test_1 # SKIP test_1 skipped
                ok 2 test_2
              ok 2 example_test_2
                KTAP version 1
                1..3
                ok 1 test_1
                # test_2: FAIL
                not ok 2 test_2
                ok 3 test_3 # SKIP test_3 skipped
              not ok 3 example_test_3
            not ok 1 main_test
            """
        let run = KTAPParser.parse(log)
        #expect(Self.tree(run) == [
            "main FAILURE",
            "  main_test FAILURE",
            "    example_test_1 SUCCESS", "      test_1 SUCCESS",
            "    example_test_2 SUCCESS", "      test_1 SKIPPED", "      test_2 SUCCESS",
            "    example_test_3 FAILURE", "      test_1 SUCCESS", "      test_2 FAILURE", "      test_3 SKIPPED",
        ])
        let c = run.summary.counts
        #expect([c.passed, c.failed, c.crashed, c.skipped, c.errors] == [3, 1, 0, 2, 0])
        #expect(run.summary.status == .failure)
        // The failed case keeps its diagnostics; a passing one's are dropped.
        #expect(run.logs[9]?.texts == ["test_2: FAIL"])
        #expect(run.logs[3] == nil)
    }

    static let kunitDmesg = """
        [    0.512345] KTAP version 1
        [    0.512346] 1..1
        [    0.512400]     KTAP version 1
        [    0.512401]     # Subtest: rust_doctests_kernel
        [    0.512402]     # speed: normal
        [    0.512403]     1..3
        [    0.512500]     # rust_doctest_kernel_sync_arc_rs_0.location: rust/kernel/sync/arc.rs:42
        [    0.512600]     ok 1 rust_doctest_kernel_sync_arc_rs_0
        [    0.512700]     # rust_doctest_kernel_sync_arc_rs_1.location: rust/kernel/sync/arc.rs:60
        [    0.512701]     # rust_doctest_kernel_sync_arc_rs_1: ASSERTION FAILED at rust/kernel/sync/arc.rs:64
        [    0.512702]     Expected a == b to be true
        [    0.512800]     not ok 2 rust_doctest_kernel_sync_arc_rs_1
        [    0.512900]     # rust_doctest_kernel_str_rs_0.location: rust/kernel/str.rs:7
        [    0.513000]     ok 3 rust_doctest_kernel_str_rs_0 # SKIP needs CONFIG_X
        [    0.513100] # rust_doctests_kernel: pass:1 fail:1 skip:1 total:3
        [    0.513101] # Totals: pass:1 fail:1 skip:1 total:3
        [    0.513200] not ok 1 rust_doctests_kernel
        [    0.513300] random kernel message
        """

    @Test func kunitSuiteInDmesgWithTimestamps() {
        let run = KTAPParser.parse(Self.kunitDmesg)
        #expect(Self.tree(run) == [
            "main FAILURE", "  rust_doctests_kernel FAILURE",
            "    rust_doctest_kernel_sync_arc_rs_0 SUCCESS",
            "    rust_doctest_kernel_sync_arc_rs_1 FAILURE",
            "    rust_doctest_kernel_str_rs_0 SKIPPED",
        ])
        #expect(run.nodes[3].logLine == 12)
        let analysis = ResultsAnalysis(run: run, logName: "dmesg.log")
        let results = DoctestResults.collect(run)
        #expect(results.count == 3)
        #expect(results[1].location == SourceLocation(path: "rust/kernel/sync/arc.rs", line: 60))
        #expect(results[1].failure == SourceLocation(path: "rust/kernel/sync/arc.rs", line: 64))
        #expect(results[1].message == "Expected a == b to be true")
        #expect(analysis.findings.map(\.gccStyle) == [
            "rust/kernel/sync/arc.rs:64:1: error: doctest failed: Expected a == b to be true (rust_doctest_kernel_sync_arc_rs_1) [doctest-failed]",
        ])
        #expect(analysis.exitCode(allowEmpty: false) == 1)
    }

    @Test func crashMidSuiteNamesTheRunningDoctest() {
        let cut = Self.kunitDmesg.split(separator: "\n").prefix(10).joined(separator: "\n")
            + "\n[    0.600000] BUG: kernel NULL pointer dereference, address: 0000000000000000"
        let run = KTAPParser.parse(cut)
        // kunit.py: the suite has no result line (crashed), its plan's two missing cases crashed.
        #expect(Self.tree(run) == [
            "main TEST_CRASHED", "  rust_doctests_kernel TEST_CRASHED",
            "    rust_doctest_kernel_sync_arc_rs_0 SUCCESS", "     TEST_CRASHED ×2",
        ])
        #expect(run.summary.counts.crashed == 2)
        let analysis = ResultsAnalysis(run: run, logName: "cut.log")
        let errors = analysis.findings.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors[0].ruleID == "doctest-crashed")
        #expect(errors[0].location == SourceLocation(path: "rust/kernel/sync/arc.rs", line: 60))
        #expect(errors[0].message.contains("rust_doctest_kernel_sync_arc_rs_1"))
    }

    @Test func flatLogWithoutIndentationUsesPlans() {
        let log = """
            KTAP version 1
            1..2
            KTAP version 1
            # Subtest: a
            1..2
            ok 1 a1
            not ok 2 a2
            not ok 1 a
            ok 2 b
            """
        let run = KTAPParser.parse(log)
        #expect(Self.tree(run) == ["main FAILURE", "  a FAILURE", "    a1 SUCCESS", "    a2 FAILURE", "  b SUCCESS"])
    }

    @Test func resultLineForms() {
        // TEST_RESULT / TEST_RESULT_SKIP of kunit_parser.py, with their backtracking.
        #expect(KTAPMatch.result("ok 1 - foo")?.name == "foo")
        #expect(KTAPMatch.result("not ok 12 foo bar")?.name == "foo bar")
        #expect(KTAPMatch.result("ok 3 foo # SKIP why")?.skipName == "foo")
        #expect(KTAPMatch.result("ok 3 foo # SKIP why")?.skipReason == "why")
        #expect(KTAPMatch.result("ok 3 # SKIP selftests: x")?.skipReason == nil)
        #expect(KTAPMatch.result("ok 3 # SKIP selftests: x")?.name == "")
        #expect(KTAPMatch.result("ok 3 # SKIP selftests: x")?.skipName == "selftests: x")
        #expect(KTAPMatch.result("ok 1 foo #bar") == nil)
        #expect(KTAPMatch.result("ok 1") != nil)
        #expect(KTAPMatch.result("okay 1 x") == nil)
        #expect(KTAPMatch.result("   not ok 2 x # TIMEOUT")?.skipName == nil)
    }

    @Test func noKTAPAtAll() {
        let run = KTAPParser.parse("hello\nworld\nok 1 lost_start\n")
        #expect(run.documents.isEmpty)
        #expect(run.summary.status == .failureToParseTests)
        #expect(run.strayResultLines == 1)
        let analysis = ResultsAnalysis(run: run, logName: "x.log")
        #expect(analysis.findings.map(\.ruleID) == ["ktap-not-found"])
        #expect(analysis.findings[0].message.contains("1 result lines outside any KTAP document, from line 3"))
        #expect(analysis.exitCode(allowEmpty: false) == 1)
        #expect(analysis.exitCode(allowEmpty: true) == 0)
    }

    @Test func longDiagnosticsAreCappedWithACount() {
        var log = "KTAP version 1\n1..1\n# " + String(repeating: "x", count: 5000) + "\n"
        for k in 0..<1000 { log += "# noise \(k)\n" }
        log += "not ok 1 t\n"
        let run = KTAPParser.parse(log)
        let kept = try! #require(run.logs[1])
        #expect(kept.lines.count == KTAPTestLog.headLines)
        #expect(kept.elidedLines == 1001 - KTAPTestLog.headLines)
        #expect(kept.lines[0] == "# " + String(repeating: "x", count: 598) + " [… 4402 more characters]")
        #expect(kept.lines[1] == "# noise 0")
    }
}
