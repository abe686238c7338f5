import Foundation

/// JUnit XML, the form GitLab (`artifacts:reports:junit`) and Jenkins (`junit`) read: one
/// `<testsuite>` per KTAP suite that has cases (named `suite` or `suite.subsuite`; the cases
/// directly below a document's main test go in a suite named `main`), one `<testcase>` per case
/// with `<failure>`, `<error>` (crashed, no tests run, never reported) or `<skipped>`; doctest
/// cases carry `file` and `line` of their doc comment (the assertion's line when it failed). A
/// suite whose own result is `not ok` while every case passed gets a case `(suite result)`.
public enum ResultsJUnit {
    struct Stats { var tests = 0, failures = 0, errors = 0, skipped = 0 }

    public static func write(_ a: ResultsAnalysis, to out: ResultsOutput) {
        let run = a.run
        var stats: [Int: Stats] = [:]
        var total = Stats()
        func count(_ group: Int, _ status: KTAPStatus, _ times: Int) {
            var s = stats[group] ?? Stats()
            s.tests += times
            switch status {
            case .success: break
            case .failure: s.failures += times
            case .skipped: s.skipped += times
            default: s.errors += times
            }
            stats[group] = s
        }
        for row in run.nodes.indices {
            let node = run.nodes[row]
            // A placeholder is one <testcase> (its message says how many tests it stands for).
            if node.depth > 0, node.childCount == 0 { count(Int(node.parent), node.status, 1) }
            if node.childCount > 0, node.depth > 0, a.culprits.contains(row) { count(row, node.status, 1) }
        }
        for s in stats.values {
            total.tests += s.tests; total.failures += s.failures; total.errors += s.errors; total.skipped += s.skipped
        }
        out.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        out.line(#"<testsuites name="KUnit" tests="\#(total.tests)" failures="\#(total.failures)" errors="\#(total.errors)" skipped="\#(total.skipped)">"#)
        for group in run.nodes.indices {
            guard let s = stats[group] else { continue }
            let suite = run.nodes[group].depth == 0 ? "main" : run.path(group)
            out.line(#"  <testsuite name="\#(escape(suite))" tests="\#(s.tests)" failures="\#(s.failures)" errors="\#(s.errors)" skipped="\#(s.skipped)">"#)
            var k = group + 1
            while k < run.end(group) {
                if run.nodes[k].childCount == 0 { testcase(a, k, suite: suite, to: out) }
                k = run.end(k)
            }
            if run.nodes[group].depth > 0, a.culprits.contains(group), run.nodes[group].childCount > 0 {
                testcase(a, group, suite: suite, name: "(suite result)", to: out)
            }
            out.line("  </testsuite>")
        }
        out.line("</testsuites>")
    }

    static func testcase(_ a: ResultsAnalysis, _ row: Int, suite: String, name: String? = nil, to out: ResultsOutput) {
        let run = a.run
        let node = run.nodes[row]
        var caseName = name ?? run.name(row)
        if caseName.isEmpty { caseName = node.repeats == 1 ? "(planned test never reported)" : "(\(node.repeats) planned tests never reported)" }
        var attributes = #"classname="\#(escape(suite))" name="\#(escape(caseName))""#
        let doctest = name == nil ? a.doctest(row) : nil
        if let d = doctest, let place = d.failure ?? d.location {
            attributes += #" file="\#(escape(place.path))" line="\#(place.line)""#
        }
        if node.status == .success {
            out.line("    <testcase \(attributes)/>")
            return
        }
        out.line("    <testcase \(attributes)>")
        let log = run.logs[row]
        var body = (log?.lines ?? []).joined(separator: "\n")
        if let log, log.elidedLines > 0 { body += "\n[… \(log.elidedLines) more lines]" }
        let message: String
        if let d = doctest, let finding = DoctestResults.finding(d) {
            message = "\(finding.location.path):\(finding.location.line): \(finding.message)"
        } else {
            let texts = (log?.texts ?? []).map(\.trimmingSpacesAndNewlines).filter { !$0.isEmpty }
            message = texts.first.map { String($0.prefix(500)) } ?? node.status.word
        }
        switch node.status {
        case .skipped:
            let reason = run.skipReasons[row] ?? (message == node.status.word ? "" : message)
            out.line(#"      <skipped message="\#(escape(reason))"/>"#)
        case .failure:
            out.line(#"      <failure type="failure" message="\#(escape(message))">\#(escape(body))</failure>"#)
        default:
            out.line(#"      <error type="\#(node.status.kunitName)" message="\#(escape(node.status.word + ": " + message))">\#(escape(body))</error>"#)
        }
        out.line("    </testcase>")
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot hold (the reader already wrote
    /// control characters as `\xNN`) become U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// The KernelCI JSON of `kunit.py --json` (`kunit_json.py`): nested `sub_groups` for tests with
/// subtests, `test_cases` (`PASS`, `SKIP`, `ERROR` for crashed, `FAIL` otherwise) for the others,
/// `misc` counts, and kunit.py's common fields (empty here: kunitgen knows no build). Doctest
/// cases add `"location": {"file", "line"}` (and `"failure"` where the assertion failed), which
/// kunit.py drops. Several KTAP documents: their groups are the `sub_groups` of the top one.
/// Written with an explicit stack, never recursing.
public enum ResultsKunitJSON {
    static let common = #""arch": "", "defconfig": "", "build_environment": "", "lab_name": null, "kernel": null, "job": null, "git_branch": "kselftest""#

    public static func write(_ a: ResultsAnalysis, to out: ResultsOutput) {
        let run = a.run
        if run.documents.count != 1 {
            out.write(#"{"name": "KUnit Test Group", "sub_groups": ["#)
            for (k, d) in run.documents.enumerated() {
                if k > 0 { out.write(", ") }
                group(a, d, name: "main", to: out)
            }
            out.write(#"], "test_cases": [], "misc": \#(misc(a.counts)), \#(common)}"#)
            out.write("\n")
            return
        }
        group(a, run.documents[0], name: "KUnit Test Group", to: out)
        out.write("\n")
    }

    static func misc(_ c: KTAPCounts) -> String {
        #"{"tests": \#(c.total), "passed": \#(c.passed), "failed": \#(c.failed), "crashed": \#(c.crashed), "skipped": \#(c.skipped), "errors": \#(c.errors)}"#
    }

    static func status(_ s: KTAPStatus) -> String {
        s == .success ? "PASS" : s == .skipped ? "SKIP" : s == .crashed ? "ERROR" : "FAIL"
    }

    static func group(_ a: ResultsAnalysis, _ root: Int, name rootName: String, to out: ResultsOutput) {
        let run = a.run
        // (group row, next child row to look at for sub-groups)
        var stack: [(row: Int, cursor: Int, first: Bool)] = []
        func open(_ row: Int, _ name: String) {
            out.write(#"{"name": \#(JSONValue.string(name).compact), "sub_groups": ["#)
            stack.append((row, row + 1, true))
        }
        open(root, rootName)
        while var top = stack.popLast() {
            var child: Int?
            while top.cursor < run.end(top.row) {
                let k = top.cursor
                top.cursor = run.end(k)
                if run.nodes[k].childCount > 0 { child = k; break }
            }
            if let child {
                if !top.first { out.write(", ") }
                top.first = false
                stack.append(top)
                open(child, run.name(child))
                continue
            }
            out.write(#"], "test_cases": ["#)
            var k = top.row + 1
            var first = true
            while k < run.end(top.row) {
                if run.nodes[k].childCount == 0 {
                    for _ in 0..<min(Int(run.nodes[k].repeats), 1000) {
                        if !first { out.write(", ") }
                        first = false
                        out.write(testCase(a, k))
                    }
                }
                k = run.end(k)
            }
            out.write(#"], "misc": \#(misc(run.counts(top.row))), \#(common)}"#)
        }
    }

    static func testCase(_ a: ResultsAnalysis, _ row: Int) -> String {
        var fields: [(String, JSONValue)] = [("name", .string(a.run.name(row))), ("status", .string(status(a.run.nodes[row].status)))]
        if let d = a.doctest(row) {
            if let l = d.location { fields.append(("location", ResultsReport.location(l))) }
            if let f = d.failure { fields.append(("failure", ResultsReport.location(f))) }
        }
        return JSONValue.object(fields).compact
    }
}
