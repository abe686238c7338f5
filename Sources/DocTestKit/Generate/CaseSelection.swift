/// What becomes of one doctest in the generated KUnit suite.
public enum CaseDisposition: Hashable, Sendable {
    /// Compiled into the kernel and run at boot as a `KUNIT_CASE`.
    case run
    /// Compiled (the function is emitted, so the example must still build) but not registered.
    case compileOnly
    /// Not emitted at all.
    case excluded
}

/// What `generate` does with `no_run` doctests.
public enum NoRunPolicy: String, Sendable, CaseIterable {
    /// Registered and run, as the kernel's own pipeline does (the names and counts CI history holds).
    case run
    /// Compiled into the kernel but not registered: `no_run` says the example must not be run.
    case compileOnly = "compile-only"
}

/// Decides which doctests become KUnit cases.
///
/// The kernel's pipeline (`rust/Makefile`, rule `rustdoc_test_kernel`) runs
/// `rustdoc --test --no-run --test-builder scripts/rustdoc_test_builder`: rustdoc hands every test
/// it would *compile* to the builder, which saves it, and `scripts/rustdoc_test_gen` turns every
/// saved test into a case that KUnit runs at boot. Non-Rust blocks are no tests at all, and
/// `ignore` tests are never compiled, so neither reaches the builder. Everything else does,
/// including `no_run`, `should_panic`, `compile_fail` and `test_harness`, for which that
/// pipeline does the wrong thing (runs what must not run, panics the kernel, or breaks the build).
/// kunitgen keeps the kernel's *names* (a test is numbered whenever the kernel's builder would
/// have seen it, so every other name matches the kernel's) but decides per attribute:
///
/// | attribute | kernel pipeline | kunitgen | finding |
/// |---|---|---|---|
/// | plain, `standalone_crate` | run | run | — |
/// | defines its own `fn main` | breaks the build (the builder finds no wrapper) | run (`main()` is called) | — |
/// | `ignore` | not built | excluded | note `doctest-ignored` |
/// | `ignore-<target>` | depends on the target | excluded (target unknown here) | warning `doctest-ignore-target-not-built` |
/// | `no_run` | run at boot | run at boot (`--no-run compile-only`: compiled, not registered) | note `doctest-no-run-runs` (`doctest-no-run-compiled-only`) |
/// | `should_panic` | run: a panic in the kernel | excluded (KUnit cannot expect a panic) | warning `doctest-should-panic-not-run` |
/// | `compile_fail` | breaks the build | excluded (must not compile) | note `doctest-compile-fail-not-built` |
/// | `test_harness` | breaks the build (no `main`) | excluded (no harness in the kernel) | warning `doctest-test-harness-not-supported` |
/// | non-Rust (`text`, `c`, ...) | not a test | not a test | — |
/// | `edition20xx` | built as the kernel's edition | run, built as the kernel's edition | note `doctest-edition-not-honoured` |
/// | code that does not parse | breaks the build | excluded | warning `doctest-unparsable` |
public enum CaseSelection {
    public struct Decision: Hashable, Sendable {
        public var disposition: CaseDisposition
        /// Whether the kernel's test builder would have received the test: decides numbering.
        public var seenByKernelBuilder: Bool
        public var finding: Finding?
    }

    public static func decide(_ doctest: Doctest, noRun: NoRunPolicy = .run) -> Decision {
        let a = doctest.attributes
        let location = SourceLocation(path: doctest.file, line: doctest.line)
        func finding(_ severity: Severity, _ rule: String, _ message: String) -> Finding {
            Finding(location: location, severity: severity, ruleID: rule, message: message)
        }
        guard a.rust else {
            return Decision(disposition: .excluded, seenByKernelBuilder: false, finding: nil)
        }
        switch a.ignore {
        case .all:
            return Decision(disposition: .excluded, seenByKernelBuilder: false,
                            finding: finding(.note, "doctest-ignored", "`ignore` doctest is not built into the KUnit suite"))
        case .some(let targets):
            return Decision(disposition: .excluded, seenByKernelBuilder: false,
                            finding: finding(.warning, "doctest-ignore-target-not-built",
                                             "doctest ignored on targets matching \(targets.map { "`\($0)`" }.joined(separator: ", ")) is not built: the target is not known when generating"))
        case .none:
            break
        }
        if a.compileFail {
            return Decision(disposition: .excluded, seenByKernelBuilder: true,
                            finding: finding(.note, "doctest-compile-fail-not-built",
                                             "`compile_fail` doctest is left out: it must not compile, so it cannot be part of the kernel"))
        }
        if doctest.prepared.parseFailed {
            // rustdoc passes such code on unwrapped; the kernel's builder then finds no test
            // function and the build fails. Pasted into the suite it could break (or escape) the
            // generated file, so it is left out.
            return Decision(disposition: .excluded, seenByKernelBuilder: true,
                            finding: finding(.warning, "doctest-unparsable",
                                             "doctest code does not parse (unterminated string or comment, unbalanced brackets, ...): left out of the KUnit suite; the kernel's own pipeline would fail to build it"))
        }
        if a.testHarness {
            return Decision(disposition: .excluded, seenByKernelBuilder: true,
                            finding: finding(.warning, "doctest-test-harness-not-supported",
                                             "`test_harness` doctest is left out: its `#[test]` functions need libtest, which the kernel does not have"))
        }
        if a.shouldPanic {
            return Decision(disposition: .excluded, seenByKernelBuilder: true,
                            finding: finding(.warning, "doctest-should-panic-not-run",
                                             "`should_panic` doctest is left out: KUnit cannot expect a panic, and a panic at boot brings the kernel down"))
        }
        if a.noRun, noRun == .run {
            return Decision(disposition: .run, seenByKernelBuilder: true,
                            finding: finding(.note, "doctest-no-run-runs",
                                             "`no_run` doctest is run at boot as a KUnit case, as the kernel's own pipeline does (`--no-run compile-only` only compiles it)"))
        }
        if a.noRun {
            return Decision(disposition: .compileOnly, seenByKernelBuilder: true,
                            finding: finding(.note, "doctest-no-run-compiled-only",
                                             "`no_run` doctest is compiled into the kernel but not registered as a KUnit case"))
        }
        if let edition = a.edition {
            return Decision(disposition: .run, seenByKernelBuilder: true,
                            finding: finding(.note, "doctest-edition-not-honoured",
                                             "doctest asks for edition \(edition) but is built into the kernel's crate with the kernel's edition"))
        }
        return Decision(disposition: .run, seenByKernelBuilder: true, finding: nil)
    }
}
