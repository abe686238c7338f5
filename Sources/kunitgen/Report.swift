import ArgumentParser
import DocTestKit
import Foundation

enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case md, html, json
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a report on a kernel tree's doctests, KUnit cases, example coverage, C helpers and findings.",
        discussion: """
        md: Markdown; html: one self-contained page (sortable tables; ?sort=TABLE:COLUMN[:desc]); \
        json: schema kunitgen-report version 1. Findings are the report's content: exit status 0 \
        when the report is written, 2 when it cannot be (or the arguments are wrong).

        Examples:
          kunitgen report --srctree . > report.md
          kunitgen report --srctree ~/linux --config ~/linux/.config --format html -o report.html
          kunitgen report --srctree . --format json -o report.json
        """)

    @OptionGroup var tree: TreeOptions

    @Option(help: "md, html or json.")
    var format: ReportFormat = .md

    @Option(name: .shortAndLong, help: "Write here (atomically: temporary file in the same directory, then rename); default stdout.")
    var output: String?

    func run() throws {
        // The maintainers' page: every rule, the opt-in (informational) ones too.
        let (analysis, findings) = tree.analyse(allOptIn: true)
        // An invalid --rules, --config or -p makes the page meaningless: status 2, as `check` does.
        let setup = findings.filter { ["config-invalid", "compile-commands-invalid"].contains($0.ruleID) }
        if !setup.isEmpty {
            for finding in setup { FileHandle.standardError.write(Data((finding.gccStyle + "\n").utf8)) }
            throw ExitCode(2)
        }
        let summary = ReportSummary(analysis: analysis, findings: findings)
        let text: String
        switch format {
        case .md: text = MarkdownReport.render(summary)
        case .html: text = HTMLReport.render(summary)
        case .json: text = ReportJSON.document(summary).pretty + "\n"
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try ReportFileWriter.write(text, to: output)
        } catch {
            FileHandle.standardError.write(Data((error.finding.gccStyle + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
