/// The test tree read from a KTAP log, as `tools/testing/kunit/kunit_parser.py` builds it: one
/// `main` test per KTAP document, its suites and their cases below it, with kunit.py's statuses
/// and counts. Stored flat, in pre-order (a test, then everything below it), so that neither
/// building nor walking it recurses: 25,000 nested suites are 25,000 rows, not a deep call stack.
/// A test costs 48 bytes plus its name; diagnostics are kept only for tests that did not
/// pass, and capped (`KTAPTestLog`).
public struct KTAPStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    // kunit_parser.TestStatus, in its order.
    public static let success = KTAPStatus(rawValue: 0)
    public static let failure = KTAPStatus(rawValue: 1)
    public static let skipped = KTAPStatus(rawValue: 2)
    public static let crashed = KTAPStatus(rawValue: 3)
    public static let noTests = KTAPStatus(rawValue: 4)
    public static let failureToParseTests = KTAPStatus(rawValue: 5)

    /// kunit_parser.TestStatus's member name (`SUCCESS`, `TEST_CRASHED`, ...).
    public var kunitName: String {
        ["SUCCESS", "FAILURE", "SKIPPED", "TEST_CRASHED", "NO_TESTS", "FAILURE_TO_PARSE_TESTS"][Int(rawValue)]
    }

    /// The word kunitgen prints: passed, failed, skipped, crashed, no tests, no KTAP.
    public var word: String {
        ["passed", "failed", "skipped", "crashed", "no tests", "no KTAP"][Int(rawValue)]
    }

    /// Passed or skipped (kunit_parser's `ok_status`).
    public var isOK: Bool { self == .success || self == .skipped }
}

/// kunit_parser.TestCounts.
public struct KTAPCounts: Hashable, Sendable {
    public var passed = 0, failed = 0, crashed = 0, skipped = 0, errors = 0
    public init() {}

    public var total: Int { passed + failed + crashed + skipped }

    public mutating func add(_ other: KTAPCounts) {
        passed += other.passed; failed += other.failed; crashed += other.crashed
        skipped += other.skipped; errors += other.errors
    }

    public mutating func add(_ status: KTAPStatus, times: Int = 1) {
        switch status {
        case .success: passed += times
        case .failure: failed += times
        case .skipped: skipped += times
        case .noTests: break
        default: crashed += times
        }
    }

    public var status: KTAPStatus {
        if total == 0 { return .noTests }
        if crashed > 0 { return .crashed }
        if failed > 0 { return .failure }
        if passed > 0 { return .success }
        return .skipped
    }
}

/// One test of the tree: 48 bytes (its name is in the run's arena, its location's path in the
/// run's table of paths).
public struct KTAPNode: Sendable {
    var nameOffset: Int = 0
    var nameLength: Int32 = 0
    /// Row of the parent test; -1 for a document's `main` test.
    public var parent: Int32
    /// 0 for `main`, 1 for a suite, 2 for its cases, ...
    public var depth: Int32
    /// Rows directly below this test (a placeholder row counts once).
    public var childCount: Int32 = 0
    /// The row after this test's subtree (its next sibling's, if it has one).
    public var end: Int32
    var line: Int32 = 0
    /// >1 for the placeholder that stands for that many tests a plan promised and the log never
    /// reported (kunit.py adds one crashed, nameless test per missing test).
    public var repeats: Int32 = 1
    /// The `.location` the test printed: index in `KTAPRun.locationPaths` (-1: none), and line.
    var locationPath: Int32 = -1
    var locationLine: Int32 = 0
    public var status: KTAPStatus = .crashed

    init(parent: Int32, depth: Int32, end: Int32) {
        self.parent = parent
        self.depth = depth
        self.end = end
    }

    /// 1-based line of the log where the test ended (its result line, or where the log stopped).
    public var logLine: Int {
        get { Int(line) }
        set { line = Int32(clamping: newValue) }
    }
}

/// The diagnostics of one test, capped: the first `headLines` lines, then only the lines the
/// doctest mapping needs (`.location`, `ASSERTION FAILED`, `Expected`), each line at most
/// `lineLimit` characters; what was dropped is counted.
public struct KTAPTestLog: Hashable, Sendable {
    public static let headLines = 40, keyLines = 24, lineLimit = 600
    public var lines: [String] = []
    public var elidedLines = 0
    public var elidedCharacters = 0
    var keyLineCount = 0
    public init() {}

    public mutating func append(_ line: String) {
        let key = KTAPTestLog.isKey(line)
        guard lines.count < KTAPTestLog.headLines || (key && keyLineCount < KTAPTestLog.keyLines) else {
            elidedLines += 1
            return
        }
        if lines.count >= KTAPTestLog.headLines { keyLineCount += 1 }
        if line.utf8.count > KTAPTestLog.lineLimit, line.count > KTAPTestLog.lineLimit {
            let kept = String(line.prefix(KTAPTestLog.lineLimit))
            let dropped = line.count - KTAPTestLog.lineLimit
            elidedCharacters += dropped
            lines.append(kept + " [… \(dropped) more characters]")
        } else {
            lines.append(line)
        }
    }

    public mutating func append(contentsOf other: KTAPTestLog) {
        for line in other.lines { append(line) }
        elidedLines += other.elidedLines
        elidedCharacters += other.elidedCharacters
    }

    public var isEmpty: Bool { lines.isEmpty && elidedLines == 0 }

    static func isKey(_ line: String) -> Bool {
        line.hasBytes(".location: ") || line.hasBytes("ASSERTION FAILED at ") || line.hasBytes("Expected ")
    }

    /// The lines without indentation and the `# ` of a diagnostic line.
    public var texts: [String] { lines.map(KTAPTestLog.text) }

    static func text(_ line: String) -> String {
        var s = Substring(line)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        if s.hasPrefix("# ") { s = s.dropFirst(2) } else if s == "#" { s = "" }
        return String(s)
    }
}

/// A parse error kunit.py reports (`[ERROR] Test: name: message`), with the log line.
public struct KTAPParseError: Hashable, Sendable {
    public var test: String
    public var message: String
    public var logLine: Int
}

/// Everything read from one log.
public struct KTAPRun: Sendable {
    public internal(set) var nodes: [KTAPNode] = []
    var names: [UInt8] = []
    /// Row of each document's `main` test, in log order.
    public internal(set) var documents: [Int] = []
    /// kunit.py's counts, for `main` tests and tests with subtests (a leaf's follow from its status).
    public internal(set) var groupCounts: [Int: KTAPCounts] = [:]
    /// Diagnostics of the tests that did not pass (capped).
    public internal(set) var logs: [Int: KTAPTestLog] = [:]
    /// The reason after `# SKIP` of skipped tests (at most `KTAPTestLog.lineLimit` characters).
    public internal(set) var skipReasons: [Int: String] = [:]
    /// The distinct paths of `.location` lines.
    var locationPaths: [String] = []
    var locationPathIndex: [String: Int32] = [:]
    /// The first parse errors (at most `errorLimit`), and how many there were in all (a
    /// placeholder's 'missing expected subtest!' is one however many tests it stands for).
    public internal(set) var errors: [KTAPParseError] = []
    public internal(set) var errorCount = 0
    static let errorLimit = 200
    /// Lines of the log, and result lines (`ok N`/`not ok N`) seen outside any KTAP document.
    public internal(set) var lineCount = 0
    public internal(set) var strayResultLines = 0
    public internal(set) var firstStrayResultLine: Int?

    public init() {}

    public func name(_ row: Int) -> String {
        let node = nodes[row]
        return names.withUnsafeBufferPointer {
            String(decoding: $0[node.nameOffset..<node.nameOffset + Int(node.nameLength)], as: UTF8.self)
        }
    }

    /// `# <name>.location: <path>:<line>` of the test at `row`, if it printed one.
    public func location(_ row: Int) -> SourceLocation? {
        let node = nodes[row]
        guard node.locationPath >= 0 else { return nil }
        return SourceLocation(path: locationPaths[Int(node.locationPath)], line: Int(node.locationLine))
    }

    mutating func setLocation(_ row: Int, _ location: SourceLocation) {
        let index: Int32
        if let known = locationPathIndex[location.path] {
            index = known
        } else {
            index = Int32(locationPaths.count)
            locationPaths.append(location.path)
            locationPathIndex[location.path] = index
        }
        nodes[row].locationPath = index
        nodes[row].locationLine = Int32(clamping: location.line)
    }

    mutating func setName(_ row: Int, _ name: String) {
        nodes[row].nameOffset = names.count
        names.append(contentsOf: name.utf8)
        nodes[row].nameLength = Int32(names.count - nodes[row].nameOffset)
    }

    /// kunit.py's counts of a test: its own for a group, from its status for a leaf.
    public func counts(_ row: Int) -> KTAPCounts {
        if let counts = groupCounts[row] { return counts }
        var c = KTAPCounts()
        c.add(nodes[row].status, times: Int(nodes[row].repeats))
        return c
    }

    /// The overall result: kunit.py's for a log of one document; for several, their counts added.
    /// `failureToParseTests` when the log holds no KTAP at all.
    public var summary: (status: KTAPStatus, counts: KTAPCounts) {
        if documents.isEmpty {
            // parse_run_tests: the '<missing>' test and its one error.
            var counts = KTAPCounts()
            counts.errors = 1
            return (.failureToParseTests, counts)
        }
        var counts = KTAPCounts()
        for d in documents { counts.add(self.counts(d)) }
        if documents.count == 1 { return (nodes[documents[0]].status, counts) }
        let statuses = documents.map { nodes[$0].status }
        return (statuses.allSatisfy { $0 == .noTests } ? .noTests : counts.status, counts)
    }

    /// Rows of the subtests directly below `row`.
    public func children(_ row: Int) -> [Int] {
        var out: [Int] = []
        var k = row + 1
        while k < end(row) { out.append(k); k = end(k) }
        return out
    }

    /// The row after everything below `row`.
    public func end(_ row: Int) -> Int { Int(nodes[row].end) }

    /// `suite.case` names from the document's suites down (kunit.py's failure summary form);
    /// past 16 levels the middle is written `…`.
    public func path(_ row: Int) -> String {
        var parts: [String] = []
        var k = row
        while k >= 0, nodes[k].depth > 0 {
            if parts.count == 15, nodes[k].depth > 1 {
                parts.append("…")
                while nodes[k].depth > 1 { k = Int(nodes[k].parent) }
            }
            parts.append(name(k))
            k = Int(nodes[k].parent)
        }
        return parts.reversed().joined(separator: ".")
    }
}
