import ArgumentParser
import DocTestKit
import Foundation

/// Options `check` and `report` share: what to analyse and how.
struct TreeOptions: ParsableArguments {
    @Option(help: "The kernel source tree.")
    var srctree: String

    @Option(help: "JSON rule configuration, as for `helpers` (disabled_rules, only_rules, severity, excluded), over every rule.")
    var rules: String?

    @Option(help: "Kernel configuration (.config or include/config/auto.conf); default: SRCTREE/.config, else SRCTREE/include/config/auto.conf.")
    var config: String?

    @Option(name: [.customShort("p"), .customLong("compile-commands")],
            help: "compile_commands.json: parse helper files with their real flags.")
    var compileCommands: String?

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: srctree, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--srctree '\(srctree)' is not a directory")
        }
        for (flag, path) in [("--rules", rules), ("--config", config), ("-p", compileCommands)] {
            if let path, !FileManager.default.isReadableFile(atPath: path) {
                throw ValidationError("\(flag) '\(path)' is not a readable file")
            }
        }
    }

    /// Runs the analysis and the check; problems with the option files are findings (exit 2).
    func analyse() -> (TreeAnalysis, [Finding]) {
        var setup: [Finding] = []
        var configuration = HelperConfiguration()
        if let rules {
            do { configuration = try TreeCheck.loadConfiguration(path: rules) } catch {
                setup.append(Finding(location: SourceLocation(path: rules, line: 1), severity: .error,
                                     ruleID: "config-invalid", message: error.message))
            }
        }
        var checker = HelperChecker(configuration: TreeCheck.helperConfiguration(configuration))
        if let compileCommands {
            do { checker.compileCommands = try CompileCommands.load(path: compileCommands) } catch {
                setup.append(Finding(location: SourceLocation(path: compileCommands, line: 1), severity: .error,
                                     ruleID: "compile-commands-invalid", message: error.message))
            }
        }
        let kernel = TreeConfiguration.load(srctree: srctree, explicit: config)
        checker.defines = kernel.defines
        let progress = ProgressLine.forStandardError()
        var callback: (@Sendable (Int, Int) -> Void)? = nil
        if let progress { callback = { done, total in progress.update(done, total) } }
        var analysis = TreeAnalysis.analyse(srctree: srctree, cfg: kernel.cfg, configurationDescription: kernel.description,
                                            helperChecker: checker, progress: callback)
        progress?.finish()
        analysis.findings += kernel.findings + setup
        return (analysis, TreeCheck.findings(analysis, configuration: configuration))
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every check (C helpers, doctests, ignored examples, untested crates) over a kernel tree.",
        discussion: """
        Findings are printed gcc style (or as JSON, SARIF or GitHub annotations), paths relative to \
        --srctree. Exit status: 0 nothing but notes, 1 warnings or errors, 2 the check could not run \
        (unreadable input, invalid --rules or --config, libclang missing). With --since, the whole \
        tree is still analysed and the findings of the changed files (and of the setup) are printed.

        Examples:
          kunitgen check --srctree .
          kunitgen check --srctree ~/linux --config ~/linux/.config --format github
          kunitgen check --srctree . --format sarif > kunitgen.sarif
          kunitgen check --srctree . --since origin/master
        """)

    @OptionGroup var tree: TreeOptions
    @OptionGroup var output: FindingOutputOptions
    @OptionGroup var since: SinceOption

    func run() throws {
        let changed = try since.changedFiles(in: [tree.srctree])
        let (_, analysed) = tree.analyse()
        let findings = changed?.relevant(analysed, base: tree.srctree) ?? analysed
        print(TreeCheck.renderer.render(findings, format: output.format), terminator: "")
        let status = FindingRenderer.exitCode(for: findings)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `kunitgen: scanned 120/4000 files` on one rewritten stderr line, only when stderr is a terminal
/// and the tree is big enough for the wait to be noticed. NO_COLOR or TERM=dumb: no escape codes.
final class ProgressLine: @unchecked Sendable {
    static let minimumFiles = 200
    private let lock = NSLock()
    private let plain: Bool
    private var shown = false
    private var lastPercent = -1

    private init(plain: Bool) { self.plain = plain }

    static func forStandardError() -> ProgressLine? {
        guard isatty(2) == 1 else { return nil }
        let environment = ProcessInfo.processInfo.environment
        return ProgressLine(plain: environment["NO_COLOR"] != nil || environment["TERM"] == "dumb")
    }

    func update(_ done: Int, _ total: Int) {
        guard total >= Self.minimumFiles else { return }
        let percent = done * 100 / max(1, total)
        lock.withLock {
            guard percent != lastPercent else { return }
            lastPercent = percent
            shown = true
            let text = "\rkunitgen: scanned \(done)/\(total) Rust files (\(percent)%)"
            FileHandle.standardError.write(Data((plain ? text + "   " : text + "\u{1B}[K").utf8))
        }
    }

    func finish() {
        lock.withLock {
            guard shown else { return }
            FileHandle.standardError.write(Data((plain ? "\n" : "\r\u{1B}[K").utf8))
        }
    }
}
