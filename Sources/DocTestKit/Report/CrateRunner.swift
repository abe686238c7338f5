/// Who runs a crate's doctests in the kernel's build (`rust/Makefile`):
///
/// - `kernel`: `rustdoc_test_kernel` hands every test to `scripts/rustdoc_test_builder` and
///   `scripts/rustdoc_test_gen`, which make them KUnit cases (`CONFIG_RUST_KERNEL_DOCTESTS`);
/// - `macros`: `make rusttest` (target `rusttest-macros`) runs `rustdoc --test` on the host;
/// - the crates maintained and tested upstream and vendored into `rust/` (`pin-init`, `syn`,
///   `quote`, `proc-macro2`): the kernel's build does not run their doctests, and it is not for
///   a kernel patch to change them, so `check` reports nothing about their examples;
/// - everything else — `ffi`, `bindings`, `uapi`, `build_error`, `compiler_builtins`, drivers,
///   samples, `scripts/*.rs` — is documented (`make rustdoc` covers some) but no target ever
///   builds or runs its doctests.
public enum DoctestRunner: String, Sendable, CaseIterable {
    case kunit
    case hostRusttest = "host-rusttest"
    case upstream
    case never

    /// Roots of the crates vendored from upstream projects.
    public static let vendoredRoots = [
        "rust/pin-init/src/lib.rs", "rust/pin-init/internal/src/lib.rs", "rust/syn/lib.rs", "rust/quote/lib.rs",
        "rust/proc-macro2/lib.rs",
    ]

    /// Crates the kernel's build knows, walked first: their files are theirs.
    public static let knownRoots = ["rust/kernel/lib.rs", "rust/macros/lib.rs"] + vendoredRoots

    public var summary: String {
        switch self {
        case .kunit: return "KUnit (CONFIG_RUST_KERNEL_DOCTESTS)"
        case .hostRusttest: return "host (`make rusttest`)"
        case .upstream: return "upstream only (vendored)"
        case .never: return "never run"
        }
    }

    public static func forCrate(root: String) -> DoctestRunner {
        switch root {
        case "rust/kernel/lib.rs": return .kunit
        case "rust/macros/lib.rs": return .hostRusttest
        default: return vendoredRoot(of: root) != nil ? .upstream : .never
        }
    }

    /// The vendored crate whose upstream project holds `path` (`rust/pin-init/examples/mutex.rs`
    /// is pin-init's: the project is `rust/pin-init/`, the directory above `src/`).
    public static func vendoredRoot(of path: String) -> String? {
        var best: (root: String, length: Int)?
        for root in vendoredRoots {
            var project = CrateWalker.directory(of: root)
            if project.hasSuffix("/src") { project = CrateWalker.directory(of: project) }
            project += "/"
            if path.hasPrefix(project), project.count > best?.length ?? 0 { best = (root, project.count) }
        }
        return vendoredRoots.contains(path) ? path : best?.root
    }
}

/// The primary kind of a doctest, for summary tables: the first that applies of ignore (also
/// `ignore-<target>`), compile_fail, should_panic, no_run; else runnable.
public enum DoctestKind: String, Sendable, CaseIterable {
    case runnable, noRun = "no_run", ignore, compileFail = "compile_fail", shouldPanic = "should_panic"

    public init(_ attributes: LangString) {
        if attributes.ignore != .none { self = .ignore }
        else if attributes.compileFail { self = .compileFail }
        else if attributes.shouldPanic { self = .shouldPanic }
        else if attributes.noRun { self = .noRun }
        else { self = .runnable }
    }
}

/// A crate found in the tree.
public struct CrateSummary: Hashable, Sendable {
    /// rustdoc's `--crate-name` (`kernel`, `macros`, `rust_minimal`).
    public var name: String
    /// Root file relative to the source tree.
    public var root: String
    public var runner: DoctestRunner
    /// Files of the crate, relative to the source tree, in walk order (compiled-out ones last).
    public var files: [String]
    /// Those of `files` that this configuration compiles out (`CompiledOutModule`).
    public var compiledOut: [String] = []
}

/// A crate name from its root file: `drivers/net/phy/ax88796b_rust.rs` → `ax88796b_rust`,
/// `foo/lib.rs` → `foo`, `rust/pin-init/src/lib.rs` → `pin_init`.
public enum CrateNaming {
    public static func name(forRoot root: String) -> String {
        switch root {
        case "rust/kernel/lib.rs": return "kernel"
        case "rust/macros/lib.rs": return "macros"
        case "rust/pin-init/src/lib.rs": return "pin_init"
        case "rust/pin-init/internal/src/lib.rs": return "pin_init_internal"
        default: break
        }
        var components = root.split(separator: "/").map(String.init)
        guard let file = components.popLast() else { return "crate" }
        let stem = file.hasSuffix(".rs") ? String(file.dropLast(3)) : file
        if ["lib", "main", "mod"].contains(stem) {
            while let parent = components.popLast() {
                if parent != "src" { return KUnitNaming.underscored(parent) }
            }
        }
        return KUnitNaming.underscored(stem)
    }
}
