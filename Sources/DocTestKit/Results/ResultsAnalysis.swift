import Foundation

/// What `kunitgen results` concludes from a log: kunit.py's tree and verdict, the doctest
/// mapping, and one finding per test that did not pass (the deepest one: a failed case, not
/// also its suite), plus the log-level problems (no KTAP, no tests, everything skipped).
public struct ResultsAnalysis: Sendable {
    public var run: KTAPRun
    /// The log's name in diagnostics (`<stdin>` for standard input).
    public var logName: String
    /// The tree's doctests by KUnit case name (`--srctree`).
    public var treeDoctests: [String: Doctest]?
    public private(set) var doctestCounts = (passed: 0, failed: 0, skipped: 0)
    public var findings: [Finding]
    /// Findings not kept (beyond `findingLimit`).
    public var elidedFindings = 0
    /// Rows that did not pass while everything below them did (the ones findings are about).
    public var culprits: Set<Int>
    public var status: KTAPStatus
    public var counts: KTAPCounts
    /// 0 all passed, 1 otherwise (see `exitCode(allowEmpty:)`).
    public var passed: Bool { status == .success }

    public static let findingLimit = 10_000

    public init(run: KTAPRun, logName: String, doctests treeDoctests: [String: Doctest]? = nil) {
        self.run = run
        self.logName = logName
        self.treeDoctests = treeDoctests
        (status, counts) = run.summary
        findings = []
        culprits = []

        var badBelow = [Bool](repeating: false, count: run.nodes.count)
        var rows: [Int] = []
        for row in run.nodes.indices.reversed() {
            let node = run.nodes[row]
            let bad = !node.status.isOK
            if bad, !badBelow[row], node.depth > 0 { rows.append(row) }
            if node.parent >= 0, bad || badBelow[row] { badBelow[Int(node.parent)] = true }
        }
        culprits = Set(rows)
        for row in rows.reversed() {
            guard findings.count < Self.findingLimit else { elidedFindings += 1; continue }
            if let doctest = doctest(row), let finding = DoctestResults.finding(doctest) {
                findings.append(finding)
            } else {
                var finding = testFinding(row)
                // kunit.py passes a log whose only flaw is a header-only test (a `# Subtest:`
                // without tests, under a suite reported `ok`): said, but not an error.
                if status == .success, finding.ruleID == "test-no-tests" { finding.severity = .warning }
                findings.append(finding)
            }
        }
        for row in run.nodes.indices where DoctestResults.isDoctest(run, row) {
            switch run.nodes[row].status {
            case .success: doctestCounts.passed += 1
            case .skipped: doctestCounts.skipped += 1
            default: doctestCounts.failed += 1
            }
            if treeDoctests != nil, let doctest = doctest(row), let warning = DoctestResults.mismatch(doctest) { findings.append(warning) }
        }
        for error in run.errors {
            findings.append(Finding(location: SourceLocation(path: logName, line: error.logLine), severity: .warning,
                                    ruleID: "ktap-parse-error", message: "\(error.test): \(error.message)"))
        }
        if run.errorCount > run.errors.count {
            findings.append(Finding(location: SourceLocation(path: logName, line: run.lineCount), severity: .warning,
                                    ruleID: "ktap-parse-error", message: "\(run.errorCount - run.errors.count) more parse errors"))
        }
        if let log = logFinding() { findings.append(log) }
    }

    private func place(_ row: Int) -> SourceLocation { SourceLocation(path: logName, line: max(run.nodes[row].logLine, 1)) }

    private func testFinding(_ row: Int) -> Finding {
        let node = run.nodes[row]
        let name = run.path(row)
        let messages = (run.logs[row]?.texts ?? []).map(\.trimmingSpacesAndNewlines).filter { !$0.isEmpty }
        var detail = messages.prefix(3).joined(separator: "; ")
        if messages.count > 3 { detail += "; …" }
        let what = detail.isEmpty ? "" : ": \(detail)"
        if name.isEmpty || run.name(row).isEmpty {
            let parent = Int(node.parent)
            let suite = parent >= 0 && run.nodes[parent].depth > 0 ? "`\(run.path(parent))`" : "the KTAP document"
            let count = node.repeats == 1 ? "a test" : "\(node.repeats) tests"
            // The generated doctests print `# <case>.location: ...` first: that names the case
            // that was running when the log stopped.
            if let line = run.logs[row]?.texts.last(where: { $0.hasPrefix("rust_doctest_") && $0.hasBytes(".location: ") }),
               let marker = line.byteOffset(of: ".location: "),
               let location = DoctestResults.parseLocation(line.after(".location: ")!) {
                let name = String(decoding: line.utf8.prefix(marker), as: UTF8.self)
                var result = DoctestResult(row: row, caseName: name, suite: suite, status: .crashed, location: location)
                if let doctest = treeDoctests?[name] { result.itemPath = doctest.itemPath }
                var finding = DoctestResults.finding(result)!
                finding.message += "; \(suite) planned \(count) it never reported"
                return finding
            }
            return Finding(location: place(row), severity: .error, ruleID: "test-missing",
                           message: "\(suite) planned \(count) it never reported (crash or truncated log)")
        }
        switch node.status {
        case .failure:
            return Finding(location: place(row), severity: .error, ruleID: "test-failed", message: "test failed: \(name)\(what)")
        case .noTests:
            return Finding(location: place(row), severity: .error, ruleID: "test-no-tests", message: "no tests run: \(name)\(what)")
        default:
            return Finding(location: place(row), severity: .error, ruleID: "test-crashed",
                           message: "test crashed: \(name) (no result line: a crash, or the log ends before it)\(what)")
        }
    }

    /// The log-level verdicts kunit.py gives no test for.
    private func logFinding() -> Finding? {
        let start = SourceLocation(path: logName, line: 1)
        switch status {
        case .failureToParseTests:
            var message = "no KTAP found in \(run.lineCount) lines: did any KUnit tests run? (no `KTAP version` or `TAP version` line)"
            if run.strayResultLines > 0 {
                message += "; \(run.strayResultLines) result lines outside any KTAP document, from line \(run.firstStrayResultLine ?? 1): the start of the log was lost?"
            }
            return Finding(location: start, severity: .error, ruleID: "ktap-not-found", message: message)
        case .noTests:
            return Finding(location: start, severity: .error, ruleID: "ktap-no-tests", message: "the KTAP output reports no test run")
        case .skipped:
            return Finding(location: start, severity: .error, ruleID: "ktap-all-skipped", message: "every test was skipped: nothing was tested")
        default:
            return nil
        }
    }

    /// 0 every test passed (some may be skipped), 1 otherwise. `allowEmpty` accepts a log with
    /// no KTAP, no test run, or only skipped tests.
    public func exitCode(allowEmpty: Bool) -> Int32 {
        if passed { return 0 }
        if allowEmpty, [.failureToParseTests, .noTests, .skipped].contains(status) { return 0 }
        return 1
    }

    /// The doctest case at `row`, mapped (nil if the row is not a `rust_doctest_*` case).
    public func doctest(_ row: Int) -> DoctestResult? {
        guard DoctestResults.isDoctest(run, row) else { return nil }
        let result = DoctestResults.result(run, row)
        guard let treeDoctests else { return result }
        return DoctestResults.attach([result], to: treeDoctests)[0]
    }

    public var summaryLine: String {
        let c = counts
        let documents = run.documents.count == 1 ? "1 KTAP document" : "\(run.documents.count) KTAP documents"
        var line = "tests: \(c.passed) passed, \(c.failed) failed, \(c.crashed) crashed, \(c.skipped) skipped (\(documents), \(run.lineCount) lines): \(status.word)"
        if c.errors > 0 { line += "; \(c.errors) parse errors" }
        let d = doctestCounts
        return line + "\ndoctests: \(d.passed) passed, \(d.failed) failed, \(d.skipped) skipped"
    }
}

/// `kunitgen results`: reads the log (a path, or `-`), parses it, maps doctests.
public enum ResultsCommand {
    public enum Format: String, CaseIterable, Sendable { case text, json, md, junit, kunitJSON = "kunit-json" }

    /// Reads and analyses a log; the error is an I/O error (exit 2) in the `path:1:1: error:` form.
    public static func analyse(path: String, doctests: (() -> [String: Doctest])? = nil) throws(KTAPReadError) -> ResultsAnalysis {
        let name = path == "-" ? "<stdin>" : path
        let source: KTAPLineSource
        do { source = try KTAPLineSource(path: path) } catch {
            throw KTAPReadError(description: "\(name):1:1: error: \(error.description) [io-error]")
        }
        if let format = source.compressedFormat {
            let tool = ["gzip": "zcat", "xz": "xzcat", "zstd": "zstdcat", "bzip2": "bzcat"][format]!
            throw KTAPReadError(description: "\(name):1:1: error: the log is \(format)-compressed: decompress it first (`\(tool) \(path == "-" ? "LOG" : path) | kunitgen results`) [io-error]")
        }
        let run: KTAPRun
        do { run = try KTAPParser.parse(source) } catch {
            throw KTAPReadError(description: "\(name):\(source.lineNumber + 1):1: error: \(error.description) [io-error]")
        }
        return ResultsAnalysis(run: run, logName: name, doctests: doctests?())
    }

    /// Writes the analysis in `format` to `out`.
    public static func write(_ analysis: ResultsAnalysis, format: Format, to out: ResultsOutput) {
        switch format {
        case .text:
            for f in analysis.findings { out.line(f.gccStyle) }
            if analysis.elidedFindings > 0 { out.line("… \(analysis.elidedFindings) more tests did not pass") }
            out.line(analysis.summaryLine)
        case .md: ResultsReport.markdown(analysis, to: out)
        case .json: ResultsReport.json(analysis, to: out)
        case .junit: ResultsJUnit.write(analysis, to: out)
        case .kunitJSON: ResultsKunitJSON.write(analysis, to: out)
        }
        out.flush()
    }
}

/// Output written to a file descriptor through a 64 KiB buffer (reports of a million tests are
/// never held whole).
public final class ResultsOutput {
    private let fd: Int32
    private var buffer: [UInt8] = []
    public private(set) var failed = false
    /// Bytes written so far.
    public private(set) var bytesWritten = 0

    /// What was written, for an output made with `init(fd: -1)` (tests).
    public private(set) var captured: [UInt8] = []

    /// Writes to `fd`; -1 keeps everything in `captured`.
    public init(fd: Int32 = 1) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    public var capturedText: String { flush(); return String(decoding: captured, as: UTF8.self) }

    public func write(_ s: String) {
        bytesWritten += s.utf8.count
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func line(_ s: String) { write(s); write("\n") }

    public func flush() {
        if fd < 0 {
            captured += buffer
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var offset = 0
        while offset < buffer.count, !failed {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n > 0 { offset += n } else if n < 0, errno == EINTR { continue } else { failed = true }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
