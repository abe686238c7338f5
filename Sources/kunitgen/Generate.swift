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

        Examples:
          kunitgen generate --srctree . --dry-run
          kunitgen generate --srctree ~/linux --crate macros --out /tmp/out
          kunitgen generate --srctree . --dry-run --since origin/master
        """)

    @Option(help: "The kernel source tree.")
    var srctree: String

    @Option(name: .customLong("crate"), help: "kernel, macros, pin-init, or the path (relative to --srctree) of a crate root file.")
    var crateName: String = "kernel"

    @Option(help: "Output directory (default: SRCTREE/rust).")
    var out: String?

    @Option(help: "Kernel configuration file (.config or include/config/auto.conf).")
    var config: String?

    @Option(help: "kernel (the kernel's rust_doctest_<crate>_<file>_<n>) or item (from item paths).")
    var naming: KUnitNamingScheme = .kernel

    @Option(name: .customLong("no-run"), help: "What becomes of `no_run` doctests: run (registered and run at boot, as the kernel does) or compile-only (compiled, not registered).")
    var noRun: NoRunPolicy = .run

    @Option(help: "Lines the tests report: kernel (rustdoc's line and the kernel's arithmetic: files identical to the kernel's) or source (the doc comment's true lines).")
    var lines: KUnitLineMapping = .kernel

    @Flag(help: "Print what would be written; write nothing.")
    var dryRun = false

    @OptionGroup var since: SinceOption

    func validate() throws {
        if since.since != nil, !dryRun { throw ValidationError("--since needs --dry-run: the generated files always hold the whole crate") }
    }

    func run() throws {
        let changed = try since.changedFiles(in: [srctree])
        let root: String
        let crateIdentifier: String
        if let known = CrateWalker.rootFile(forCrate: crateName) {
            root = known
            crateIdentifier = KUnitNaming.underscored(crateName)
        } else if crateName.hasSuffix(".rs") {
            root = crateName
            crateIdentifier = Generate.crateName(forRoot: crateName)
        } else {
            throw ValidationError("unknown crate `\(crateName)`: use kernel, macros, pin-init or the path of a root .rs file")
        }

        let configuration = TreeConfiguration.load(srctree: srctree, explicit: config)
        let cfg = configuration.cfg
        var findings = configuration.findings
        let description = configuration.description
        FileHandle.standardError.write(Data("kunitgen: configuration: \(description)\n".utf8))

        let dialect: KernelDialect
        do { dialect = try KernelDialect.of(srctree: srctree) } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(2)
        }
        FileHandle.standardError.write(Data("kunitgen: layout of the generated files: \(dialect.origin)\n".utf8))

        let options = ExtractionOptions(crateName: crateIdentifier, edition: "2021", cfg: cfg)
        let crate = CrateDoctests.extract(srctree: srctree, root: root, options: options)
        findings += crate.findings
        let generation = KUnitGenerator.generate(
            crate.doctests,
            options: KUnitGenerationOptions(crateName: crateIdentifier, crateDirectory: CrateWalkerPaths.directory(of: root),
                                            naming: naming, configurationDescription: description,
                                            dialect: dialect, noRun: noRun, lines: lines))
        findings += generation.findings

        let writer = GeneratedFileWriter(directory: out ?? (srctree as NSString).appendingPathComponent("rust"))
        var failed = false
        for file in [generation.rust, generation.c] {
            do {
                let outcome = dryRun ? try writer.plannedOutcome(file) : try writer.write(file)
                let verb = dryRun ? (outcome == .written ? "would write" : "unchanged") : outcome.rawValue
                print("\(verb): \((writer.directory as NSString).appendingPathComponent(file.name))")
            } catch {
                findings.append(error.finding)
                failed = true
            }
        }
        let run = generation.cases.filter { $0.disposition == .run }.count
        print("\(run) KUnit cases, \(generation.cases.count - run) compiled only, from \(crate.doctests.count) doctests in \(crate.files.count) files")
        if let changed {
            let report = changed.report(generation.cases, srctree: srctree)
            report.lines.forEach { print($0) }
            print("\(report.doctests) of them from \(report.files) changed files")
            findings = changed.relevant(findings, base: srctree)
        }
        for finding in findings.sorted(by: { ($0.location, $0.ruleID) < ($1.location, $1.ruleID) }) {
            FileHandle.standardError.write(Data((finding.gccStyle + "\n").utf8))
        }
        if failed || findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// `drivers/net/phy/ax88796b_rust.rs` → `ax88796b_rust`; `foo/lib.rs` → `foo`.
    static func crateName(forRoot root: String) -> String {
        let file = (root as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        if ["lib", "main", "mod"].contains(stem) {
            let parent = ((root as NSString).deletingLastPathComponent as NSString).lastPathComponent
            if !parent.isEmpty { return KUnitNaming.underscored(parent) }
        }
        return KUnitNaming.underscored(stem)
    }
}

enum CrateWalkerPaths {
    static func directory(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }
}
