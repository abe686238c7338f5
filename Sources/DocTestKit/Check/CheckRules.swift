/// One rule `kunitgen check` can report: what it says, why it matters, how loud it is.
public struct CheckRule: Sendable {
    public var id: String
    /// One line (SARIF `shortDescription`, `--rules` validation, README table).
    public var description: String
    /// Why it is reported and what to do (SARIF `help`, README).
    public var reason: String
    /// Severity when reported (`--rules` `severity` re-grades).
    public var severity: Severity
    /// Off unless named in `opt_in_rules` (or `only_rules`): opinions and informational rules
    /// that would be noise on every run.
    public var optIn = false

    public init(_ id: String, _ severity: Severity, optIn: Bool = false, _ description: String, reason: String) {
        self.id = id
        self.severity = severity
        self.optIn = optIn
        self.description = description
        self.reason = reason
    }
}

/// Every rule of `check` that is not a C helper rule (those are `HelperChecker.allRules`).
/// The noise policy: errors are things rustc or kbuild would reject; warnings are things a
/// patch should fix (an example nobody can test, a helper Rust cannot call); notes are
/// information. Opinions and informational notes (what `generate` does with a doctest, which
/// examples no target runs, kunitgen's own limits) are opt-in, so that a clean tree prints only
/// the one-line summary of each vendored crate and the totals; `report` shows them all.
public enum CheckRules {
    public static let doctest: [CheckRule] = [
        CheckRule("doctest-should-panic-not-run", .warning, "`should_panic` doctest cannot run under KUnit",
                  reason: "KUnit cannot expect a panic, and a panic at boot brings the kernel down, so the example is left out of the suite"),
        CheckRule("doctest-test-harness-not-supported", .warning, "`test_harness` doctest needs libtest",
                  reason: "the kernel has no libtest; the example's tests are never run"),
        CheckRule("doctest-ignore-target-not-built", .note, optIn: true, "`ignore-<target>` doctest is not built",
                  reason: "the KUnit suite builds for one target and leaves `ignore-<target>` examples out"),
        CheckRule("doctest-ignored", .note, optIn: true, "`ignore` doctest is not built into the KUnit suite",
                  reason: "what `generate` does with an `ignore` example: nothing"),
        CheckRule("doctest-no-run-compiled-only", .note, optIn: true, "`no_run` doctest is compiled, not run",
                  reason: "what `generate` does with a `no_run` example: it is built, never called"),
        CheckRule("doctest-no-run-runs", .note, optIn: true, "`no_run` doctest is run at boot, as the kernel runs it",
                  reason: "what `generate` does with a `no_run` example by default: it registers it, as the kernel's own pipeline does (`--no-run compile-only` does not)"),
        CheckRule("doctest-unparsable", .warning, "doctest code does not parse",
                  reason: "rustdoc passes such code on unwrapped and the kernel's test builder fails on it, breaking the build; `generate` leaves it out"),
        CheckRule("doctest-compile-fail-not-built", .note, optIn: true, "`compile_fail` doctest is left out of the kernel",
                  reason: "only host rustdoc can check that an example fails to compile"),
        CheckRule("doctest-edition-not-honoured", .warning, "doctest's edition is not the kernel's",
                  reason: "the KUnit suite builds every example in the kernel crate's edition"),
        CheckRule("doctest-none-generated", .warning, "no doctest becomes a KUnit case",
                  reason: "CONFIG_RUST_KERNEL_DOCTESTS would build an empty suite"),
    ]

    public static let own: [CheckRule] = [
        CheckRule("ignore-without-reason", .warning, optIn: true, "`ignore`d doc example without a reason in the surrounding text",
                  reason: "an opinion: an `ignore`d example is never built and rots; the text should say why (opt in with `opt_in_rules`)"),
        CheckRule("doctest-never-run", .note, optIn: true, "doc example in a crate whose doctests the kernel's build never runs",
                  reason: "only the `kernel` crate's doctests (KUnit) and the `macros` crate's (`make rusttest`) run; a driver's or sample's example is documentation only"),
        CheckRule("doctest-compiled-out", .note, optIn: true, "doc example in a module this configuration compiles out",
                  reason: "`#[cfg(CONFIG_X)] mod m;` without CONFIG_X: the module's examples are not in this configuration's KUnit suite (they are under another)"),
        CheckRule("macro-example-not-extracted", .warning, "doc example inside macro_rules! that no invocation produces",
                  reason: "rustdoc tests an example in a macro body only where the macro is invoked; with no invocation in the crate it is never tested"),
        CheckRule("macro-example-not-expanded", .note, optIn: true, "doc example inside macro_rules! whose invocation kunitgen cannot expand",
                  reason: "a kunitgen limitation (nested `paste!`, `concat!` doc attributes): rustdoc tests the example at the invocation, kunitgen does not see it"),
        CheckRule("vendored-crate", .note, "a vendored crate, summarised once",
                  reason: "syn, quote, proc-macro2 and pin-init are maintained upstream: their examples are not run by the kernel's build and are not a kernel patch's to fix"),
    ]

    public static let reading: [CheckRule] = [
        CheckRule("macro-not-expanded", .note, optIn: true, "macro invocation could not be expanded",
                  reason: "a kunitgen limitation: examples the invocation would produce are not extracted"),
        CheckRule("lex-error", .error, "Rust file cannot be tokenized", reason: "rustc rejects the file"),
        CheckRule("syntax-error", .error, "unexpected tokens where an item belongs", reason: "rustc rejects the file"),
        CheckRule("nesting-too-deep", .error, "items, blocks or modules nested deeper than any real source",
                  reason: "kunitgen stops there (as rustc's recursion limit does) rather than overflow its stack; the rest of that group is not read"),
        CheckRule("cfg-unparsable", .warning, "cfg predicate cannot be evaluated", reason: "rustc rejects the predicate"),
        CheckRule("doc-not-literal", .warning, "doc attribute is not a string literal",
                  reason: "its examples cannot be read (a kunitgen limitation for macros it cannot evaluate)"),
        CheckRule("doc-include-missing", .error, "include_str! documentation cannot be read", reason: "rustc fails to build the crate"),
        CheckRule("module-file-not-found", .error, "file of a `mod` declaration is missing", reason: "rustc error E0583"),
        CheckRule("module-file-ambiguous", .error, "module file exists twice", reason: "rustc error E0761"),
        CheckRule("module-file-included-twice", .warning, "file included as two modules", reason: "the same items are compiled twice"),
        CheckRule("io-error", .error, "a file cannot be read", reason: "the check could not run (exit status 2)"),
        CheckRule("config-invalid", .error, "the --rules, --config or --baseline input is invalid", reason: "the check could not run (exit status 2)"),
        CheckRule("since-invalid", .error, "--since cannot list the changed lines", reason: "the check could not run (exit status 2)"),
    ]

    /// Every rule of `check` but the helper rules.
    public static let all: [CheckRule] = doctest + own + reading

    public static func rule(_ id: String) -> CheckRule? { all.first { $0.id == id } }
}
