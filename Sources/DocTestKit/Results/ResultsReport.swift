import Foundation

/// JSON (`kunitgen-results` version 2) and Markdown renderings, written test by test.
///
/// JSON: `{"schema": "kunitgen-results", "version": 2, "status": <kunit.py TestStatus name of the
/// whole log>, "passed": bool, "counts": {passed, failed, crashed, skipped, errors}, "documents":
/// N, "lines": N, "tests": [...], "findings": [...]}`; `tests` lists every test in pre-order,
/// a document's `main` test (depth 0) first, each `{"name", "parent" (its index in `tests`, null
/// for `main`), "depth" (1 for a suite), "status" (TestStatus name),
/// "log_line", "repeats" (tests a placeholder stands for), "location", "failure", "message",
/// "item_path", "tree_location"}` (the last five for `rust_doctest_*` cases), plus `"log"` (the
/// kept diagnostic lines and `"elided_lines"`) for a test that did not pass, `"skip_reason"` for
/// one skipped with a reason.
public enum ResultsReport {
    static func location(_ l: SourceLocation?) -> JSONValue {
        l.map { .object([("file", .string($0.path)), ("line", .int($0.line))]) } ?? .null
    }

    static func counts(_ c: KTAPCounts) -> JSONValue {
        .object([("passed", .int(c.passed)), ("failed", .int(c.failed)), ("crashed", .int(c.crashed)),
                 ("skipped", .int(c.skipped)), ("errors", .int(c.errors))])
    }

    static func test(_ a: ResultsAnalysis, _ row: Int) -> JSONValue {
        let run = a.run
        let node = run.nodes[row]
        var fields: [(String, JSONValue)] = [
            ("name", .string(run.name(row))), ("parent", node.parent < 0 ? .null : .int(Int(node.parent))),
            ("depth", .int(Int(node.depth))),
            ("status", .string(node.status.kunitName)), ("log_line", .int(node.logLine)), ("repeats", .int(Int(node.repeats))),
        ]
        if let d = a.doctest(row) {
            fields += [("location", location(d.location)), ("failure", location(d.failure)),
                       ("message", d.message.map(JSONValue.string) ?? .null),
                       ("item_path", d.itemPath.map { .array($0.map(JSONValue.string)) } ?? .null),
                       ("tree_location", location(d.treeLocation))]
        }
        if let reason = run.skipReasons[row] { fields.append(("skip_reason", .string(reason))) }
        if let log = run.logs[row] {
            fields.append(("log", .object([("lines", .array(log.lines.map(JSONValue.string))),
                                           ("elided_lines", .int(log.elidedLines))])))
        }
        return .object(fields)
    }

    public static func json(_ a: ResultsAnalysis, to out: ResultsOutput) {
        let head: [(String, JSONValue)] = [
            ("schema", .string("kunitgen-results")), ("version", .int(2)),
            ("status", .string(a.status.kunitName)), ("passed", .bool(a.passed)), ("counts", counts(a.counts)),
            ("documents", .int(a.run.documents.count)), ("lines", .int(a.run.lineCount)),
        ]
        out.write("{\n")
        for (key, value) in head { out.write("  \(JSONValue.string(key).compact): \(value.compact),\n") }
        out.write("  \"tests\": [")
        var first = true
        for row in a.run.nodes.indices {
            out.write(first ? "\n    " : ",\n    ")
            first = false
            out.write(test(a, row).compact)
        }
        out.write(first ? "],\n" : "\n  ],\n")
        out.write("  \"findings\": [")
        for (k, f) in a.findings.enumerated() { out.write((k == 0 ? "\n    " : ",\n    ") + DoctestJSON.finding(f).compact) }
        out.write(a.findings.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// A heading, the counts, and a table of every test that did not pass.
    public static func markdown(_ a: ResultsAnalysis, to out: ResultsOutput) {
        let c = a.counts
        out.line("# KUnit results\n")
        out.line("- Verdict: **\(a.passed ? "passed" : a.status.word)**")
        out.line("- Tests: \(c.passed) passed, \(c.failed) failed, \(c.crashed) crashed, \(c.skipped) skipped; \(c.errors) parse errors")
        let d = a.doctestCounts
        out.line("- Doctests: \(d.passed) passed, \(d.failed) failed, \(d.skipped) skipped\n")
        let problems = a.findings
        if problems.isEmpty { return }
        out.line("| where | severity | message |\n|---|---|---|")
        for f in problems {
            let message = escape(f.message)
            out.line("| \(escape(f.location.path)):\(f.location.line) | \(f.severity.rawValue) | \(message) |")
        }
        if a.elidedFindings > 0 { out.line("\n… and \(a.elidedFindings) more tests that did not pass.") }
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
