import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// The kernel's own KTAP parser (`tools/testing/kunit/kunit_parser.py` of Linux 7.1.5, run by
/// python3 through `Tests/Oracle/kunit_parser_oracle.py`) is the oracle: on every log of the
/// kernel's `tools/testing/kunit/test_data/`, kunitgen must build the same tree (every test, its
/// status and nesting), the same counts and the same verdict. A missing python3 fails the test.
@Suite struct ResultsOracleTests {
    struct Oracle: Decodable, Equatable {
        struct Test: Decodable, Equatable, CustomStringConvertible {
            var name: String
            var status: String
            var depth: Int
            var description: String { "\(String(repeating: "  ", count: depth))\(name) \(status)" }
        }
        struct Counts: Decodable, Equatable { var passed, failed, crashed, skipped, errors: Int }
        var status: String
        var verdict: String
        var counts: Counts
        var tests: [Test]
    }

    static func oracle(_ log: String, tree: String) throws -> Oracle {
        let driver = KernelFixture.packageRoot + "/Tests/Oracle/kunit_parser_oracle.py"
        let out = try Tool.run("python3", [driver, tree, log])
        struct OracleFailed: Error, CustomStringConvertible { var description: String }
        guard out.status == 0 else { throw OracleFailed(description: "kunit_parser_oracle.py \(log): \(out.output)") }
        return try JSONDecoder().decode(Oracle.self, from: Data(out.stdout.utf8))
    }

    /// kunitgen's reading of the log, in the oracle's shape (a placeholder row expanded into the
    /// nameless crashed tests kunit.py adds one by one).
    static func kunitgen(_ log: String) throws -> (Oracle, ResultsAnalysis) {
        let run = try KTAPParser.parse(KTAPLineSource(path: log))
        let analysis = ResultsAnalysis(run: run, logName: log)
        var tests: [Oracle.Test] = []
        for row in run.nodes.indices where run.nodes[row].depth > 0 {
            let node = run.nodes[row]
            for _ in 0..<node.repeats {
                tests.append(.init(name: run.name(row), status: node.status.kunitName, depth: Int(node.depth) - 1))
            }
        }
        let c = analysis.counts
        let oracle = Oracle(status: analysis.status.kunitName, verdict: analysis.passed ? "pass" : "fail",
                            counts: .init(passed: c.passed, failed: c.failed, crashed: c.crashed, skipped: c.skipped, errors: c.errors),
                            tests: tests)
        return (oracle, analysis)
    }

    @Test func everyKernelTestLogAgreesWithKunitParser() throws {
        let tree = try KernelFixture.linux715()
        let directory = tree + "/tools/testing/kunit/test_data"
        let logs = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".log") }.sorted()
        #expect(logs.count == 24, "the kernel's test_data has \(logs.count) logs")
        var agreed = 0
        for name in logs {
            let path = directory + "/" + name
            let expected = try Self.oracle(path, tree: tree)
            let (actual, analysis) = try Self.kunitgen(path)
            #expect(actual.tests == expected.tests, "\(name): tests\nkunit.py:\n\(expected.tests.map(\.description).joined(separator: "\n"))\nkunitgen:\n\(actual.tests.map(\.description).joined(separator: "\n"))")
            #expect(actual.status == expected.status, "\(name): status")
            #expect(actual.verdict == expected.verdict, "\(name): verdict")
            #expect(actual.counts == expected.counts, "\(name): counts")
            // The exit status CI gates on is kunit.py's verdict.
            #expect(analysis.exitCode(allowEmpty: false) == (expected.verdict == "pass" ? 0 : 1), "\(name): exit status")
            // --format kunit-json is kunit.py's --json (kunit_json.py), key for key.
            let driver = KernelFixture.packageRoot + "/Tests/Oracle/kunit_parser_oracle.py"
            let theirs = try Tool.run("python3", [driver, tree, path, "--kunit-json"])
            let out = ResultsOutput(fd: -1)
            ResultsCommand.write(analysis, format: .kunitJSON, to: out)
            let mine = try JSONSerialization.jsonObject(with: Data(out.capturedText.utf8)) as? NSDictionary
            let kunit = try JSONSerialization.jsonObject(with: Data(theirs.stdout.utf8)) as? NSDictionary
            #expect(mine != nil && mine == kunit, "\(name): kunit-json\n\(out.capturedText)\nkunit_json.py:\n\(theirs.stdout)")
            if actual == expected, mine == kunit { agreed += 1 }
        }
        #expect(agreed == logs.count, "\(agreed)/\(logs.count) logs agree with kunit_parser.py")
    }

    /// The same logs as a serial console (CR, CRLF), CONFIG_PRINTK_CALLER and `journalctl -k`
    /// deliver them: kunit.py (which reads lines with Python's `splitlines()` and cuts the
    /// version line's prefix from every line) and kunitgen must still agree.
    @Test func rewrittenKernelLogsAgreeWithKunitParser() throws {
        let tree = try KernelFixture.linux715()
        let directory = tree + "/tools/testing/kunit/test_data"
        let variants: [(String, (Int, String) -> String, String)] = [
            ("crlf", { $1 }, "\r\n"),
            ("cr", { $1 }, "\r"),
            ("printk-caller", { String(format: "[%5d.%06d][    T1] ", 3, $0) + $1 }, "\n"),
            ("journalctl", { String(format: "Dec 02 04:05:%02d buildhost kernel: ", $0 % 60) + $1 }, "\n"),
        ]
        for name in ["test_is_test_passed-failure.log", "test_kernel_panic_interrupt.log", "test_skip_tests.log",
                     "test_is_test_passed-all_passed_nested.log", "test_interrupted_tap_output.log"] {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (variant, rewrite, end) in variants {
                let rewritten = lines.enumerated().map { rewrite($0.offset, $0.element) }.joined(separator: end)
                let path = Scratch.path("\(variant)-\(name)")
                try rewritten.write(toFile: path, atomically: true, encoding: .utf8)
                let expected = try Self.oracle(path, tree: tree)
                let (actual, _) = try Self.kunitgen(path)
                #expect(actual == expected, "\(variant) \(name)\nkunit.py: \(expected)\nkunitgen: \(actual)")
                #expect(!expected.tests.isEmpty, "\(variant) \(name): kunit.py found tests")
            }
        }
    }

    /// The one documented disagreement: a log holding two KTAP documents (a module loaded after
    /// boot runs its suites and prints KTAP again). The spec: "All KTAP-formatted results begin
    /// with a 'version line'" (Documentation/dev-tools/ktap.rst), so the second version line
    /// begins a second set of results; kunit.py stops after the first document's plan and
    /// ignores it (a failure there goes unseen), kunitgen reads both.
    @Test func secondDocumentIsReadWhereKunitParserStops() throws {
        let tree = try KernelFixture.linux715()
        let directory = tree + "/tools/testing/kunit/test_data"
        let first = try String(contentsOfFile: directory + "/test_is_test_passed-all_passed.log", encoding: .utf8)
        let second = try String(contentsOfFile: directory + "/test_is_test_passed-failure.log", encoding: .utf8)
        let path = Scratch.path("two-documents") + ".log"
        try (first + "\n[   42.000000] loading module\n" + second).write(toFile: path, atomically: true, encoding: .utf8)
        let both = try Self.oracle(path, tree: tree)
        let alone = try Self.oracle(directory + "/test_is_test_passed-all_passed.log", tree: tree)
        let failing = try Self.oracle(directory + "/test_is_test_passed-failure.log", tree: tree)
        #expect(both.tests == alone.tests && both.verdict == "pass", "kunit.py reads the first document only")
        let (actual, analysis) = try Self.kunitgen(path)
        #expect(analysis.run.documents.count == 2)
        #expect(actual.tests == alone.tests + failing.tests)
        #expect(actual.verdict == "fail")
        #expect(actual.counts.failed == failing.counts.failed)
    }
}
