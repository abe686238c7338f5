/// A KUnit doctest case read back from a log, tied to its doc comment.
public struct DoctestResult: Hashable, Sendable {
    public var caseName: String
    public var suite: String
    public var status: KTAPTest.Status
    /// From the `# <case>.location: <path>:<line>` line the generated test prints first.
    public var location: SourceLocation?
    /// From KUnit's `# <case>: ASSERTION FAILED at <path>:<line>`: thanks to the generated
    /// anchor arithmetic this is the line of the assertion inside the doc comment.
    public var failure: SourceLocation?
    /// The `Expected ... to be true` text, or other diagnostics when there is none.
    public var message: String?
    public var directive: String?
    /// The doctest's item path, when the source tree was given (`--srctree`).
    public var itemPath: [String]? = nil
}

/// Maps the `rust_doctest_*` cases of a KTAP log to source lines.
public enum DoctestResults {
    public static func collect(_ log: KTAPLog) -> [DoctestResult] {
        var results: [DoctestResult] = []
        func visit(_ test: KTAPTest, suite: String) {
            if test.name.hasPrefix("rust_doctest_") && test.subtests.isEmpty {
                results.append(result(for: test, suite: suite))
            }
            for sub in test.subtests { visit(sub, suite: test.name) }
        }
        for test in log.tests { visit(test, suite: "") }
        return results
    }

    static func result(for test: KTAPTest, suite: String) -> DoctestResult {
        var location: SourceLocation?
        var failure: SourceLocation?
        var expected: [String] = []
        let locationPrefix = "\(test.name).location: "
        let failurePrefix = "\(test.name): ASSERTION FAILED at "
        for line in test.diagnostics {
            if line.hasPrefix(locationPrefix) {
                location = parseLocation(String(line.dropFirst(locationPrefix.count)))
            } else if line.hasPrefix(failurePrefix) {
                failure = failure ?? parseLocation(String(line.dropFirst(failurePrefix.count)))
            } else if line.hasPrefix("Expected ") {
                expected.append(line)
            }
        }
        var message = expected.isEmpty ? nil : expected.joined(separator: "; ")
        if message == nil, test.status == .failed || test.status == .incomplete {
            let other = test.diagnostics.filter { !$0.hasPrefix(locationPrefix) && !$0.isEmpty }
            if !other.isEmpty { message = other.joined(separator: "; ") }
        }
        return DoctestResult(caseName: test.name, suite: suite, status: test.status, location: location,
                             failure: failure, message: message, directive: test.directive)
    }

    /// Ties results to the doctests `generate` names them after (case name → doctest): fills the
    /// item path, and the location when the log lacks the `.location` line.
    public static func attach(_ results: [DoctestResult], to doctests: [String: Doctest]) -> [DoctestResult] {
        results.map { result in
            guard let doctest = doctests[result.caseName] else { return result }
            var attached = result
            attached.itemPath = doctest.itemPath
            attached.location = attached.location ?? SourceLocation(path: doctest.file, line: doctest.line)
            return attached
        }
    }

    /// `path:line` (the path may itself contain `:`; the line is after the last one).
    static func parseLocation(_ text: String) -> SourceLocation? {
        let trimmed = text.trimmingSpacesAndNewlines
        guard let colon = trimmed.lastIndex(of: ":"), let line = Int(trimmed[trimmed.index(after: colon)...]) else { return nil }
        return SourceLocation(path: String(trimmed[..<colon]), line: line)
    }

    /// `path:line: error: doctest failed: ...` for every failed or unfinished case.
    private static func item(_ r: DoctestResult) -> String {
        guard let path = r.itemPath else { return "" }
        return path.isEmpty ? ", crate documentation" : ", in `\(path.joined(separator: "::"))`"
    }

    public static func findings(_ results: [DoctestResult], truncated: Bool) -> [Finding] {
        results.compactMap { r -> Finding? in
            switch r.status {
            case .passed, .skipped: return nil
            case .failed:
                let place = r.failure ?? r.location ?? SourceLocation(path: "<unknown>", line: 1)
                let what = r.message.map { ": \($0)" } ?? ""
                return Finding(location: place, severity: .error, ruleID: "doctest-failed",
                               message: "doctest failed\(what) (\(r.caseName)\(item(r)))")
            case .incomplete:
                let place = r.location ?? SourceLocation(path: "<unknown>", line: 1)
                return Finding(location: place, severity: .error, ruleID: "doctest-incomplete",
                               message: "doctest did not finish: the log ends before its result (crash or truncated log) (\(r.caseName)\(item(r)))")
            }
        }
    }
}

extension String {
    var trimmingSpacesAndNewlines: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
