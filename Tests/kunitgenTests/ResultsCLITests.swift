import Foundation
import Testing

@Suite struct ResultsCLITests {
    static let log = """
        [    0.512345] KTAP version 1
        [    0.512346] 1..1
        [    0.512400]     KTAP version 1
        [    0.512401]     # Subtest: rust_doctests_kernel
        [    0.512403]     1..2
        [    0.512500]     # rust_doctest_kernel_sync_arc_rs_0.location: rust/kernel/sync/arc.rs:42
        [    0.512600]     ok 1 rust_doctest_kernel_sync_arc_rs_0
        [    0.512700]     # rust_doctest_kernel_sync_arc_rs_1.location: rust/kernel/sync/arc.rs:60
        [    0.512701]     # rust_doctest_kernel_sync_arc_rs_1: ASSERTION FAILED at rust/kernel/sync/arc.rs:64
        [    0.512702]     Expected a == b to be true
        [    0.512800]     not ok 2 rust_doctest_kernel_sync_arc_rs_1
        [    0.513200] not ok 1 rust_doctests_kernel

        """

    func logFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ktap-\(UUID().uuidString).log").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func failuresPointAtTheAssertion() throws {
        let result = try CLI.run(["results", try logFile(Self.log)])
        #expect(result.status == 1)
        #expect(result.stdout.contains("rust/kernel/sync/arc.rs:64:1: error: doctest failed: Expected a == b to be true"))
        #expect(result.stdout.contains("doctests: 1 passed, 1 failed, 0 skipped"))
    }

    @Test func cleanLogExitsZeroAndMissingLogExitsTwo() throws {
        let clean = Self.log.replacingOccurrences(of: "not ok 2", with: "ok 2").replacingOccurrences(of: "not ok 1", with: "ok 1")
        #expect(try CLI.run(["results", try logFile(clean)]).status == 0)
        #expect(try CLI.run(["results", "/nonexistent/log"]).status == 2)
    }

    @Test func jsonAndMarkdown() throws {
        let path = try logFile(Self.log)
        let json = try CLI.run(["results", "--format", "json", path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "kunitgen-results")
        #expect((object?["results"] as? [Any])?.count == 2)
        let md = try CLI.run(["results", "--format", "md", path])
        #expect(md.stdout.contains("| `rust_doctest_kernel_sync_arc_rs_1` | failed | rust/kernel/sync/arc.rs:64 |"))
    }
}
