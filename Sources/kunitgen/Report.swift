import ArgumentParser
import DocTestKit
import Foundation

extension ReportFormat: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a report on a kernel tree's doctests, KUnit cases, example coverage, C helpers and findings.",
        discussion: """
        md: Markdown; html: one self-contained page (headline tiles, findings filterable by \
        severity, rule and path, a chart per subsystem, sortable tables; \
        ?sort=TABLE:COLUMN[:desc], ?rule=, ?severity=, ?path=); json: schema kunitgen-report \
        version 2. --source-url links every file:line ({path} percent-encoded, {line}); \
        --compare OLD.json adds what changed since an earlier --format json report. Findings are \
        the report's content: exit status 0 when the report is written, 2 when it cannot be (or \
        the arguments are wrong, or OLD.json cannot be read).

        Examples:
          kunitgen report --srctree . > report.md
          kunitgen report --srctree ~/linux --config ~/linux/.config --format html -o report.html
          kunitgen report --srctree . --format json -o report.json
          kunitgen report --srctree . --format html --compare v7.1.4.json \\
            --source-url 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/{path}?h=v7.1.5#n{line}'
        """)

    @OptionGroup var tree: TreeOptions

    @Option(help: "md, html or json.")
    var format: ReportFormat = .md

    @Option(name: .shortAndLong, help: "Write here (atomically: temporary file in the same directory, then rename); default stdout.")
    var output: String?

    @Option(name: .customLong("source-url"), help: ArgumentHelp("Link every file:line: {path} (percent-encoded) and {line} are replaced.", valueName: "TEMPLATE"))
    var sourceURL: String?

    @Option(help: ArgumentHelp("Show what changed since this earlier `report --format json`.", valueName: "OLD.json"))
    var compare: String?

    func run() throws {
        // The maintainers' page: every rule, the opt-in (informational) ones too.
        let (analysis, findings) = tree.analyse(allOptIn: true)
        // An invalid --rules, --config or -p makes the page meaningless: status 2, as `check` does.
        let setup = findings.filter { ["config-invalid", "compile-commands-invalid"].contains($0.ruleID) }
        if !setup.isEmpty {
            for finding in setup { FileHandle.standardError.write(Data((finding.gccStyle + "\n").utf8)) }
            throw ExitCode(2)
        }
        do {
            let text = try ReportDocument.render(analysis: analysis, findings: findings, format: format,
                                                 sourceURL: sourceURL, compare: compare)
            guard let output else {
                print(text, terminator: "")
                return
            }
            try ReportFileWriter.write(text, to: output)
        } catch {
            FileHandle.standardError.write(Data((error.finding.gccStyle + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
