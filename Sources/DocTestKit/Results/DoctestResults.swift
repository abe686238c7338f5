import Foundation

/// A KUnit doctest case read back from a log, tied to its doc comment.
public struct DoctestResult: Hashable, Sendable {
    public var row: Int
    public var caseName: String
    public var suite: String
    public var status: KTAPStatus
    /// From the `# <case>.location: <path>:<line>` line the generated test prints first.
    public var location: SourceLocation?
    /// From KUnit's `# <case>: ASSERTION FAILED at <path>:<line>`: thanks to the generated
    /// anchor arithmetic this is the line of the assertion inside the doc comment.
    public var failure: SourceLocation?
    /// The `Expected ... to be true` text, or other diagnostics when there is none.
    public var message: String?
    /// The doctest's item path, when the source tree was given (`--srctree`).
    public var itemPath: [String]? = nil
    /// Where the tree's doctest of that name is, when it is not where the log says.
    public var treeLocation: SourceLocation? = nil
}

/// Maps the `rust_doctest_*` cases of a KTAP log to source lines.
public enum DoctestResults {
    public static func isDoctest(_ run: KTAPRun, _ row: Int) -> Bool {
        run.nodes[row].childCount == 0 && run.name(row).hasPrefix("rust_doctest_")
    }

    public static func collect(_ run: KTAPRun) -> [DoctestResult] {
        run.nodes.indices.filter { isDoctest(run, $0) }.map { result(run, $0) }
    }

    public static func result(_ run: KTAPRun, _ row: Int) -> DoctestResult {
        let name = run.name(row)
        var failure: SourceLocation?
        var expected: [String] = []
        let failurePrefix = "\(name): ASSERTION FAILED at "
        let texts = run.logs[row]?.texts ?? []
        for line in texts {
            if line.hasPrefix(failurePrefix) {
                failure = failure ?? parseLocation(String(line.dropFirst(failurePrefix.count)))
            } else if line.trimmingSpacesAndNewlines.hasPrefix("Expected ") {
                expected.append(line.trimmingSpacesAndNewlines)
            }
        }
        var message = expected.isEmpty ? nil : expected.joined(separator: "; ")
        if message == nil, !run.nodes[row].status.isOK {
            let other = texts.filter { !$0.contains(".location: ") && !$0.isEmpty }
            if !other.isEmpty { message = other.joined(separator: "; ") }
        }
        let parent = Int(run.nodes[row].parent)
        return DoctestResult(row: row, caseName: name, suite: parent >= 0 ? run.name(parent) : "",
                             status: run.nodes[row].status, location: run.location(row),
                             failure: failure, message: message)
    }

    /// Ties results to the doctests `generate` names them after (case name → doctest): fills the
    /// item path, the location when the log lacks the `.location` line, and notes where the
    /// log's location is not the tree's (the tree is not the one the kernel was built from).
    public static func attach(_ results: [DoctestResult], to doctests: [String: Doctest]) -> [DoctestResult] {
        results.map { result in
            guard let doctest = doctests[result.caseName] else { return result }
            var attached = result
            attached.itemPath = doctest.itemPath
            let tree = SourceLocation(path: doctest.file, line: doctest.line)
            if let logged = attached.location {
                if logged != tree { attached.treeLocation = tree }
            } else {
                attached.location = tree
            }
            return attached
        }
    }

    /// `path:line` (the path may itself contain `:`; the line is after the last one).
    static func parseLocation(_ text: String) -> SourceLocation? {
        let trimmed = text.trimmingSpacesAndNewlines
        guard let colon = trimmed.lastIndex(of: ":"), let line = Int(trimmed[trimmed.index(after: colon)...]) else { return nil }
        return SourceLocation(path: String(trimmed[..<colon]), line: line)
    }

    static func item(_ r: DoctestResult) -> String {
        guard let path = r.itemPath else { return "" }
        return path.isEmpty ? ", crate documentation" : ", in `\(path.joined(separator: "::"))`"
    }

    /// The finding of a doctest case that did not pass, at the assertion in its doc comment.
    static func finding(_ r: DoctestResult) -> Finding? {
        switch r.status {
        case .success, .skipped: return nil
        case .failure:
            let place = r.failure ?? r.location ?? SourceLocation(path: "<unknown>", line: 1)
            let what = r.message.map { ": \($0)" } ?? ""
            return Finding(location: place, severity: .error, ruleID: "doctest-failed",
                           message: "doctest failed\(what) (\(r.caseName)\(item(r)))")
        default:
            let place = r.location ?? SourceLocation(path: "<unknown>", line: 1)
            return Finding(location: place, severity: .error, ruleID: "doctest-crashed",
                           message: "doctest did not finish: \(r.status.word) (a crash, or the log ends before its result) (\(r.caseName)\(item(r)))")
        }
    }

    /// A warning where the log's `.location` is not the tree's doctest of that name.
    static func mismatch(_ r: DoctestResult) -> Finding? {
        guard let tree = r.treeLocation, let logged = r.location else { return nil }
        return Finding(location: logged, severity: .warning, ruleID: "doctest-location-mismatch",
                       message: "the log places \(r.caseName) at \(logged.path):\(logged.line), the tree at \(tree.path):\(tree.line): --srctree is not the tree the kernel was built from?")
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
