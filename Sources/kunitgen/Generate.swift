import ArgumentParser
import DocTestKit
import Foundation

extension KUnitNamingScheme: ExpressibleByArgument {}
extension NoRunPolicy: ExpressibleByArgument {}
extension KUnitLineMapping: ExpressibleByArgument {}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the KUnit doctest suite (doctests_<crate>_generated.rs and _kunit.c) from the sources.",
        discussion: """
        Replaces rustdoc --test --test-builder and scripts/rustdoc_test_gen in rust/Makefile. \
        The configuration is --config, else SRCTREE/.config, else SRCTREE/include/config/auto.conf; \
        with none, no CONFIG_ cfg is set.

        With --since (only with --dry-run), the whole crate is still generated in memory (case \
        names and numbers depend on every file) and the cases of the changed files are listed, \
        one `case NAME: FILE:LINE (run|compiled only|excluded)` line each; findings are those of \
        the changed files (and of the configuration).

        With --renames REV (only with --dry-run), the crate at git revision REV (its rust/ and \
        scripts/rustdoc_test_gen.rs, same --config) is generated too and every case whose name \
        differs is listed: `renamed: OLD -> NEW (FILE:LINE)`, `added: NEW (FILE:LINE)`, \
        `removed: OLD (FILE:LINE at REV)`.

        Examples:
          kunitgen generate --srctree . --dry-run
          kunitgen generate --srctree ~/linux --crate macros --out /tmp/out
          kunitgen generate --srctree . --dry-run --since origin/master
          kunitgen generate --srctree . --dry-run --renames v7.1
        """)

    @OptionGroup var tree: KernelTreeOptions

    @Option(name: .customLong("crate"), help: "kernel, macros, pin-init, or the path (relative to --srctree) of a crate root file.")
    var crateName: String = "kernel"

    @Option(help: "Output directory (default: OBJTREE/rust).")
    var out: String?

    @Option(help: "kernel (the kernel's rust_doctest_<crate>_<file>_<n>) or item (from item paths).")
    var naming: KUnitNamingScheme = .kernel

    @Option(name: .customLong("no-run"), help: "What becomes of `no_run` doctests: run (registered and run at boot, as the kernel does) or compile-only (compiled, not registered).")
    var noRun: NoRunPolicy = .run

    @Option(help: "Lines the tests report: kernel (rustdoc's line and the kernel's arithmetic: files identical to the kernel's) or source (the doc comment's true lines).")
    var lines: KUnitLineMapping = .kernel

    @Flag(help: "Print only warnings and errors (for kbuild: nothing on a clean run).")
    var quiet = false

    @Flag(help: "List every note (by default they are counted in one line).")
    var verbose = false

    @Flag(help: "Print what would be written; write nothing.")
    var dryRun = false

    @OptionGroup var since: SinceOption

    @Option(help: ArgumentHelp(
        "With --dry-run: list the KUnit case names that differ from those at git revision REV (renamed OLD -> NEW, added, removed), doctests matched by file, item path and code.",
        valueName: "REV"))
    var renames: String?

    func validate() throws {
        if since.since != nil, !dryRun { throw ValidationError("--since needs --dry-run: the generated files always hold the whole crate") }
        if renames != nil, !dryRun { throw ValidationError("--renames needs --dry-run") }
    }

    func run() throws {
        let srctree = try tree.resolvedSourceTree()
        let changed = try since.changedFiles(in: [srctree])
        let outcome: GenerateCommand.Outcome
        do {
            outcome = try GenerateCommand.run(.init(srctree: srctree, objtree: tree.resolvedObjectTree, crate: crateName, out: out,
                                                    config: tree.config, naming: naming, noRun: noRun, lines: lines, dryRun: dryRun))
        } catch {
            FileHandle.standardError.write(Data("kunitgen: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        if !quiet {
            for line in outcome.context { FileHandle.standardError.write(Data("kunitgen: \(line)\n".utf8)) }
            outcome.fileLines.forEach { print($0) }
            print(outcome.summary)
        }
        var findings = outcome.findings
        if let renames {
            do throws(GitError) {
                let report = try DoctestRenames.since(renames, request: .init(
                    srctree: srctree, objtree: tree.resolvedObjectTree, crate: crateName, config: tree.config, naming: naming,
                    noRun: noRun, lines: lines, dryRun: true))
                report.lines.forEach { print($0) }
            } catch {
                FileHandle.standardError.write(Data("kunitgen: error: --renames \(renames): \(error.message)\n".utf8))
                throw ExitCode(2)
            }
        }
        if let changed {
            let report = changed.report(outcome.generation.cases, srctree: srctree)
            report.lines.forEach { print($0) }
            print("\(report.doctests) of them from \(report.files) changed files")
            findings = changed.relevant(findings, base: srctree)
        }
        // Notes say what became of each doctest; listed on request, else counted, so that a
        // build running `generate` every time prints nothing new.
        let listed = verbose ? findings : findings.filter { $0.severity != .note }
        for finding in listed.sorted(by: { ($0.location, $0.ruleID) < ($1.location, $1.ruleID) }) {
            FileHandle.standardError.write(Data((finding.gccStyle + "\n").utf8))
        }
        let notes = findings.count - listed.count
        if notes > 0, !quiet {
            FileHandle.standardError.write(Data("kunitgen: \(notes) notes on what becomes of doctests (--verbose lists them)\n".utf8))
        }
        // An output that cannot be written is an I/O error (2); an error in the sources is a finding (1).
        if outcome.writeFailed { throw ExitCode(2) }
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

