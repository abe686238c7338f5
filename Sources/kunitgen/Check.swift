import ArgumentParser
import DocTestKit
import Foundation

/// Options `check` and `report` share: what to analyse and how.
struct TreeOptions: ParsableArguments {
    @Option(name: .customLong("srctree"), help: "The kernel source tree (default: the tree containing the current directory, found by its rust/kernel/lib.rs).")
    var srctreeOption: String?

    @Option(help: "The build output directory of `make O=DIR` (default: $KBUILD_OUTPUT, else the source tree): its .config is used.")
    var objtree: String?

    /// `--srctree`, else the tree around the working directory (`validate` made sure there is one).
    var srctree: String {
        srctreeOption ?? KernelTreeLocator.sourceTree(containing: FileManager.default.currentDirectoryPath) ?? "."
    }

    @Option(help: "JSON rule configuration, as for `helpers` (disabled_rules, only_rules, severity, excluded), over every rule.")
    var rules: String?

    @Option(help: "Kernel configuration (.config or include/config/auto.conf); default: SRCTREE/.config, else SRCTREE/include/config/auto.conf.")
    var config: String?

    @Option(name: [.customShort("p"), .customLong("compile-commands")],
            help: "compile_commands.json: parse helper files with their real flags.")
    var compileCommands: String?

    func validate() throws {
        if srctreeOption == nil, KernelTreeLocator.sourceTree(containing: FileManager.default.currentDirectoryPath) == nil {
            throw ValidationError("no kernel tree here: \(FileManager.default.currentDirectoryPath) is not inside a tree with \(KernelTreeLocator.marker); run from the kernel tree or pass --srctree DIR")
        }
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

    /// The library's request for these options (progress on stderr when it is a terminal).
    func request(allOptIn: Bool = false) -> TreeRequest {
        let progress = ProgressLine.forStandardError()
        var callback: (@Sendable (Int, Int) -> Void)? = nil
        if let progress { callback = { done, total in progress.update(done, total) } }
        var request = TreeRequest(srctree: srctree, rules: rules, config: config, compileCommands: compileCommands, progress: callback,
                                  allOptIn: allOptIn)
        request.objtree = KernelTreeLocator.objectTree(explicit: objtree)
        return request
    }

    /// Runs the analysis and the check; problems with the option files are findings (exit 2).
    func analyse(allOptIn: Bool = false) -> (TreeAnalysis, [Finding]) {
        let result = request(allOptIn: allOptIn).analyse()
        ProgressLine.finishAll()
        return result
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every check (C helpers, doctests, ignored examples, untested crates) over a kernel tree.",
        discussion: """
        Findings are printed gcc style (or as JSON, SARIF or GitHub annotations), paths relative to \
        --srctree, text output ending with a `total: N errors, M warnings, K notes` line. Exit \
        status: 0 nothing but notes, 1 warnings or errors, 2 the check could not run (unreadable \
        input, invalid --rules, --config or --baseline, --since failing, libclang missing).

        --since REV: the whole tree is still analysed; line-level findings are kept when on a line \
        changed since REV, file-level ones when in a changed file. --baseline FILE: written when \
        FILE does not exist (or with --update-baseline), else only findings not in it are reported \
        (matched by rule, path and message, not line).

        Examples:
          kunitgen check --srctree .
          kunitgen check --srctree ~/linux --config ~/linux/.config --format github
          kunitgen check --srctree . --format sarif -o kunitgen.sarif
          kunitgen check --srctree . --since origin/master
          kunitgen check --srctree . --baseline kunitgen-baseline.json
        """)

    @OptionGroup var tree: TreeOptions
    @OptionGroup var output: FindingOutputOptions

    @Option(help: ArgumentHelp("Only findings on lines (or, for file-level rules, in files) changed since the git revision REV.",
                               valueName: "REV"))
    var since: String?

    @Option(help: "Baseline file: written when it does not exist, else only findings not in it are reported.")
    var baseline: String?

    @Flag(help: "Rewrite --baseline from this run's findings.")
    var updateBaseline = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the output to this file (atomically), whatever the exit status.")
    var outputFile: String?

    func validate() throws {
        if updateBaseline, baseline == nil { throw ValidationError("--update-baseline needs --baseline FILE") }
    }

    func run() throws {
        var request = CheckRequest(tree: tree.request(), format: output.format, since: since, baseline: baseline,
                                   updateBaseline: updateBaseline, output: outputFile)
        let text = output.textOptions(srctree: tree.srctree)
        request.snippets = text.snippetRoot != nil
        request.colour = text.colour
        let outcome = TreeCheck.run(request)
        ProgressLine.finishAll()
        for line in outcome.stderr { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        print(outcome.stdout, terminator: "")
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
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

    nonisolated(unsafe) private static var current: ProgressLine?

    static func forStandardError() -> ProgressLine? {
        guard isatty(2) == 1 else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let line = ProgressLine(plain: environment["NO_COLOR"] != nil || environment["TERM"] == "dumb")
        current = line
        return line
    }

    /// Ends the progress line the last `forStandardError()` started, if any.
    static func finishAll() {
        current?.finish()
        current = nil
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
