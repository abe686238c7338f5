import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// Extraction fidelity on the real kernel (issue #11): every `.rs` file of the 7.1.5 tarball,
/// kunitgen against rustdoc, every test and field (`KernelCorpus`). Known differences are listed,
/// with their reason, in `Tests/KernelCorpus/fidelity-7.1.5*-expected.txt` (one file per
/// configuration); anything else fails, and so does a listed difference that no longer occurs,
/// so the lists only shrink.
@Suite("Kernel 7.1.5 fidelity: kunitgen vs rustdoc on every file")
struct KernelFidelityTests {
    /// rustdoc's defaults on every file; the kernel's x86_64-wide cfgs on the files naming a
    /// `CONFIG_`; every crate from its root.
    static let configurations = ["rustdoc-default", "x86_64-wide", "crates"]

    static func expectations(_ corpus: KernelCorpus) throws -> FidelityExpectations {
        try FidelityExpectations(path: corpus.configuration.expectationsPath)
    }

    @Test("every difference from rustdoc is a listed one", arguments: configurations)
    func everyDifferenceIsListed(_ configuration: String) throws {
        let corpus = try KernelCorpus.named(configuration)
        let expected = try Self.expectations(corpus)
        print(corpus.summary(expected: expected))
        for problem in expected.malformed { Issue.record(Comment(rawValue: problem)) }
        DifferentialTests.record(expected.unexpectedAndStale(corpus.differences).unexpected.map {
            "\($0.difference) not in \(expected.path):\n    \($0.detail)"
        })
    }

    @Test("every listed difference still occurs", arguments: configurations)
    func everyListedDifferenceOccurs(_ configuration: String) throws {
        let corpus = try KernelCorpus.named(configuration)
        let expected = try Self.expectations(corpus)
        for entry in expected.unexpectedAndStale(corpus.differences).stale {
            Issue.record(Comment(rawValue: """
                \(expected.path):\(entry.lineNumber): \(entry.difference) no longer occurs: delete the line \
                (it was: \(entry.reason))
                """))
        }
    }

    /// The kernel builds, so each of its files is valid Rust with parsable cfgs: kunitgen must read
    /// them all without a syntax, lex or cfg error (one would also cost the doctests after it).
    @Test("every kernel file is read without a syntax, lex or cfg error", arguments: configurations)
    func everyFileIsReadWithoutErrors(_ configuration: String) throws {
        for error in try KernelCorpus.named(configuration).files.flatMap(\.readErrors) {
            Issue.record(Comment(rawValue: error))
        }
    }

    /// The tier must really cover the whole tree: every file, and rustdoc's tests in the hundreds
    /// (a broken oracle printing empty lists must not pass).
    @Test("the whole tarball is compared")
    func theWholeTarballIsCompared() throws {
        let corpus = try KernelCorpus.named("rustdoc-default")
        let listed = try tarListing()
        #expect(corpus.files.map(\.file) == listed, "files compared differ from the tarball's .rs files")
        let rustdocTests = corpus.files.reduce(0) { $0 + $1.rustdocTests }
        #expect(rustdocTests >= 450, "only \(rustdocTests) rustdoc doctests over \(corpus.files.count) files")
        #expect(corpus.files.count >= 340)
        let crates = try KernelCorpus.named("crates")
        let inCrates = Set(crates.files.map(\.file))
        // A file no crate walk reaches is a module its crate compiles out under rustdoc's defaults
        // (`#[cfg(CONFIG_BLOCK)] mod block;`): still of that crate, with its condition, never a root.
        let analysis = TreeAnalysis.analyse(srctree: try KernelFixture.linux715(), cfg: .rustdocDefault, helperChecker: nil)
        let compiledOut = Set(analysis.compiledOut.map(\.file))
        // Vendored crates gate modules on the features rust/Makefile gives them, which this tier
        // (rustdoc's defaults) does not set; a file pulled in by `include!` is part of the includer.
        let vendored = ["rust/syn/", "rust/proc-macro2/", "rust/quote/", "rust/pin-init/"]
        let included = ["drivers/gpu/nova-core/gsp/fw/r570_144/bindings.rs"]
        let unreached = listed.filter { !inCrates.contains($0) && !compiledOut.contains($0) }
        #expect(unreached.filter { file in !vendored.contains { file.hasPrefix($0) } && !included.contains(file) } == [], "files in no crate")
        #expect(compiledOut.count >= 30 && compiledOut.contains("rust/kernel/block/mq.rs"), "\(compiledOut.count) compiled-out modules")
        let wide = try KernelCorpus.named("x86_64-wide")
        #expect(wide.files.count >= 40 && wide.configuration.cfgs.count >= 3000,
                "x86_64-wide: \(wide.files.count) files, \(wide.configuration.cfgs.count) cfgs")
    }

    /// The tarball's own `.rs` members (independently of the unpacked directory's walk).
    func tarListing() throws -> [String] {
        let archive = KernelFixture.fixturesDirectory + "/" + KernelCorpus.archive
        let out = try Tool.run("tar", ["-tJf", archive])
        #expect(out.status == 0, "tar -tJf: \(out.stderr)")
        return out.stdout.split(separator: "\n").map(String.init)
            .filter { $0.hasSuffix(".rs") }
            .map { $0.hasPrefix("linux-7.1.5/") ? String($0.dropFirst("linux-7.1.5/".count)) : $0 }
            .sorted()
    }
}
