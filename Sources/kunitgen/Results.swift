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

    @Option(help: "The kernel source tree: ties each case to its doctest's item (and location, if the log lacks it).")
    var srctree: String?

    @Option(help: "Kernel configuration used for the run (as for generate); default: SRCTREE/.config, else SRCTREE/include/config/auto.conf.")
    var config: String?

    @Option(help: "Naming scheme the suite was generated with: kernel or item.")
    var naming: KUnitNamingScheme = .kernel

    @Argument(help: "KTAP log file, or - for standard input (the default).")
    var log: String = "-"

    func validate() throws {
        if let srctree {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: srctree, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--srctree '\(srctree)' is not a directory")
            }
        }
        if let config, !FileManager.default.isReadableFile(atPath: config) {
            throw ValidationError("--config '\(config)' is not a readable file")
        }
    }

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
        var results = DoctestResults.collect(parsed)
        if let srctree {
            results = DoctestResults.attach(results, to: caseDoctests(srctree: srctree))
        }
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

    /// Case name → doctest, named exactly as `generate` names them for the `kernel` crate.
    private func caseDoctests(srctree: String) -> [String: Doctest] {
        guard let root = CrateWalker.rootFile(forCrate: "kernel") else { return [:] }
        let configuration = TreeConfiguration.load(srctree: srctree, explicit: config)
        let crate = CrateDoctests.extract(srctree: srctree, root: root,
                                          options: ExtractionOptions(crateName: "kernel", cfg: configuration.cfg))
        let generation = KUnitGenerator.generate(crate.doctests, options: KUnitGenerationOptions(naming: naming))
        return Dictionary(generation.cases.map { ($0.name, $0.doctest) }, uniquingKeysWith: { first, _ in first })
    }
}
