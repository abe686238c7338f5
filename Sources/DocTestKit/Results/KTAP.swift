/// A test result tree read from KTAP (v1, and the "# Subtest:" form of the v2 drafts that KUnit
/// prints), as `kunit.py run --raw_output` or a dmesg log shows it.
public struct KTAPTest: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        case passed, failed, skipped
        /// The log ended (a crash, a truncated capture) before this test's result line.
        case incomplete
    }

    public var name: String
    public var number: Int?
    public var status: Status
    /// The directive's text after `# SKIP` / `# TIMEOUT` etc., if any.
    public var directive: String?
    /// Diagnostic and unknown lines that appeared in this test's output, in order, without the
    /// leading `# `; the lines of subtests stay with the subtests.
    public var diagnostics: [String]
    public var subtests: [KTAPTest]
    /// 1-based line of the log where the result line (or the subtest header) was read.
    public var logLine: Int

    public init(name: String, number: Int? = nil, status: Status, directive: String? = nil,
                diagnostics: [String] = [], subtests: [KTAPTest] = [], logLine: Int) {
        self.name = name
        self.number = number
        self.status = status
        self.directive = directive
        self.diagnostics = diagnostics
        self.subtests = subtests
        self.logLine = logLine
    }

    /// This test and every test below it, depth first.
    public var allTests: [KTAPTest] { [self] + subtests.flatMap(\.allTests) }
}

/// What reading a log yields: the top-level tests and whether the log stopped mid-run.
public struct KTAPLog: Hashable, Sendable {
    public var tests: [KTAPTest]
    /// True when a plan promised more tests than appeared, or a suite never printed its result.
    public var isTruncated: Bool
    /// Whether any `KTAP version` / `TAP version` line was seen at all.
    public var sawVersionLine: Bool

    public init(tests: [KTAPTest], isTruncated: Bool, sawVersionLine: Bool) {
        self.tests = tests
        self.isTruncated = isTruncated
        self.sawVersionLine = sawVersionLine
    }
}
