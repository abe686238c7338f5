import Foundation

/// What `check` and `report` are asked to analyse (the options they share).
public struct TreeRequest: Sendable {
    public var srctree: String
    /// `make O=`'s output directory: its configuration comes first.
    public var objtree: String?
    /// `--rules` (`CheckConfiguration`).
    public var rules: String?
    /// `--config` (else `SRCTREE/.config`, else `SRCTREE/include/config/auto.conf`).
    public var config: String?
    /// `-p compile_commands.json` for the helper rules.
    public var compileCommands: String?
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Turn every opt-in rule on (as `"opt_in_rules": ["*"]`): `report` shows the full picture.
    public var allOptIn = false

    public init(srctree: String, rules: String? = nil, config: String? = nil, compileCommands: String? = nil,
                progress: (@Sendable (Int, Int) -> Void)? = nil, allOptIn: Bool = false) {
        self.allOptIn = allOptIn
        self.srctree = srctree
        self.rules = rules
        self.config = config
        self.compileCommands = compileCommands
        self.progress = progress
    }

    /// Runs the analysis and the check; problems with the option files are findings (exit 2).
    public func analyse() -> (analysis: TreeAnalysis, findings: [Finding]) {
        var setup: [Finding] = []
        var configuration = CheckConfiguration()
        if let rules {
            do { configuration = try CheckConfiguration.load(path: rules) } catch {
                setup.append(Finding(location: SourceLocation(path: rules, line: 1), severity: .error,
                                     ruleID: "config-invalid", message: error.message))
            }
        }
        if allOptIn { configuration.optInRules.append("*") }
        var checker = HelperChecker(configuration: configuration.helperConfiguration)
        if let compileCommands {
            do { checker.compileCommands = try CompileCommands.load(path: compileCommands) } catch {
                setup.append(Finding(location: SourceLocation(path: compileCommands, line: 1), severity: .error,
                                     ruleID: "compile-commands-invalid", message: error.message))
            }
        }
        let kernel = TreeConfiguration.load(srctree: srctree, explicit: config, objtree: objtree)
        checker.defines = kernel.defines
        var analysis = TreeAnalysis.analyse(srctree: srctree, cfg: kernel.cfg, configurationDescription: kernel.description,
                                            helperChecker: checker,
                                            docExampleRules: Set(TreeCheck.docExampleRules.map(\.id).filter(configuration.enables)),
                                            progress: progress)
        analysis.findings += kernel.findings + setup
        return (analysis, TreeCheck.findings(analysis, configuration: configuration))
    }
}

/// `kunitgen check` from its options to its output and exit status: the one entry point the
/// command line calls.
public struct CheckRequest: Sendable {
    public var tree: TreeRequest
    public var format: FindingFormat = .text
    /// `--since REV`: only findings on lines (line-level rules) or files (file-level rules)
    /// changed since REV; findings about no source file (setup, configuration) always.
    public var since: String?
    /// `--baseline FILE`: written when missing (or with `updateBaseline`), else compared.
    public var baseline: String?
    public var updateBaseline = false
    /// `-o FILE`: write the output there (atomically) instead of returning it for stdout; it is
    /// written whatever the exit status, so CI always gets a SARIF file.
    public var output: String?
    /// Text: source lines with carets (`FindingRenderer.Options.snippetRoot`), and colour.
    public var snippets = false
    public var colour = false

    public init(tree: TreeRequest, format: FindingFormat = .text, since: String? = nil, baseline: String? = nil,
                updateBaseline: Bool = false, output: String? = nil) {
        self.tree = tree
        self.format = format
        self.since = since
        self.baseline = baseline
        self.updateBaseline = updateBaseline
        self.output = output
    }
}

public struct CheckOutcome: Sendable {
    /// For stdout (empty when written to `-o`).
    public var stdout: String
    /// Lines for stderr (baseline written, `-o` failed).
    public var stderr: [String]
    public var exitCode: Int32
    /// What was reported, after `--since` and the baseline.
    public var findings: [Finding]
}

/// Rules whose findings are about a whole file (or the tree), not a line: `--since` keeps
/// them for every changed file.
public let fileLevelRules: Set<String> = [
    "module-file-not-found", "module-file-ambiguous", "module-file-included-twice", "doctest-none-generated",
    "vendored-crate", "helpers-include-unsorted", "helper-not-included", "helper-include-missing",
]

extension TreeCheck {
    public static func run(_ request: CheckRequest) -> CheckOutcome {
        var stderr: [String] = []
        var changed: GitChangedFiles?
        var setup: [Finding] = []
        if let since = request.since {
            do throws(GitError) { changed = try GitChangedFiles.since(since, in: request.tree.srctree) } catch {
                setup.append(Finding(location: SourceLocation(path: request.tree.srctree, line: 1), severity: .error,
                                     ruleID: "since-invalid", message: "--since \(since): \(error.message)"))
            }
        }
        var findings: [Finding]
        if setup.isEmpty {
            let (analysis, all) = request.tree.analyse()
            findings = all
            stderr.append("kunitgen: tree \(request.tree.srctree); configuration: \(analysis.configurationDescription)")
        } else {
            findings = setup  // the selection asked for cannot be made: checking everything would mislead
        }
        if let changed { findings = selectChanged(findings, changed: changed, srctree: request.tree.srctree) }
        var suffix: String?
        // A run that could not complete neither writes nor compares a baseline.
        let failed = findings.contains { FindingRenderer.toolErrorRuleIDs.contains($0.ruleID) }
        if let path = request.baseline, !failed {
            if request.updateBaseline || !FileManager.default.fileExists(atPath: path) {
                let baseline = Baseline(findings)
                do throws(Baseline.LoadError) {
                    try baseline.write(to: path)
                    stderr.append("kunitgen: baseline \(path) written with \(baseline.entries.count) findings")
                    suffix = "baseline: \(baseline.entries.count) findings recorded in \(path); later runs report only new ones"
                    findings = []
                } catch {
                    findings.append(Finding(location: SourceLocation(path: path, line: 1), severity: .error,
                                            ruleID: "io-error", message: error.message))
                }
            } else {
                do throws(Baseline.LoadError) {
                    let comparison = try Baseline.load(path: path).compare(findings)
                    findings = comparison.new
                    suffix = "baseline: \(comparison.known) known findings not shown"
                        + (comparison.fixed > 0 ? ", \(comparison.fixed) fixed since (--update-baseline drops them)" : "")
                } catch {
                    findings = [Finding(location: SourceLocation(path: path, line: 1), severity: .error,
                                        ruleID: "config-invalid", message: error.message)]
                }
            }
        }
        var options = FindingRenderer.Options(
            totals: true, totalsSuffix: suffix,
            changedPaths: Set(findings.map(\.location.path).filter { path in
                changed?.contains(request.tree.srctree + "/" + path) ?? false
            }))
        options.snippetRoot = request.snippets && request.output == nil ? request.tree.srctree : nil
        options.colour = request.colour && request.output == nil
        var text = renderer.render(findings, format: request.format, options: options)
        if let output = request.output {
            do throws(SourceError) {
                try ReportFileWriter.write(text, to: output)
                text = ""
            } catch {
                stderr.append(error.finding.gccStyle)
                return CheckOutcome(stdout: text, stderr: stderr, exitCode: 2, findings: findings)
            }
        }
        return CheckOutcome(stdout: text, stderr: stderr, exitCode: FindingRenderer.exitCode(for: findings), findings: findings)
    }

    /// `--since`: line-level findings on changed lines, file-level ones in changed files, and
    /// those about no source file.
    public static func selectChanged(_ findings: [Finding], changed: GitChangedFiles, srctree: String) -> [Finding] {
        findings.filter { finding in
            let path = finding.location.path
            let isSource = path.hasSuffix(".rs") || path.hasSuffix(".c") || path.hasSuffix(".h")
            guard isSource else { return true }
            let absolute = path.hasPrefix("/") ? path : srctree + "/" + path
            return fileLevelRules.contains(finding.ruleID)
                ? changed.contains(absolute) : changed.containsLine(absolute, finding.location.line)
        }
    }
}
