/// Reads KTAP from a log. Tolerant as kunit.py's parser is: dmesg timestamps (`[    1.234567] `)
/// and indentation are stripped, unknown lines are kept as diagnostics of the test being run, and
/// a log that stops mid-suite yields `incomplete` tests instead of an error.
public enum KTAPParser {
    public static func parse(_ log: String) -> KTAPLog {
        var stack: [Frame] = [Frame(header: nil)]
        var sawVersion = false
        var truncated = false
        var lineNumber = 0
        for rawLine in log.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let (indent, line) = stripPrefix(rawLine)
            if line.isEmpty { continue }
            if line.hasPrefix("KTAP version ") || line.hasPrefix("TAP version ") {
                sawVersion = true
                // A version line at top level starts the log; deeper, it opens a subtest.
                if stack.count == 1 && stack[0].tests.isEmpty && stack[0].plan == nil && !stack[0].started {
                    stack[0].started = true
                } else {
                    stack.append(Frame(header: lineNumber, indent: indent))
                }
                continue
            }
            if line.hasPrefix("# Subtest: ") {
                let name = String(line.dropFirst("# Subtest: ".count))
                if var top = stack.last, top.header != nil, top.subtestName == nil, top.tests.isEmpty {
                    top.subtestName = name
                    stack[stack.count - 1] = top
                } else {
                    var frame = Frame(header: lineNumber, indent: indent)
                    frame.subtestName = name
                    stack.append(frame)
                }
                continue
            }
            if let plan = parsePlan(line) {
                stack[stack.count - 1].plan = plan
                continue
            }
            if let result = parseResult(line) {
                // The parent's result follows its subtests, one indentation level out; in a log
                // whose indentation was lost, a complete plan (and a matching name) closes it.
                if stack.count > 1, let top = stack.last,
                   indent < top.indent
                    || (top.plan.map { top.tests.count >= $0 } ?? false
                        && (top.subtestName == nil || top.subtestName == result.name)) {
                    let frame = stack.removeLast()
                    if let plan = frame.plan, frame.tests.count < plan { truncated = true }
                    var test = result.test(logLine: lineNumber)
                    test.subtests = frame.tests
                    test.diagnostics = frame.pending + test.diagnostics
                    stack[stack.count - 1].tests.append(test)
                    stack[stack.count - 1].pending = []
                } else {
                    var test = result.test(logLine: lineNumber)
                    test.diagnostics = stack[stack.count - 1].pending
                    stack[stack.count - 1].pending = []
                    stack[stack.count - 1].tests.append(test)
                }
                continue
            }
            let text = line.hasPrefix("# ") ? String(line.dropFirst(2)) : line == "#" ? "" : line
            stack[stack.count - 1].pending.append(text)
        }
        // Whatever is still open never printed its result: the run was cut short.
        while stack.count > 1 {
            let frame = stack.removeLast()
            truncated = true
            let name = frame.subtestName ?? "(unnamed suite)"
            var tests = frame.tests
            if !frame.pending.isEmpty || (frame.plan ?? 0) > tests.count {
                // The generated tests print `# <case>.location: ...` first: that names the case
                // that was running when the log stopped.
                let running = frame.pending.last { $0.contains(".location: ") }
                    .map { String($0[..<$0.range(of: ".location: ")!.lowerBound]) }
                tests.append(KTAPTest(name: running ?? "(not reported)", status: .incomplete, diagnostics: frame.pending, logLine: lineNumber))
            }
            stack[stack.count - 1].tests.append(
                KTAPTest(name: name, status: .incomplete, subtests: tests, logLine: frame.header ?? lineNumber))
        }
        if let plan = stack[0].plan, stack[0].tests.count < plan { truncated = true }
        return KTAPLog(tests: stack[0].tests, isTruncated: truncated, sawVersionLine: sawVersion)
    }

    private struct Frame {
        var header: Int?
        var subtestName: String?
        var plan: Int?
        var tests: [KTAPTest] = []
        var pending: [String] = []
        var started = false
        /// Indentation of the line that opened the frame.
        var indent = 0
        init(header: Int?, indent: Int = 0) {
            self.header = header
            self.indent = indent
        }
    }

    private struct ResultLine {
        var ok: Bool
        var number: Int
        var name: String
        var directive: String?

        func test(logLine: Int) -> KTAPTest {
            var status: KTAPTest.Status = ok ? .passed : .failed
            if let d = directive, d.uppercased().hasPrefix("SKIP") { status = .skipped }
            return KTAPTest(name: name, number: number, status: status, directive: directive, logLine: logLine)
        }
    }

    /// Removes a dmesg timestamp (`[   12.345678] `) and a `<6>` priority; returns the
    /// indentation (in columns) and the rest.
    static func stripPrefix(_ line: Substring) -> (Int, String) {
        var s = line
        if s.last == "\r" { s = s.dropLast() }
        if s.hasPrefix("<"), let close = s.firstIndex(of: ">"), s.distance(from: s.startIndex, to: close) <= 4 {
            s = s[s.index(after: close)...]
        }
        if s.hasPrefix("["), let close = s.firstIndex(of: "]"),
           s[s.index(after: s.startIndex)..<close].allSatisfy({ $0 == " " || $0 == "." || $0.isNumber }) {
            s = s[s.index(after: close)...]
            if s.hasPrefix(" ") { s = s.dropFirst() }
        }
        var indent = 0
        while let first = s.first, first == " " || first == "\t" {
            indent += first == "\t" ? 8 : 1
            s = s.dropFirst()
        }
        return (indent, String(s))
    }

    static func parsePlan(_ line: String) -> Int? {
        guard line.hasPrefix("1..") else { return nil }
        let rest = line.dropFirst(3).prefix { $0 != " " && $0 != "#" }
        return Int(rest)
    }

    private static func parseResult(_ line: String) -> ResultLine? {
        let ok: Bool
        var rest: Substring
        if line.hasPrefix("ok ") { ok = true; rest = line.dropFirst(3) }
        else if line.hasPrefix("not ok ") { ok = false; rest = line.dropFirst(7) }
        else { return nil }
        let digits = rest.prefix { $0.isNumber }
        guard let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        if rest.hasPrefix(" - ") { rest = rest.dropFirst(3) } else if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        var name = rest
        var directive: String?
        if let hash = rest.firstIndex(of: "#") {
            name = rest[..<hash]
            directive = rest[rest.index(after: hash)...].trimmingSpaces
        }
        return ResultLine(ok: ok, number: number, name: name.trimmingSpaces, directive: directive)
    }
}

extension Substring {
    var trimmingSpaces: String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
