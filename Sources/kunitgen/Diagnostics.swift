import ArgumentParser
import DocTestKit
import Foundation

struct Diagnostics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Point a build log's doctest errors at the doc comments they come from.",
        discussion: """
        Reads a build log (rustc or Clippy output, --error-format=json lines, objtool lines naming \
        rust_doctest_* symbols) and rewrites every location inside doctests_<crate>_generated.rs \
        (in any directory) to the doc comment's path:line:col, keeping the generated location on \
        a note line; every other line is copied unchanged. The generated file is recomputed from \
        --srctree with --config, as `generate` writes it: give the tree and configuration the \
        build used (a log from another tree or configuration is refused).

        Exit status: 0 nothing mapped and no errors, 1 errors in the log or doctest diagnostics \
        mapped, 2 usage or I/O error, or a log that does not match the tree.

        Examples:
          make LLVM=1 rust/doctests_kernel_generated.o 2>&1 | kunitgen diagnostics --srctree . --config .config
          kunitgen diagnostics --srctree ~/linux --format github build.log
        """)

    @OptionGroup var tree: KernelTreeOptions

    @Option(name: .customLong("crate"), help: "kernel, macros, pin-init, or the path of a crate root file.")
    var crateName: String = "kernel"

    @Option(help: "Output format: text (the log, rewritten), json, sarif or github (workflow annotations).")
    var format: FindingFormat = .text

    @Argument(help: "The build log (default or `-`: standard input).")
    var log: String = "-"

    func run() throws {
        let srctree = try tree.resolvedSourceTree()
        let bytes: [UInt8]
        if log == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            do throws(SourceError) { bytes = try SourceFile.readBytes(path: log) } catch {
                FileHandle.standardError.write(Data("kunitgen: error: \(log): \(error.message)\n".utf8))
                throw ExitCode(2)
            }
        }
        let outcome: DiagnosticsCommand.Outcome
        do {
            let generation = GenerateCommand.Request(srctree: srctree, objtree: tree.resolvedObjectTree, crate: crateName, config: tree.config)
            outcome = try DiagnosticsCommand.run(.init(generation: generation, log: bytes, logName: log == "-" ? "standard input" : log))
        } catch {
            FileHandle.standardError.write(Data("kunitgen: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        if format == .text || outcome.exitCode == 2 {
            print(outcome.text, terminator: outcome.text.isEmpty || outcome.text.hasSuffix("\n") ? "" : "\n")
        } else {
            print(FindingRenderer().render(outcome.findings, format: format), terminator: "")
        }
        for note in outcome.notes { FileHandle.standardError.write(Data("kunitgen: \(note)\n".utf8)) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
