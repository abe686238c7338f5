import Testing
@testable import DocTestKit

/// KTAP logs in the shapes the spec (Documentation/dev-tools/ktap.rst) and KUnit print them.
@Suite struct KTAPParserTests {
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
        let parsed = KTAPParser.parse(log)
        #expect(!parsed.isTruncated)
        #expect(parsed.tests.map(\.name) == ["main_test"])
        let main = parsed.tests[0]
        #expect(main.status == .failed)
        #expect(main.subtests.map(\.name) == ["example_test_1", "example_test_2", "example_test_3"])
        #expect(main.subtests.map(\.status) == [.passed, .passed, .failed])
        #expect(main.subtests[0].subtests[0].diagnostics == ["test_1: initializing test_1"])
        #expect(main.subtests[1].subtests.map(\.status) == [.skipped, .passed])
        #expect(main.subtests[1].subtests[0].directive == "SKIP test_1 skipped")
        #expect(main.subtests[2].subtests[1].diagnostics == ["test_2: FAIL"])
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
        let parsed = KTAPParser.parse(Self.kunitDmesg)
        #expect(!parsed.isTruncated)
        #expect(parsed.sawVersionLine)
        let suite = parsed.tests[0]
        #expect(suite.name == "rust_doctests_kernel")
        #expect(suite.status == .failed)
        #expect(suite.subtests.map(\.status) == [.passed, .failed, .skipped])
        let results = DoctestResults.collect(parsed)
        #expect(results.count == 3)
        #expect(results[1].location == SourceLocation(path: "rust/kernel/sync/arc.rs", line: 60))
        #expect(results[1].failure == SourceLocation(path: "rust/kernel/sync/arc.rs", line: 64))
        #expect(results[1].message == "Expected a == b to be true")
        let findings = DoctestResults.findings(results, truncated: parsed.isTruncated)
        #expect(findings.map(\.gccStyle) == [
            "rust/kernel/sync/arc.rs:64:1: error: doctest failed: Expected a == b to be true (rust_doctest_kernel_sync_arc_rs_1) [doctest-failed]",
        ])
    }

    @Test func crashMidSuiteIsTruncated() {
        let cut = Self.kunitDmesg.split(separator: "\n").prefix(10).joined(separator: "\n")
            + "\n[    0.600000] BUG: kernel NULL pointer dereference, address: 0000000000000000"
        let parsed = KTAPParser.parse(cut)
        #expect(parsed.isTruncated)
        let results = DoctestResults.collect(parsed)
        #expect(results.map(\.status) == [.passed, .incomplete])
        #expect(results[1].location == SourceLocation(path: "rust/kernel/sync/arc.rs", line: 60))
        let findings = DoctestResults.findings(results, truncated: true)
        #expect(findings.count == 1)
        #expect(findings[0].ruleID == "doctest-incomplete")
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
        let parsed = KTAPParser.parse(log)
        #expect(parsed.tests.map(\.name) == ["a", "b"])
        #expect(parsed.tests[0].subtests.map(\.name) == ["a1", "a2"])
        #expect(!parsed.isTruncated)
    }

    @Test func unknownLinesAndNoKTAPAtAll() {
        let parsed = KTAPParser.parse("hello\nworld\n")
        #expect(parsed.tests.isEmpty)
        #expect(!parsed.sawVersionLine)
    }
}
