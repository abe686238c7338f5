import Foundation
import Testing
import TestSupport

/// `kunitgen results` on every form a log reaches CI in: line ends, prefixes, several documents,
/// noise, junk, nothing at all, cut short; and every way of handing it over (file, pipe, FIFO,
/// `/dev/stdin`, process substitution, closed standard input).
@Suite struct ResultsInputCLITests {
    /// Two suites (a C one and the Rust doctests), four cases, one skipped: a clean run.
    static let clean = [
        "KTAP version 1",
        "1..2",
        "    KTAP version 1",
        "    # Subtest: example",
        "    1..2",
        "    ok 1 example_simple_test",
        "    ok 2 example_skip_test # SKIP this test should be skipped",
        "# example: pass:1 fail:0 skip:1 total:2",
        "ok 1 example",
        "    KTAP version 1",
        "    # Subtest: rust_doctests_kernel",
        "    1..2",
        "    # rust_doctest_kernel_str_rs_0.location: rust/kernel/str.rs:7",
        "    ok 1 rust_doctest_kernel_str_rs_0",
        "    # rust_doctest_kernel_str_rs_1.location: rust/kernel/str.rs:30",
        "    ok 2 rust_doctest_kernel_str_rs_1",
        "ok 2 rust_doctests_kernel",
    ]
    static let cleanSummary = "tests: 3 passed, 0 failed, 0 crashed, 1 skipped (1 KTAP document"

    static func file(_ bytes: [UInt8], _ name: String = "ktap.log") throws -> String {
        let path = Scratch.directory("results-input") + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func file(_ text: String) throws -> String { try file(Array(text.utf8)) }

    static func lines(_ lines: [String], prefix: (Int) -> String = { _ in "" }, end: String = "\n") -> String {
        lines.enumerated().map { prefix($0.offset) + $0.element + end }.joined()
    }

    /// Runs a shell command line with `$K` the kunitgen binary.
    static func shell(_ command: String, _ shell: String = "/bin/sh") throws -> ToolOutput {
        try Tool.run(URL(fileURLWithPath: shell), ["-c", command], environment: ["K": CLI.binary.path])
    }

    func expectClean(_ text: String, _ what: Comment) throws {
        let result = try CLI.run(["results", try Self.file(text)])
        #expect(result.status == 0, what)
        #expect(result.stdout.contains(Self.cleanSummary), "\(what): \(result.stdout)")
    }

    @Test func lineEnds() throws {
        try expectClean(Self.lines(Self.clean, end: "\r\n"), "CRLF")
        try expectClean(Self.lines(Self.clean, end: "\r"), "CR (a serial console)")
        try expectClean(Self.lines(Self.clean, end: "\n").dropLast() + "", "no line end at the end")
    }

    @Test func prefixes() throws {
        try expectClean(Self.lines(Self.clean) { String(format: "[%5d.%06d] ", 1, $0) }, "dmesg timestamps")
        try expectClean(Self.lines(Self.clean) { String(format: "[%5d.%06d][    T1] ", 1, $0) }, "CONFIG_PRINTK_CALLER")
        try expectClean(Self.lines(Self.clean) { String(format: "<6>[%5d.%06d] ", 1, $0) }, "dmesg -r levels")
        try expectClean("-- Boot 0123456789abcdef --\n" + Self.lines(Self.clean) { String(format: "Dec 02 04:05:%02d buildhost kernel: ", $0 % 60) },
                        "journalctl -k")
        try expectClean(Self.lines(Self.clean) { String(format: "Dec  2 04:05:%02d buildhost kernel: [    2.%06d] ", $0 % 60, $0) },
                        "syslog")
    }

    @Test func noiseAroundAndStrayResults() throws {
        let noise = "ok 1 not_a_test_but_noise\nBooting Linux on physical CPU 0x0\n"
        try expectClean(noise + Self.lines(Self.clean) + "reboot: Restarting system\nnot ok 9 after the end\n", "noise")
    }

    @Test func twoDocuments() throws {
        // A module loaded after boot prints a KTAP document of its own.
        let second = ["KTAP version 1", "1..1", "    KTAP version 1", "    # Subtest: late_module",
                      "    1..1", "    not ok 1 late_case", "not ok 1 late_module"]
        let path = try Self.file(Self.lines(Self.clean) + "[  30.0] loading module\n" + Self.lines(second))
        let result = try CLI.run(["results", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("tests: 3 passed, 1 failed, 0 crashed, 1 skipped (2 KTAP documents"), "\(result.stdout)")
        #expect(result.stdout.contains("\(path):24:1: error: test failed: late_module.late_case [test-failed]"), "\(result.stdout)")
    }

    @Test func invalidUTF8StaysReadable() throws {
        var bytes = Array(Self.lines(Array(Self.clean.prefix(5))).utf8)
        bytes += Array("    # example_failing: bad byte ".utf8) + [0xff, 0xc3] + Array(" and a bell ".utf8) + [7, 10]
        bytes += Array("    not ok 1 example_failing\nnot ok 1 example\n".utf8)
        let result = try CLI.run(["results", try Self.file(bytes)])
        #expect(result.status == 1)
        #expect(result.stdout.contains(#"test failed: example.example_failing: example_failing: bad byte \xff\xc3 and a bell \x07"#), "\(result.stdout)")
    }

    @Test func nothingToGateOnIsNotClean() throws {
        let empty = try CLI.run(["results", try Self.file("")])
        #expect(empty.status == 1)
        #expect(empty.stdout.contains("error: no KTAP found in 0 lines"), "\(empty.stdout)")
        #expect(try CLI.run(["results", "--allow-empty", try Self.file("")]).status == 0)

        var junk: [UInt8] = []
        var seed: UInt64 = 42
        for _ in 0..<100_000 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; junk.append(UInt8(truncatingIfNeeded: seed >> 33)) }
        let binary = try CLI.run(["results", try Self.file(junk)])
        #expect(binary.status == 1)
        #expect(binary.stdout.contains("[ktap-not-found]"))

        let panic = try CLI.run(["results", try Self.file("[ 0.1] Booting\n[ 0.2] Kernel panic - not syncing: Attempted to kill init!\n")])
        #expect(panic.status == 1)
        #expect(panic.stdout.contains("no KTAP found in 2 lines"))

        let noTests = try CLI.run(["results", try Self.file("KTAP version 1\n1..0\n")])
        #expect(noTests.status == 1)
        #expect(noTests.stdout.contains("[ktap-no-tests]"), "\(noTests.stdout)")

        // kunit.py passes a header-only test under a suite reported ok: a warning, exit 0.
        let headerOnly = try CLI.run(["results", try Self.file("TAP version 14\n1..1\n  # Subtest: suite\n  1..1\n    # Subtest: case\n  ok 1 - case\nok 1 - suite\n")])
        #expect(headerOnly.status == 0)
        #expect(headerOnly.stdout.contains(":6:1: warning: no tests run: suite.case [test-no-tests]"), "\(headerOnly.stdout)")

        let skipped = try CLI.run(["results", try Self.file("KTAP version 1\n1..1\nok 1 t # SKIP no hardware\n")])
        #expect(skipped.status == 1)
        #expect(skipped.stdout.contains("[ktap-all-skipped]"))
        #expect(try CLI.run(["results", "--allow-empty", try Self.file("KTAP version 1\n1..1\nok 1 t # SKIP x\n")]).status == 0)
    }

    @Test func crashAndTruncationFail() throws {
        let planned = try CLI.run(["results", try Self.file("KTAP version 1\n1..2\nKernel panic - not syncing: VFS: Unable to mount root fs\n")])
        #expect(planned.status == 1)
        #expect(planned.stdout.contains("the KTAP document planned 2 tests it never reported"), "\(planned.stdout)")
        let cut = try CLI.run(["results", try Self.file(Self.lines(Array(Self.clean.prefix(13))))])
        #expect(cut.status == 1)
        #expect(cut.stdout.contains("tests: 1 passed, 0 failed, 2 crashed, 1 skipped"), "\(cut.stdout)")
        #expect(cut.stdout.contains("rust/kernel/str.rs:7:1: error: doctest did not finish"), "\(cut.stdout)")
    }

    @Test func compressedInputIsAClearError() throws {
        let log = try Self.file(Self.lines(Self.clean))
        _ = try Tool.run("gzip", ["-k", log])
        let result = try CLI.run(["results", log + ".gz"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(log).gz:1:1: error: the log is gzip-compressed: decompress it first (`zcat \(log).gz | kunitgen results`)"), "\(result.stderr)")
    }

    @Test func everyReadablePath() throws {
        let log = try Self.file(Self.lines(Self.clean))
        for command in [#""$K" results < '\#(log)'"#, #"cat '\#(log)' | "$K" results -"#, #"cat '\#(log)' | "$K" results /dev/stdin"#] {
            let result = try Self.shell(command)
            #expect(result.status == 0, "\(command): \(result.output)")
            #expect(result.stdout.contains(Self.cleanSummary), "\(command)")
        }
        let substitution = try Self.shell(#""$K" results <(cat '\#(log)')"#, "/bin/bash")
        #expect(substitution.status == 0, "\(substitution.output)")
        let fifo = Scratch.directory("fifo") + "/ktap.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let viaFIFO = try Self.shell(#"cat '\#(log)' > '\#(fifo)' & "$K" results '\#(fifo)'; s=$?; wait; exit $s"#)
        #expect(viaFIFO.status == 0, "\(viaFIFO.output)")
        #expect(viaFIFO.stdout.contains(Self.cleanSummary))
    }

    @Test func closedStdinAndUnreadablePaths() throws {
        let closed = try Self.shell(#""$K" results <&-"#)
        #expect(closed.status == 2, "\(closed.output)")
        #expect(closed.stderr.contains("<stdin>:1:1: error: cannot read standard input: it is closed [io-error]"), "\(closed.stderr)")
        let missing = try CLI.run(["results", "/nonexistent/ktap.log"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/ktap.log:1:1: error: cannot open: No such file or directory [io-error]"))
        let directory = try CLI.run(["results", Scratch.directory("dir")])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("error: cannot read: is a directory"))
    }

    @Test func deepNestingDoesNotRecurse() throws {
        let depth = 25_000
        var text = "KTAP version 1\n1..1\n"
        for k in 0..<depth { text += "# Subtest: s\(k)\n1..1\n" }
        text += "ok 1 leaf\n"
        for k in (0..<depth).reversed() { text += "ok 1 s\(k)\n" }
        let path = try Self.file(text)
        for format in ["json", "junit", "kunit-json"] {
            let result = try CLI.run(["results", "--format", format, path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains(#""leaf""#), "\(format)")
        }
        let text25k = try CLI.run(["results", path])
        #expect(text25k.stdout.contains("tests: 1 passed, 0 failed, 0 crashed, 0 skipped"))
        // Cut before any suite closes: 25,000 crashed suites, still no crash of kunitgen.
        let cut = try CLI.run(["results", try Self.file(text.components(separatedBy: "ok 1 leaf")[0])])
        #expect(cut.status == 1)
        #expect(cut.stdout.contains("tests: 0 passed, 0 failed, 1 crashed"), "\(cut.stdout.suffix(300))")
    }
}
