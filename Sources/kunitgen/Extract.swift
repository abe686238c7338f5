import ArgumentParser
import DocTestKit

/// Options shared by every command that extracts doctests.
struct ExtractionOptionGroup: ParsableArguments {
    @Option(name: .customLong("cfg"), help: ArgumentHelp(
        "Set a cfg as rustc's --cfg does: NAME or NAME=\"VALUE\" (repeatable).", valueName: "SPEC"))
    var cfgs: [String] = []

    @Option(help: "Rust edition the doctests are prepared for.")
    var edition: String = "2021"

    @Option(help: "Name of the crate under test (added as `extern crate r#NAME;` when used).")
    var crateName: String = "kernel"

    func validate() throws {
        guard ["2015", "2018", "2021", "2024"].contains(edition) else {
            throw ValidationError("unknown edition '\(edition)': expected 2015, 2018, 2021 or 2024")
        }
        guard !crateName.isEmpty, crateName.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) }) else {
            throw ValidationError("crate name '\(crateName)' is not a Rust identifier")
        }
        for spec in cfgs where CfgSet.parse(spec: spec) == nil {
            throw ValidationError("cannot parse --cfg '\(spec)': expected NAME or NAME=\"VALUE\"")
        }
    }

    var extractionOptions: ExtractionOptions {
        ExtractionOptions(crateName: crateName, edition: edition, cfg: CfgSet.rustdocDefault(adding: cfgs).cfg)
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the doctests of Rust files, as rustdoc finds them.",
        discussion: """
        Each file is read as a crate root of its own, like `rustdoc FILE`; directories are searched \
        for *.rs files (sorted).

        Formats:
          text          one line per test: path:line: item [attributes] (`(crate)` for crate docs)
          json          kunitgen's own model (schema kunitgen-doctests, version 1)
          rustdoc-json  the schema of `rustdoc -Zunstable-options --output-format=doctest`

        Exit status: 0 no problems, 1 a file could not be read or scanned cleanly (diagnostics on \
        stderr; other files are still processed), 2 usage error.

        Examples:
          kunitgen extract rust/kernel
          kunitgen extract --format rustdoc-json --cfg CONFIG_X rust/kernel/sync/arc.rs
          kunitgen extract --since origin/master rust/kernel
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
        case rustdocJSON = "rustdoc-json"
    }

    @Option(help: "Output format: text, json or rustdoc-json.")
    var format: Format = .text

    @OptionGroup var extraction: ExtractionOptionGroup

    @OptionGroup var since: SinceOption

    @Argument(help: "Rust files or directories.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory") }
    }

    func run() throws {
        let selection = try since.select(paths)
        var result = DoctestExtractor(options: extraction.extractionOptions).extract(paths: selection.paths)
        result.findings += selection.findings
        switch format {
        case .text:
            // One write: printing line by line costs more than the lines themselves.
            if !result.doctests.isEmpty { print(result.doctests.map(\.textLine).joined(separator: "\n")) }
        case .json:
            print(DoctestJSON.document(result).pretty)
        case .rustdocJSON:
            print(RustdocJSON.document(result.doctests).compact)
        }
        try FindingReport.finish(result.findings)
    }
}
