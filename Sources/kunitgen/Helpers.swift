import ArgumentParser
import DocTestKit
import Foundation

extension FindingFormat: ExpressibleByArgument {}

/// Options of every command that reports findings.
struct FindingOutputOptions: ParsableArguments {
    @Option(help: "Output format: text (gcc style), json, sarif or github (workflow annotations).")
    var format: FindingFormat = .text

    @Flag(inversion: .prefixedNo, help: "Text: show the source line and a caret under each finding (default: on a terminal).")
    var snippets: Bool?

    /// stdout is a terminal that takes colour (not `NO_COLOR`, not `TERM=dumb`).
    static var terminalTakesColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(1) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// The text options for a tree at `srctree`.
    func textOptions(srctree: String, _ options: FindingRenderer.Options = .init()) -> FindingRenderer.Options {
        var options = options
        if snippets ?? (isatty(1) != 0) { options.snippetRoot = srctree }
        options.colour = Self.terminalTakesColour
        return options
    }
}

struct Helpers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that every C helper Rust calls (rust/helpers/*.c) is marked __rust_helper.",
        discussion: """
        With --since, the whole tree is still checked (some rules span files) and the findings \
        of the changed files are reported; --fix then edits only the changed files.

        Exit status: 0 clean, 1 findings, 2 the check could not run (I/O, libclang missing, bad input files).

        Examples:
          kunitgen helpers --srctree .
          kunitgen helpers --srctree ~/linux -p ~/linux/compile_commands.json --format sarif
          kunitgen helpers --srctree . --since origin/master --fix
        """)

    @OptionGroup var tree: KernelTreeOptions

    @Option(name: [.customShort("p"), .customLong("compile-commands")],
            help: "compile_commands.json: parse helper files with their real flags.")
    var compileCommands: String?

    @Option(help: "JSON rule configuration: disabled_rules, only_rules, severity, excluded.")
    var rules: String?


    @OptionGroup var output: FindingOutputOptions

    @Flag(help: "Insert the missing __rust_helper annotations in place (files are replaced atomically).")
    var fix = false

    @OptionGroup var since: SinceOption

    func validate() throws {
        if let srctree = tree.srctree {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: srctree, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--srctree '\(srctree)' is not a directory")
            }
        }
        for (flag, path) in [("-p", compileCommands), ("--rules", rules), ("--config", tree.config)] {
            if let path, !FileManager.default.isReadableFile(atPath: path) {
                throw ValidationError("\(flag) '\(path)' is not a readable file")
            }
        }
    }

    func run() throws {
        let srctree = try tree.resolvedSourceTree()
        let changed = try since.changedFiles(in: [srctree])
        let renderer = HelperReport.renderer
        var checker = HelperChecker()
        var setupProblems: [Finding] = []
        let kernel = TreeConfiguration.load(srctree: srctree, explicit: tree.config, objtree: tree.resolvedObjectTree)
        setupProblems += kernel.findings.filter { $0.severity == .error }
        FileHandle.standardError.write(Data("kunitgen: tree \(srctree); configuration: \(kernel.description)\n".utf8))
        checker.defines = kernel.defines
        if let rules {
            do { checker.configuration = try HelperConfiguration.load(path: rules) } catch {
                setupProblems.append(Finding(location: SourceLocation(path: rules, line: 1), severity: .error,
                                             ruleID: "config-invalid", message: error.message))
            }
        }
        if let compileCommands {
            do { checker.compileCommands = try CompileCommands.load(path: compileCommands) } catch {
                setupProblems.append(Finding(location: SourceLocation(path: compileCommands, line: 1), severity: .error,
                                             ruleID: "compile-commands-invalid", message: error.message))
            }
        }
        guard setupProblems.isEmpty else { return try finish(setupProblems, scan: HelperScanResult(), renderer) }

        var (scan, findings) = checker.run(srctree: srctree)
        if fix, !scan.allFiles.isEmpty {
            let fixer = HelperFixer(
                insertMissing: HelperRuleContext(scan: scan).annotationDefined && checker.configuration.enables("missing-rust-helper"),
                moveMisplaced: checker.configuration.enables("misplaced-rust-helper"))
            let (changes, problems) = fixer.apply(to: changed.map { $0.only(scan) } ?? scan)
            for change in changes { log(change.description) }
            if !changes.isEmpty { (scan, findings) = checker.run(srctree: srctree) }
            findings += problems
        }
        try finish(changed?.relevant(findings) ?? findings, scan: scan, renderer)
    }

    private func finish(_ findings: [Finding], scan: HelperScanResult, _ renderer: FindingRenderer) throws {
        print(renderer.render(findings, format: output.format, extra: HelperReport.extraJSON(scan),
                              // Helper findings name files as given on the command line: relative to here.
                              options: output.textOptions(srctree: ".")), terminator: "")
        let status = FindingRenderer.exitCode(for: findings)
        if status != 0 { throw ExitCode(status) }
    }

    /// What `--fix` changed: on stdout with text output, else on stderr so the JSON/SARIF stays valid.
    private func log(_ line: String) {
        if output.format == .text { print(line) } else { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
