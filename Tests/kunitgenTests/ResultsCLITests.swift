import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

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
        let path = Scratch.path("ktap") + ".log"
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
        #expect(object?["version"] as? Int == 2)
        #expect(object?["status"] as? String == "FAILURE")
        let tests = try #require(object?["tests"] as? [[String: Any]])
        #expect(tests.map { $0["name"] as? String } == ["main", "rust_doctests_kernel", "rust_doctest_kernel_sync_arc_rs_0", "rust_doctest_kernel_sync_arc_rs_1"])
        #expect(tests.map { $0["status"] as? String } == ["FAILURE", "FAILURE", "SUCCESS", "FAILURE"])
        #expect(tests.map { $0["parent"] as? Int } == [nil, 0, 1, 1])
        let failure = try #require(tests[3]["failure"] as? [String: Any])
        #expect(failure["file"] as? String == "rust/kernel/sync/arc.rs")
        #expect(failure["line"] as? Int == 64)
        let md = try CLI.run(["results", "--format", "md", path])
        #expect(md.stdout.contains("- Verdict: **failed**"))
        #expect(md.stdout.contains("| rust/kernel/sync/arc.rs:64 | error | doctest failed: Expected a == b to be true (rust_doctest_kernel_sync_arc_rs_1) |"))
    }
}

/// `results --srctree`: a case is tied to its doctest by the name `generate` gives it, even when
/// the log lost the `.location` line (a log cut by the console, say).
@Suite struct ResultsSrctreeCLITests {
    @Test func caseNamesAreMappedToItemAndLocation() throws {
        let out = Scratch.path("results-gen")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        #expect(try CLI.run(["generate", "--srctree", "Fixtures/rust-src", "--out", out]).status != 2)
        let rust = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        // The first case of the generated file, with the location it prints at run time.
        let marker = ".location: "
        let line = try #require(rust.split(separator: "\n").first { $0.contains(marker) && $0.contains("rust_doctest_kernel_") })
        let text = String(line)
        let nameStart = try #require(text.range(of: "rust_doctest_kernel_"))
        let name = String(text[nameStart.lowerBound...].prefix { $0 != "." })
        let location = String(text[try #require(text.range(of: marker)).upperBound...].prefix { $0 != "\"" && $0 != "\\" })
        let log = """
            KTAP version 1
            1..1
                KTAP version 1
                # Subtest: rust_doctests_kernel
                1..1
                not ok 1 \(name)
            not ok 1 rust_doctests_kernel

            """
        let path = out + "/ktap.log"
        try log.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["results", "--srctree", "Fixtures/rust-src", path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(location + ":1: error: doctest failed (\(name), "), "\(result.stdout)")
        // The item is the one `extract` names for that file and line (`extract` reads the file as
        // a crate root, so its path lacks the module path: compare the end).
        let file = String(location[..<location.lastIndex(of: ":")!])
        let json = try CLI.run(["extract", "--format", "json", "Fixtures/rust-src/" + file])
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let lineNumber = Int(location[location.index(after: location.lastIndex(of: ":")!)...])
        let entry = (doc?["doctests"] as? [[String: Any]])?.first { $0["line"] as? Int == lineNumber }
        let itemPath = (entry?["item_path"] as? [String]) ?? []
        let itemText = itemPath.isEmpty ? "crate documentation" : "::\(itemPath.joined(separator: "::"))`"
        #expect(result.stdout.contains(itemText), "\(result.stdout) vs \(itemText)")
    }
}

extension ResultsSrctreeCLITests {
    /// The log's own `.location` line is checked against the tree: a tree that is not the one
    /// the kernel was built from is said so, and the log's location (what ran) is kept.
    @Test func logLocationDisagreeingWithTheTreeIsReported() throws {
        let out = Scratch.path("results-gen-mismatch")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        #expect(try CLI.run(["generate", "--srctree", "Fixtures/rust-src", "--out", out]).status != 2)
        let rust = try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8)
        let marker = ".location: "
        let line = String(try #require(rust.split(separator: "\n").first { $0.contains(marker) && $0.contains("rust_doctest_kernel_") }))
        let name = String(line[try #require(line.range(of: "rust_doctest_kernel_")).lowerBound...].prefix { $0 != "." })
        let location = String(line[try #require(line.range(of: marker)).upperBound...].prefix { $0 != "\"" && $0 != "\\" })
        let file = String(location[..<location.lastIndex(of: ":")!])
        let lineNumber = try #require(Int(location[location.index(after: location.lastIndex(of: ":")!)...]))
        func log(_ at: Int) -> String {
            "KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: rust_doctests_kernel\n    1..1\n"
                + "    # \(name).location: \(file):\(at)\n    ok 1 \(name)\nok 1 rust_doctests_kernel\n"
        }
        let moved = out + "/moved.log"
        try log(lineNumber + 1000).write(toFile: moved, atomically: true, encoding: .utf8)
        let result = try CLI.run(["results", "--srctree", "Fixtures/rust-src", moved])
        #expect(result.stdout.contains("\(file):\(lineNumber + 1000):1: warning: the log places \(name) at \(file):\(lineNumber + 1000), the tree at \(file):\(lineNumber): --srctree is not the tree the kernel was built from? [doctest-location-mismatch]"), "\(result.stdout)")
        // A warning, not a failure: the test passed.
        #expect(result.status == 0)
        let same = out + "/same.log"
        try log(lineNumber).write(toFile: same, atomically: true, encoding: .utf8)
        let agreeing = try CLI.run(["results", "--srctree", "Fixtures/rust-src", same])
        #expect(!agreeing.stdout.contains("doctest-location-mismatch"))
        #expect(agreeing.status == 0)
    }
}

/// The formats CI systems read: JUnit XML (GitLab, Jenkins) and kunit.py's KernelCI JSON.
@Suite struct ResultsCIFormatTests {
    static let log = """
        KTAP version 1
        1..2
            KTAP version 1
            # Subtest: list_sort
            1..2
            ok 1 test_sort
            # test_stable: EXPECTATION FAILED at lib/tests/test_list_sort.c:90
            Expected a < b & "c", but
            not ok 2 test_stable
        not ok 1 list_sort
            KTAP version 1
            # Subtest: rust_doctests_kernel
            1..2
            # rust_doctest_kernel_sync_arc_rs_1.location: rust/kernel/sync/arc.rs:60
            # rust_doctest_kernel_sync_arc_rs_1: ASSERTION FAILED at rust/kernel/sync/arc.rs:64
            Expected a == b to be true
            not ok 1 rust_doctest_kernel_sync_arc_rs_1
            ok 2 rust_doctest_kernel_str_rs_0 # SKIP needs CONFIG_X
        not ok 2 rust_doctests_kernel

        """

    @Test func junitXML() throws {
        let path = Scratch.path("junit") + ".log"
        try Self.log.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["results", "--format", "junit", path])
        #expect(result.status == 1)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(["tests", "failures", "errors", "skipped"].map { root.attribute(forName: $0)?.stringValue } == ["4", "2", "0", "1"])
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["list_sort", "rust_doctests_kernel"])
        let cases = suites.flatMap { $0.elements(forName: "testcase") }
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } == ["test_sort", "test_stable", "rust_doctest_kernel_sync_arc_rs_1", "rust_doctest_kernel_str_rs_0"])
        let cFailure = try #require(cases[1].elements(forName: "failure").first)
        #expect(cFailure.attribute(forName: "message")?.stringValue == "test_stable: EXPECTATION FAILED at lib/tests/test_list_sort.c:90")
        #expect(cFailure.stringValue?.contains(#"Expected a < b & "c", but"#) == true)
        // The doctest carries its doc comment's file and the assertion's line.
        #expect(cases[2].attribute(forName: "file")?.stringValue == "rust/kernel/sync/arc.rs")
        #expect(cases[2].attribute(forName: "line")?.stringValue == "64")
        #expect(cases[2].elements(forName: "failure").first?.attribute(forName: "message")?.stringValue
                == "rust/kernel/sync/arc.rs:64: doctest failed: Expected a == b to be true (rust_doctest_kernel_sync_arc_rs_1)")
        #expect(cases[3].elements(forName: "skipped").first?.attribute(forName: "message")?.stringValue == "needs CONFIG_X")
        #expect(cases[0].children == nil || cases[0].children?.isEmpty == true)
    }

    @Test func kunitJSONKeepsTheLocation() throws {
        let path = Scratch.path("kunit-json") + ".log"
        try Self.log.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["results", "--format", "kunit-json", path])
        #expect(result.status == 1)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(top["name"] as? String == "KUnit Test Group")
        let groups = try #require(top["sub_groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["list_sort", "rust_doctests_kernel"])
        let cases = try #require(groups[1]["test_cases"] as? [[String: Any]])
        #expect(cases.map { $0["status"] as? String } == ["FAIL", "SKIP"])
        #expect((cases[0]["location"] as? [String: Any])?["line"] as? Int == 60)
        #expect((cases[0]["failure"] as? [String: Any])?["line"] as? Int == 64)
        let misc = try #require(top["misc"] as? [String: Int])
        #expect(misc == ["tests": 4, "passed": 1, "failed": 2, "crashed": 0, "skipped": 1, "errors": 0])
    }
}
