import Foundation
import Testing
import TestSupport

/// `kunitgen explain RULE`: every rule any command reports on the real tree has an explanation.
@Suite struct ExplainCLITests {
    @Test func everyRuleReportedOnTheKernelIsExplained() throws {
        let listed = try CLI.run(["explain"])
        #expect(listed.status == 0)
        let ids = Set(listed.stdout.split(separator: "\n").map(String.init))
        #expect(ids.contains("missing-rust-helper") && ids.contains("doctest-no-run-runs"))
        // The rules of check's expected lists on 7.1.5 (every opt-in rule on).
        let corpus = try String(contentsOfFile: KernelFixture.packageRoot + "/Tests/KernelCorpus/expected-check-7.1.5-none-all.txt", encoding: .utf8)
        let reported = Set(corpus.split(separator: "\n").compactMap { line in line.lastIndex(of: "[").map { String(line[line.index(after: $0)...].dropLast()) } })
        #expect(!reported.isEmpty && reported.isSubset(of: ids), "unexplained: \(reported.subtracting(ids))")
        for id in reported {
            let explained = try CLI.run(["explain", id])
            #expect(explained.status == 0 && explained.stdout.hasPrefix(id + " ("), "\(id): \(explained.output)")
        }
    }

    @Test func anUnknownRuleIsAUsageError() throws {
        let result = try CLI.run(["explain", "no-such-rule"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown rule `no-such-rule`"))
    }
}
