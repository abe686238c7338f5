import Foundation

/// kunit_parser.py's `parse_run_tests` / `parse_test`, statement for statement, with the
/// recursion turned into an explicit stack of frames (one per open test) so that nesting depth
/// costs memory, not call stack; and reading the log as a stream of lines. The differential test
/// (`ResultsOracleTests`) runs kunit_parser.py on the kernel's own test logs and compares.
public enum KTAPParser {
    /// Reads every KTAP document of the log.
    public static func parse(_ source: KTAPLineSource) throws(KTAPReadError) -> KTAPRun {
        let lines = KTAPLines(source)
        var run = KTAPRun()
        var parser = Parser(lines: lines)
        // parse_run_tests: "if not lines" is kunit.py's "Could not find any KTAP output".
        if try lines.hasMore() {
            repeat {
                run.documents.append(try parser.parseDocument(into: &run))
            } while try lines.nextDocument()
        }
        run.lineCount = lines.totalLines
        run.strayResultLines = lines.strayResultLines
        run.firstStrayResultLine = lines.firstStrayResultLine
        return run
    }

    /// Reads a log held in memory (tests, small inputs).
    public static func parse(_ text: String) -> KTAPRun {
        (try? parse(KTAPLineSource(bytes: Array(text.utf8)))) ?? KTAPRun()
    }

    // `frame` is finished before its parent is resumed, so `parent.counts.add(frame.counts)` is
    // kunit.py's `add_subtest_counts` (errors included).
    private struct Frame {
        var row: Int
        var name = ""
        var expectedNumber: Int
        var isSubtest: Bool
        var isParent = false
        /// nil: no plan (kunit's `expected_count = None`).
        var expectedCount: Int?
        var testNumber = 1
        var subtests = 0
        var counts = KTAPCounts()
        var status: KTAPStatus = .crashed
        var log: KTAPTestLog
        var started = false
    }

    private struct Parser {
        let lines: KTAPLines

        func diagnostics(into log: inout KTAPTestLog) throws(KTAPReadError) {
            while try lines.hasMore(), !KTAPMatch.isStructural(try lines.peek()) { log.append(try lines.pop()) }
        }

        func nameMatches(_ name: String) throws(KTAPReadError) -> Bool {
            guard let r = KTAPMatch.result(try lines.peek()), !r.name.isEmpty else { return false }
            return r.name == name
        }

        func error(_ frame: inout Frame, _ message: String, _ run: inout KTAPRun, times: Int = 1) throws(KTAPReadError) {
            frame.counts.errors += times
            run.errorCount += 1
            if run.errors.count < KTAPRun.errorLimit {
                let text = times == 1 ? message : "\(message) (\(times) times)"
                run.errors.append(KTAPParseError(test: frame.name, message: text, logLine: try lines.lineNumber()))
            }
        }

        func header(_ frame: inout Frame, _ run: inout KTAPRun) throws(KTAPReadError) -> Bool {
            guard let version = KTAPMatch.version(try lines.peek()) else { return false }
            let accepted = version.ktap ? 1...1 : 13...14
            if version.number < accepted.lowerBound {
                try error(&frame, "\(version.ktap ? "KTAP" : "TAP") version lower than expected!", &run)
            } else if version.number > accepted.upperBound {
                try error(&frame, "\(version.ktap ? "KTAP" : "TAP") version higer than expected!", &run)
            }
            _ = try lines.pop()
            return true
        }

        /// parse_test(lines, 0, [], False) for one document; returns the row of its `main`.
        mutating func parseDocument(into run: inout KTAPRun) throws(KTAPReadError) -> Int {
            var stack: [Frame] = [open(&run, expectedNumber: 0, log: KTAPTestLog(), isSubtest: false, parent: -1, depth: 0)]
            var done: Int?
            while done == nil {
                var frame = stack.removeLast()
                if !frame.started {
                    try start(&frame, &run)
                }
                // The loop over subtests.
                if frame.isParent, frame.expectedCount.map({ frame.testNumber <= $0 }) ?? true {
                    var subLog = KTAPTestLog()
                    try diagnostics(into: &subLog)
                    var atEnd = try !lines.hasMore()
                    if !atEnd, frame.isSubtest { atEnd = try nameMatches(frame.name) }
                    if atEnd {
                        if let expected = frame.expectedCount, expected > 0, frame.testNumber <= expected {
                            // 'missing expected subtest!', once for each missing test (kunit.py
                            // adds them one by one; here one row stands for them all).
                            let missing = expected - frame.testNumber + 1
                            try error(&frame, "missing expected subtest!", &run, times: missing)
                            frame.counts.add(.crashed, times: missing)
                            let row = placeholder(&run, parent: frame.row, depth: run.nodes[frame.row].depth + 1)
                            run.nodes[row].repeats = Int32(clamping: missing)
                            run.nodes[row].logLine = try lines.lineNumber()
                            if !subLog.isEmpty { run.logs[row] = subLog }
                            frame.subtests += missing
                            frame.testNumber = expected + 1
                            stack.append(frame)
                            continue
                        }
                        frame.log.append(contentsOf: subLog)
                    } else {
                        let child = open(&run, expectedNumber: frame.testNumber, log: subLog, isSubtest: true,
                                         parent: frame.row, depth: run.nodes[frame.row].depth + 1)
                        stack.append(frame)
                        stack.append(child)
                        continue
                    }
                }
                // After the loop: the result line, statuses, counts.
                try finish(&frame, &run)
                if var parent = stack.popLast() {
                    parent.counts.add(frame.counts)
                    parent.subtests += 1
                    parent.testNumber += 1
                    stack.append(parent)
                } else {
                    done = frame.row
                }
            }
            return done!
        }

        func open(_ run: inout KTAPRun, expectedNumber: Int, log: KTAPTestLog, isSubtest: Bool, parent: Int, depth: Int32) -> Frame {
            let row = placeholder(&run, parent: parent, depth: depth)
            return Frame(row: row, expectedNumber: expectedNumber, isSubtest: isSubtest, log: log)
        }

        func placeholder(_ run: inout KTAPRun, parent: Int, depth: Int32) -> Int {
            run.nodes.append(KTAPNode(parent: Int32(parent), depth: depth, end: Int32(run.nodes.count + 1)))
            if parent >= 0 { run.nodes[parent].childCount += 1 }
            return run.nodes.count - 1
        }

        func start(_ frame: inout Frame, _ run: inout KTAPRun) throws(KTAPReadError) {
            frame.started = true
            try diagnostics(into: &frame.log)
            if !frame.isSubtest {
                frame.name = "main"
                _ = try header(&frame, &run)
                try diagnostics(into: &frame.log)
                frame.expectedCount = KTAPMatch.plan(try lines.peek())
                if frame.expectedCount != nil { _ = try lines.pop() }
                frame.isParent = true
            } else {
                let ktap = try header(&frame, &run)
                var subtest = false
                if let name = KTAPMatch.subtestHeader(try lines.peek()) {
                    frame.name = name
                    subtest = true
                    _ = try lines.pop()
                }
                try diagnostics(into: &frame.log)
                frame.expectedCount = KTAPMatch.plan(try lines.peek())
                if frame.expectedCount != nil { _ = try lines.pop() }
                frame.isParent = ktap || subtest
            }
        }

        func finish(_ frame: inout Frame, _ run: inout KTAPRun) throws(KTAPReadError) {
            if frame.isSubtest {
                try diagnostics(into: &frame.log)
                if !frame.name.isEmpty, try !nameMatches(frame.name) {
                    try error(&frame, "missing subtest result line!", &run)
                } else if try !lines.hasMore() {
                    frame.status = .noTests
                    try error(&frame, "No more test results!", &run)
                } else if let r = KTAPMatch.result(try lines.peek()) {
                    run.nodes[frame.row].logLine = try lines.lineNumber()
                    _ = try lines.pop()
                    frame.name = r.skipName ?? r.name
                    if r.number != frame.expectedNumber {
                        try error(&frame, "Expected test number \(frame.expectedNumber) but found \(r.number)", &run)
                    }
                    frame.status = r.skipName != nil ? .skipped : r.ok ? .success : .failure
                    if let reason = r.skipReason { run.skipReasons[frame.row] = String(reason.prefix(KTAPTestLog.lineLimit)) }
                }
            }
            if frame.isParent, frame.subtests == 0, frame.status == .crashed || frame.status == .success {
                frame.status = .noTests
                try error(&frame, "0 tests run!", &run)
            }
            // bubble_up_test_results
            let reported = frame.status
            if frame.counts.total == 0 {
                frame.counts.add(reported)
            } else if frame.counts.status == .crashed {
                frame.status = .crashed
            }
            if reported == .failure, frame.counts.status == .success { frame.counts.add(reported) }
            // parse_run_tests, for main.
            if !frame.isSubtest, frame.status != .noTests { frame.status = frame.counts.status }

            let row = frame.row
            if run.nodes[row].logLine == 0 { run.nodes[row].logLine = try lines.lineNumber() }
            run.setName(row, frame.name)
            run.nodes[row].end = Int32(run.nodes.count)
            run.nodes[row].status = frame.status
            if frame.subtests > 0 || !frame.isSubtest || frame.counts.errors > 0 { run.groupCounts[row] = frame.counts }
            let marker = frame.name + ".location: "
            if !frame.name.isEmpty, let line = frame.log.lines.last(where: { $0.hasBytes(marker) }),
               let location = DoctestResults.parseLocation(line.after(marker)!) {
                run.setLocation(row, location)
            }
            if !frame.status.isOK, !frame.log.isEmpty { run.logs[row] = frame.log }
        }
    }
}
