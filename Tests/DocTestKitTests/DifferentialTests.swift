import Foundation
import Testing
@testable import DocTestKit

/// The differential suite: kunitgen's extraction against the real rustdoc, on every fixture file
/// (`Fixtures/rust-src/**`, `Fixtures/extract-cases/**`), each given as a crate root of its own.
@Suite("Differential: kunitgen vs rustdoc")
struct DifferentialTests {
    static func extract(_ path: String, cfg: CfgSet = CfgSet.rustdocDefault) throws -> [Doctest] {
        let options = ExtractionOptions(crateName: "kernel", edition: "2021", cfg: cfg)
        let file = try SourceFile.read(path: path)
        return DoctestExtractor(options: options).extract(from: file).doctests
    }

    /// Reports at most this many mismatches per file, so one broken file stays readable.
    static let reportLimit = 40

    static func record(_ problems: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for problem in problems.prefix(reportLimit) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
        if problems.count > reportLimit {
            Issue.record("... and \(problems.count - reportLimit) more mismatches", sourceLocation: sourceLocation)
        }
    }

    @Test("every field of every doctest matches rustdoc", arguments: Fixtures.relativePaths)
    func matchesRustdoc(_ relativePath: String) throws {
        let path = Fixtures.absolute(relativePath)
        let oracle = try RustdocOracle.doctests(path: path)
        let ours = try Self.extract(path)
        Self.record(try DoctestComparison.mismatches(file: relativePath, ours: ours, oracle: oracle))
    }

    /// `Doctest.line` is checked against the file itself, not against rustdoc: the line must hold
    /// the opening fence (or, for an indented block, the first code line).
    @Test("true lines hold the opening fence", arguments: Fixtures.relativePaths)
    func trueLinesHoldTheFence(_ relativePath: String) throws {
        let path = Fixtures.absolute(relativePath)
        let lines = try Fixtures.lines(ofFile: path)
        for test in try Self.extract(path) {
            guard test.line >= 1, test.line <= lines.count else {
                Issue.record("\(relativePath): [\(test.name)] true line \(test.line) is outside the file (\(lines.count) lines)")
                continue
            }
            let firstCode = test.originalCode.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
            #expect(Fixtures.isStartLine(lines[test.line - 1], firstCodeLine: firstCode),
                    "\(relativePath): [\(test.name)] line \(test.line) does not open the block: \(String(reflecting: lines[test.line - 1]))")
        }
    }

    /// rustdoc's line equals the true line except at the spots marked in the fixtures with
    /// `// kunitgen: rustdoc-line-wrong (...)`: those, and only those, differ.
    @Test("only marked spots have rustdocLine != line", arguments: Fixtures.relativePaths)
    func onlyMarkedLinesDiffer(_ relativePath: String) throws {
        let path = Fixtures.absolute(relativePath)
        let markers = Fixtures.rustdocWrongLines(try Fixtures.lines(ofFile: path))
        Self.checkMarkers(markers, ours: try Self.extract(path), file: relativePath)
    }

    static func checkMarkers(_ markers: [(marker: Int, fence: Int?)], ours: [Doctest], file: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let marked = Set(markers.compactMap(\.fence))
        for (markerLine, fence) in markers {
            guard let fence else {
                Issue.record("\(file):\(markerLine): marker has no fence after it", sourceLocation: sourceLocation)
                continue
            }
            if !ours.contains(where: { $0.line == fence }) {
                Issue.record("\(file):\(markerLine): marker points at line \(fence), but kunitgen has no doctest there",
                             sourceLocation: sourceLocation)
            }
        }
        for test in ours where (test.line != test.rustdocLine) != marked.contains(test.line) {
            let differs = test.line != test.rustdocLine
            Issue.record("""
                \(file): [\(test.name)] line \(test.line), rustdocLine \(test.rustdocLine): \
                \(differs ? "differ without a rustdoc-line-wrong marker" : "equal, but the spot is marked rustdoc-line-wrong")
                """, sourceLocation: sourceLocation)
        }
    }

    /// A non-default configuration: `rustdoc --cfg X` against `CfgSet.rustdocDefault` plus `X`.
    @Test("non-default cfg matches rustdoc --cfg", arguments: [
        ("Fixtures/rust-src/rust/kernel/debugfs.rs", "CONFIG_DEBUG_FS"),
        ("Fixtures/rust-src/rust/kernel/kunit.rs", "CONFIG_KUNIT"),
        ("Fixtures/rust-src/rust/kernel/task.rs", "CONFIG_SCHED_DEBUG"),
        ("Fixtures/extract-cases/cfg_predicates.rs", "CONFIG_X"),
    ])
    func nonDefaultCfg(_ relativePath: String, _ name: String) throws {
        let path = Fixtures.absolute(relativePath)
        var cfg = CfgSet.rustdocDefault
        cfg.names.insert(name)
        let oracle = try RustdocOracle.doctests(path: path, cfgs: [name])
        let ours = try Self.extract(path, cfg: cfg)
        Self.record(try DoctestComparison.mismatches(file: "\(relativePath) --cfg \(name)", ours: ours, oracle: oracle))
        let markers = Fixtures.rustdocWrongLines(try Fixtures.lines(ofFile: path), cfgs: [name])
        Self.checkMarkers(markers, ours: ours, file: "\(relativePath) --cfg \(name)")
    }

    /// The fixtures must stay big and varied enough to be a safety net: counted and classified by
    /// rustdoc itself, not by the code under test.
    @Test("fixtures cover at least 80 rustdoc doctests and every info-string kind")
    func coverage() throws {
        var total = 0
        var infoStrings = Set<String>()
        var rustdocWrong = 0
        for relativePath in Fixtures.relativePaths {
            let path = Fixtures.absolute(relativePath)
            let entries = try RustdocOracle.doctests(path: path)
            total += entries.count
            for entry in entries {
                if let original = entry["doctest_attributes"]?["original"]?.stringValue { infoStrings.insert(original) }
            }
            let lines = try Fixtures.lines(ofFile: path)
            let markers = Fixtures.rustdocWrongLines(lines)
            rustdocWrong += markers.count
            // A file without markers must be one where rustdoc's lines are right: each must open
            // its block. (Catches a new rustdoc-wrong spot added to the fixtures without a marker.)
            guard markers.isEmpty else { continue }
            for entry in entries {
                let line = entry["line"]?.intValue ?? 0
                let code = entry["original_code"]?.stringValue ?? ""
                let first = code.split(separator: "\n").first.map(String.init) ?? ""
                let text = line >= 1 && line <= lines.count ? lines[line - 1] : "<past the end of the file>"
                #expect(Fixtures.isStartLine(text, firstCodeLine: first),
                        "\(relativePath):\(line): rustdoc's line does not open a block (\(String(reflecting: text))); add a rustdoc-line-wrong marker?")
            }
        }
        #expect(total >= 80, "only \(total) rustdoc doctests in the fixtures")
        #expect(rustdocWrong >= 5, "only \(rustdocWrong) rustdoc-line-wrong spots in the fixtures")
        let required = [
            "", "rust", "ignore", "ignore-x86_64", "no_run", "should_panic", "compile_fail",
            "compile_fail,E0308", "edition2018", "edition2024", "test_harness", "standalone_crate",
            "{.rust .kernel-example}", "{class=fancy}", "rust, allow_fail ,  whatever",
        ]
        for info in required {
            #expect(infoStrings.contains(info), "no fixture doctest with info string \(String(reflecting: info))")
        }
    }
}
