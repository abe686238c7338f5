import Foundation
import Testing
import TestSupport

/// Every command's help, and plain output for pipes: CI logs and editors read kunitgen's output,
/// so it must never contain terminal escapes when stdout is not a terminal (or NO_COLOR is set).
@Suite struct HelpCLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The built binary, stdout and stderr on pipes (not terminals), extra environment added.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String = "") throws -> CLI.Output {
        try Tool.run(CLI.binary, arguments, environment: environment, cwd: packageRoot, stdin: stdin)
    }

    /// The subcommands the root help lists (so a new command is covered without editing this test).
    static func subcommands() throws -> [String] {
        let help = try run(["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        var names: [String] = []
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  ") else { break }
            if let name = line.split(separator: " ").first, !line.hasPrefix("   ") || names.isEmpty { names.append(String(name)) }
        }
        return names
    }

    @Test func rootHelpListsEveryCommand() throws {
        let names = try Self.subcommands()
        for expected in ["extract", "generate", "helpers", "results"] { #expect(names.contains(expected), "\(names)") }
    }

    @Test func everySubcommandHasHelpWithExamples() throws {
        let names = try Self.subcommands()
        #expect(!names.isEmpty)
        for name in names {
            let result = try Self.run([name, "--help"])
            #expect(result.status == 0, "\(name)")
            #expect(result.stdout.contains("USAGE: kunitgen \(name)"), "\(name): \(result.stdout)")
            // An Examples: block whose lines run kunitgen NAME.
            let examples = result.stdout.components(separatedBy: "Examples:\n")
            #expect(examples.count == 2, "\(name) has no Examples: block")
            if examples.count == 2 {
                let first = examples[1].split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                #expect(first.contains("kunitgen \(name)"), "\(name): \(first)")
            }
            #expect(result.stderr == "")
        }
    }

    @Test func sinceIsDocumentedWhereItApplies() throws {
        for name in ["extract", "generate", "helpers", "check"] {
            let help = try Self.run([name, "--help"]).stdout
            #expect(help.contains("--since <REV>"), "\(name)")
        }
    }

    /// Runs that print findings, errors and usage messages: none may contain an escape sequence,
    /// with or without NO_COLOR, even when TERM claims a colour terminal.
    @Test func outputToAPipeIsPlainText() throws {
        let runs: [[String]] = [
            ["--help"],
            ["extract", "Fixtures/extract-cases"],
            ["extract", "--format", "json", "Fixtures/extract-cases/bom.rs"],
            ["extract", "Fixtures/does-not-exist.rs"],
            ["extract", "--edition", "1999", "Fixtures/extract-cases"],
            ["extract", "--no-such-flag"],
            ["generate", "--srctree", "Fixtures/generate-cases", "--dry-run", "--out", "/nonexistent-kunitgen-out"],
            ["generate", "--srctree", "Fixtures/generate-cases", "--crate", "nosuch", "--dry-run"],
            ["helpers", "--srctree", "Fixtures/helpers-cases/unsorted"],
            ["helpers", "--srctree", "Fixtures/helpers-cases/syntax-error", "--format", "github"],
            ["helpers", "--srctree", "Fixtures/nosuch"],
            ["results", "Fixtures/no-such-log.ktap"],
            ["results"],
        ]
        var statuses = Set<Int32>()
        for arguments in runs {
            for environment in [["TERM": "xterm-256color"], ["TERM": "xterm-256color", "NO_COLOR": "1"]] {
                let result = try Self.run(arguments, environment: environment,
                                          stdin: "KTAP version 1\n1..1\nnot ok 1 rust_doctests_kernel\n")
                statuses.insert(result.status)
                #expect(!result.stdout.contains("\u{1B}"), "\(arguments) stdout")
                #expect(!result.stderr.contains("\u{1B}"), "\(arguments) stderr")
                #expect(!(result.stdout + result.stderr).isEmpty, "\(arguments) printed nothing")
            }
        }
        // The runs cover success, findings and usage errors.
        #expect(statuses.isSuperset(of: [0, 1, 2]), "\(statuses)")
    }

    /// Error messages name the file or option at fault.
    @Test func errorsNameTheFile() throws {
        let missing = try Self.run(["extract", "Fixtures/does-not-exist.rs"])
        #expect(missing.stderr.contains("Fixtures/does-not-exist.rs"), "\(missing.stderr)")
        let log = try Self.run(["results", "Fixtures/no-such-log.ktap"])
        #expect(log.stderr.contains("Fixtures/no-such-log.ktap:1:1: error:"), "\(log.stderr)")
        let tree = try Self.run(["helpers", "--srctree", "Fixtures/nosuch"])
        #expect(tree.status == 2)
        #expect(tree.stderr.contains("Fixtures/nosuch"), "\(tree.stderr)")
        let config = try Self.run(["helpers", "--srctree", "Fixtures/helpers-cases/clean", "--rules", "Fixtures/none.json"])
        #expect(config.status == 2)
        #expect(config.stderr.contains("Fixtures/none.json"), "\(config.stderr)")
    }
}
