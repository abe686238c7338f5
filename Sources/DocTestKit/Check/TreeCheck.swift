import Foundation

/// `kunitgen check`: every check of the tool over one source tree, as findings.
///
/// From one `TreeAnalysis`:
/// - the C helper rules (`HelperChecker`, all of `kunitgen helpers`);
/// - reading and scanning problems of every Rust file of the kernel's own crates, drivers and
///   samples (`lex-error`, `syntax-error`, `module-file-not-found`, `doc-not-literal`, ...);
///   vendored crates get one `vendored-crate` note each instead;
/// - what `generate` says about the kernel crate's doctests (`CaseSelection`);
/// - the rules of `CheckRules.own`: `ignore-without-reason` (opt-in), `doctest-never-run`,
///   `doctest-compiled-out` (opt-in), `macro-example-not-extracted` (`MacroExampleRule`).
///
/// Findings are deduplicated (a macro expanded twice reports its body once), filtered and
/// re-graded by a `CheckConfiguration`, and sorted by place.
public enum TreeCheck {
    public static let docExampleRules: [any DocExampleRule] = [IgnoreWithoutReasonRule()]

    /// Every rule ID `check` can report, with a description and its reason, for SARIF and
    /// `--rules` validation.
    public static var allRules: [FindingRenderer.RuleInfo] {
        HelperChecker.allRules.map { .init(id: $0.id, description: $0.description, help: nil, defaultLevel: $0.severity) }
            + CheckRules.all.map { .init(id: $0.id, description: $0.description, help: $0.reason, defaultLevel: $0.severity) }
    }

    public static var renderer: FindingRenderer { FindingRenderer(rules: allRules) }

    /// The findings of `analysis` after the rules of this command, filtered and re-graded by
    /// `configuration`, deduplicated, sorted by place. Paths are relative to the source tree.
    public static func findings(_ analysis: TreeAnalysis, configuration: CheckConfiguration = CheckConfiguration()) -> [Finding] {
        var out: [Finding] = []
        let compiledOut = Dictionary(analysis.compiledOut.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        for var finding in analysis.findings {
            if finding.fix == nil { finding.fix = defaultFixes[finding.ruleID] }
            guard finding.ruleID == "doctest-in-macro" else { out.append(finding); continue }
            let key = "\(finding.location.path):\(finding.location.line)"
            // No entry: the example was extracted from an invocation, nothing to say.
            guard let invocations = analysis.macroInvocations[key] else { continue }
            out.append(MacroExampleRule.finding(for: finding, invocations: invocations))
        }
        if configuration.enables("ignore-without-reason") {
            out += ignoreWithoutReason(analysis)
        }
        for entry in analysis.doctests where entry.runner == .never {
            if let module = compiledOut[entry.doctest.file] {
                out.append(compiledOutFinding(entry, module))
                continue
            }
            let root = analysis.crates.first { $0.name == entry.crate && $0.files.contains(entry.doctest.file) }?.root ?? entry.doctest.file
            out.append(Finding(
                location: SourceLocation(path: entry.doctest.file, line: entry.doctest.line),
                severity: .note, ruleID: "doctest-never-run",
                message: "this doc example of crate `\(entry.crate)` (root `\(root)`) is never built or run: "
                    + "the kernel's build runs only the `kernel` crate's doctests (as KUnit) and the `macros` crate's (`make rusttest`)",
                fix: "move the example to the `kernel` crate, or test the behaviour with a `#[kunit_tests]` module"))
        }
        for crate in analysis.vendored {
            out.append(Finding(
                location: SourceLocation(path: crate.root, line: 1), severity: .note, ruleID: "vendored-crate",
                // Short: the why is `kunitgen explain vendored-crate`.
                message: "vendored crate `\(crate.name)` (\(crate.files) files, \(crate.doctests) examples): maintained upstream, not checked"
                    + (crate.findingsDropped > 0 ? " (\(crate.findingsDropped) finding\(crate.findingsDropped == 1 ? "" : "s") left out)" : ""),
                fix: "report problems upstream, then update the vendored copy"))
        }
        return apply(configuration, to: out)
    }

    /// `ignore-without-reason` over the files of every crate but the vendored ones.
    static func ignoreWithoutReason(_ analysis: TreeAnalysis) -> [Finding] {
        // The rule reads doc comments; examples come with the file's scan in `analysis.scans`.
        analysis.ruleFindings["ignore-without-reason"] ?? []
    }

    static func compiledOutFinding(_ entry: InventoryEntry, _ module: CompiledOutModule) -> Finding {
        let path = module.modulePath.joined(separator: "::")
        let why = module.condition.map { " (`\($0)`" + (module.declaredAt.map { " at \($0))" } ?? ")") } ?? ""
        return Finding(
            location: SourceLocation(path: entry.doctest.file, line: entry.doctest.line), severity: .note,
            ruleID: "doctest-compiled-out",
            message: "this doc example is in module `\(path)` of crate `\(module.crate)`, which this configuration compiles out\(why): "
                + "it is not part of this configuration's KUnit suite",
            fix: "nothing to fix; check under a configuration that enables the module")
    }

    /// Suggested fixes for findings of other stages that come without one (reports show them).
    public static let defaultFixes: [String: String] = [
        "doctest-should-panic-not-run": "assert on the failing call's `Result`/`Option` instead of panicking, or mark the example `no_run` if it only shows usage",
        "doctest-test-harness-not-supported": "drop `test_harness` and call the code directly, or move the tests into a `#[kunit_tests]` module",
        "doctest-ignore-target-not-built": "drop `ignore-<target>` and guard the target-specific lines with `#[cfg(...)]` (hidden with `# ` if needed)",
        "doctest-ignored": "build the example (`no_run` if it must not run at boot), or say in the text why it is ignored",
        "doctest-compile-fail-not-built": "nothing to do if it must fail to compile (host rustdoc checks that); KUnit cannot",
        "doctest-no-run-compiled-only": "nothing to do if it must not run at boot; drop `no_run` to make it a KUnit case",
        "doctest-edition-not-honoured": "drop the `edition20xx` attribute, or make the example valid in the kernel's edition",
        "doctest-none-generated": "add a runnable example to the kernel crate's documentation",
        "module-file-not-found": "create the module file, or remove (or `#[cfg]` out) the `mod` declaration",
        "module-file-ambiguous": "remove one of the two files",
        "macro-not-expanded": "simplify the invocation, or document the generated items outside the macro",
        "cfg-unparsable": "write the predicate in rustc's `cfg` syntax",
        "doc-not-literal": "use a string literal (or `include_str!`) as the doc attribute's value",
        "syntax-error": "fix the syntax (rustc reports the same place)",
        "lex-error": "fix the unterminated comment, string or character literal",
    ]

    /// Drops disabled rules and excluded files, re-grades severities, removes duplicates, sorts.
    public static func apply(_ configuration: CheckConfiguration, to findings: [Finding]) -> [Finding] {
        var seen = Set<Finding>()
        return findings.compactMap { finding -> Finding? in
            // Tool errors always get through: they decide the exit status 2.
            let isToolError = FindingRenderer.toolErrorRuleIDs.contains(finding.ruleID)
            guard isToolError || (configuration.enables(finding.ruleID) && !configuration.excludes(relativePath: finding.location.path)) else {
                return nil
            }
            var finding = finding
            if let severity = configuration.severity[finding.ruleID], !isToolError { finding.severity = severity }
            return seen.insert(finding).inserted ? finding : nil
        }.sorted { ($0.location, $0.ruleID, $0.message) < ($1.location, $1.ruleID, $1.message) }
    }

    /// Reads `--rules` (`CheckConfiguration.load`).
    public static func loadConfiguration(path: String) throws(CheckConfiguration.LoadError) -> CheckConfiguration {
        try CheckConfiguration.load(path: path)
    }
}
