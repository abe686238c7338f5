import ArgumentParser
import DocTestKit
import Foundation

struct Results: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Map KUnit doctest results (KTAP) back to the doc comments they came from.",
        discussion: """
        Reads KTAP from a file or standard input: `kunit.py run --raw_output` output or a dmesg \
        log with timestamps. Every failed `rust_doctest_*` case is printed as \
        `path:line: error: doctest failed: <assertion>`, pointing at the assertion inside the doc \
        comment; a log that ends mid-suite is reported as truncated.

        Exit status: 0 every doctest passed or was skipped, 1 failures or a truncated log, \
        2 the log cannot be read.

        Examples:
          tools/testing/kunit/kunit.py run --raw_output | kunitgen results
          dmesg | kunitgen results --format md
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md }

    @Option(help: "Output format: text, json or md.")
    var format: Format = .text

    @Argument(help: "KTAP log file, or - for standard input (the default).")
    var log: String = "-"

    func run() throws {
        let data: Data
        if log == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: log) else {
                FileHandle.standardError.write(Data("\(log):1:1: error: cannot read KTAP log [io-error]\n".utf8))
                throw ExitCode(2)
            }
            data = read
        }
        let parsed = KTAPParser.parse(String(decoding: data, as: UTF8.self))
        let results = DoctestResults.collect(parsed)
        var findings = DoctestResults.findings(results, truncated: parsed.isTruncated)
        if parsed.isTruncated {
            findings.append(Finding(location: SourceLocation(path: log == "-" ? "<stdin>" : log, line: 1), severity: .error,
                                    ruleID: "ktap-truncated", message: "the log ends before every suite reported its result (crash or truncated capture)"))
        }
        switch format {
        case .text:
            let passed = results.filter { $0.status == .passed }.count
            let skipped = results.filter { $0.status == .skipped }.count
            for f in findings { print(f.gccStyle) }
            print("doctests: \(passed) passed, \(results.count - passed - skipped) failed, \(skipped) skipped")
        case .json:
            print(ResultsReport.json(results, findings: findings, truncated: parsed.isTruncated).pretty)
        case .md:
            print(ResultsReport.markdown(results, truncated: parsed.isTruncated))
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
