import Foundation

/// `kunitgen check`: every check of the tool over one source tree, as findings.
///
/// From one `TreeAnalysis`:
/// - the C helper rules (`HelperChecker`, all of `kunitgen helpers`);
/// - reading and scanning problems of every Rust file (`lex-error`, `syntax-error`,
///   `module-file-not-found`, `cfg-unparsable`, `doc-not-literal`, ...);
/// - what `generate` says about the kernel crate's doctests (`CaseSelection`: `should_panic`,
///   `test_harness`, `ignore-<target>`, ... and `doctest-none-generated`);
/// - `ignore-without-reason` (`IgnoreWithoutReasonRule`);
/// - `doctest-never-run`: a Rust doc example in a crate whose doctests no build target runs
///   (see `DoctestRunner`), one warning per example; a note only for files under `rust/kernel`
///   or `rust/macros` that no `mod` declaration reaches under this configuration (cfg'd out);
/// - `macro-example-not-extracted`: a doc example inside a `macro_rules!` body that no
///   same-file invocation produced (so neither `generate` nor this tool sees it); examples that
///   were extracted from an invocation are fine and their scanner note is dropped.
public enum TreeCheck {
    public static let docExampleRules: [any DocExampleRule] = [IgnoreWithoutReasonRule()]

    /// Rules this command adds to those of the helpers, the scanner and `generate`.
    public static let ownRules: [FindingRenderer.RuleInfo] = docExampleRules.map { .init(id: $0.id, description: $0.description) } + [
        .init(id: "doctest-never-run", description: "doc example in a crate whose doctests the kernel's build never runs"),
        .init(id: "macro-example-not-extracted", description: "doc example inside macro_rules! that no invocation in its file produces"),
    ]

    /// Every rule ID `check` can report, with a description, for SARIF and `--config` validation.
    public static var allRules: [FindingRenderer.RuleInfo] {
        HelperChecker.allRules.map { .init(id: $0.id, description: $0.description) } + ownRules + [
            .init(id: "doctest-ignored", description: "`ignore` doctest is not built into the KUnit suite"),
            .init(id: "doctest-ignore-target-not-built", description: "`ignore-<target>` doctest is not built"),
            .init(id: "doctest-no-run-compiled-only", description: "`no_run` doctest is compiled, not run"),
            .init(id: "doctest-should-panic-not-run", description: "`should_panic` doctest cannot run under KUnit"),
            .init(id: "doctest-compile-fail-not-built", description: "`compile_fail` doctest is left out of the kernel"),
            .init(id: "doctest-test-harness-not-supported", description: "`test_harness` doctest needs libtest"),
            .init(id: "doctest-edition-not-honoured", description: "doctest's edition is not the kernel's"),
            .init(id: "doctest-none-generated", description: "no doctest becomes a KUnit case"),
            .init(id: "macro-not-expanded", description: "macro invocation could not be expanded"),
            .init(id: "lex-error", description: "Rust file cannot be tokenized"),
            .init(id: "syntax-error", description: "unexpected tokens where an item belongs"),
            .init(id: "cfg-unparsable", description: "cfg predicate cannot be evaluated"),
            .init(id: "doc-not-literal", description: "doc attribute is not a string literal"),
            .init(id: "doc-include-missing", description: "include_str! documentation cannot be read"),
            .init(id: "module-file-not-found", description: "file of a `mod` declaration is missing"),
            .init(id: "module-file-ambiguous", description: "module file exists twice (E0761)"),
            .init(id: "module-file-included-twice", description: "file included as two modules"),
            .init(id: "io-error", description: "a file cannot be read"),
            .init(id: "config-invalid", description: "the --config file is invalid"),
        ]
    }

    public static var renderer: FindingRenderer { FindingRenderer(rules: allRules) }

    /// The findings of `analysis` after the rules of this command, filtered and re-graded by
    /// `configuration`, sorted by place. Paths are relative to the source tree.
    public static func findings(_ analysis: TreeAnalysis, configuration: HelperConfiguration = HelperConfiguration()) -> [Finding] {
        var out: [Finding] = []
        let extractedLines = Set(analysis.doctests.map { "\($0.doctest.file):\($0.doctest.line)" })
        for var finding in analysis.findings {
            if finding.fix == nil { finding.fix = defaultFixes[finding.ruleID] }
            guard finding.ruleID == "doctest-in-macro" else { out.append(finding); continue }
            // The scanner's note sits on the doc line holding the fence; an extracted example has that true line.
            if extractedLines.contains("\(finding.location.path):\(finding.location.line)") { continue }
            var warning = finding
            warning.severity = .warning
            warning.ruleID = "macro-example-not-extracted"
            warning.message = finding.message.replacingOccurrences(of: ": rustdoc tests it only where the macro is invoked",
                                                                   with: "") + " is not extracted: no invocation in this file produces it, so it is neither checked here nor turned into a KUnit case"
            warning.fix = "invoke the macro in the same file (rustdoc tests the example where it is invoked), or move the example to the macro's own doc comment"
            out.append(warning)
        }
        for entry in analysis.doctests where entry.runner == .never {
            let root = analysis.crates.first { $0.name == entry.crate && $0.files.contains(entry.doctest.file) }?.root ?? entry.doctest.file
            // A file of the kernel's own crates that the walk did not reach is cfg'd out: it may run
            // under another configuration, so that is only worth a note.
            let cfgDisabled = root.hasPrefix("rust/kernel/") || root.hasPrefix("rust/macros/")
            let whose = cfgDisabled
                ? "`\(root)` is not reached from its crate's root by any `mod` declaration (under this configuration), so this doc example"
                : "this doc example of crate `\(entry.crate)` (root `\(root)`)"
            out.append(Finding(
                location: SourceLocation(path: entry.doctest.file, line: entry.doctest.line),
                severity: cfgDisabled ? .note : .warning, ruleID: "doctest-never-run",
                message: "\(whose) is never built or run: "
                    + "the kernel's build runs only the `kernel` crate's doctests (as KUnit) and the `macros` crate's (`make rusttest`)",
                fix: "move the example to the `kernel` crate, or test the behaviour with a `#[kunit_tests]` module"))
        }
        return apply(configuration, to: out)
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

    /// Drops disabled rules and excluded files, re-grades severities, sorts.
    public static func apply(_ configuration: HelperConfiguration, to findings: [Finding]) -> [Finding] {
        findings.compactMap { finding -> Finding? in
            // Tool errors always get through: they decide the exit status 2.
            let isToolError = FindingRenderer.toolErrorRuleIDs.contains(finding.ruleID)
            guard isToolError || (configuration.enables(finding.ruleID) && !configuration.excludes(relativePath: finding.location.path)) else {
                return nil
            }
            var finding = finding
            if let severity = configuration.severity[finding.ruleID], !isToolError { finding.severity = severity }
            return finding
        }.sorted { ($0.location, $0.ruleID, $0.message) < ($1.location, $1.ruleID, $1.message) }
    }

    /// Reads `--config`: the JSON of `kunitgen helpers --config`, rule names from `allRules`.
    public static func loadConfiguration(path: String) throws(HelperConfiguration.LoadError) -> HelperConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { throw .init(message: "cannot read \(path)") }
        let configuration: HelperConfiguration
        do { configuration = try JSONDecoder().decode(HelperConfiguration.self, from: data) } catch {
            throw .init(message: "\(path) is not a valid configuration: \(error)")
        }
        let known = Set(allRules.map(\.id))
        let named = configuration.disabledRules + configuration.onlyRules + configuration.severity.keys
        if let unknown = named.first(where: { !known.contains($0) }) { throw .init(message: "\(path): unknown rule '\(unknown)'") }
        return configuration
    }

    /// The helper checker's share of a check configuration (helper rules only, same exclusions).
    public static func helperConfiguration(_ configuration: HelperConfiguration) -> HelperConfiguration {
        let helperIDs = Set(HelperChecker.allRules.map(\.id))
        var helpers = configuration
        helpers.disabledRules = configuration.disabledRules.filter(helperIDs.contains)
        let only = configuration.onlyRules.filter(helperIDs.contains)
        // `only_rules` naming no helper rule turns every helper rule off.
        helpers.onlyRules = configuration.onlyRules.isEmpty ? [] : (only.isEmpty ? ["-none-"] : only)
        helpers.severity = configuration.severity.filter { helperIDs.contains($0.key) }
        return helpers
    }
}
