import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// `check`/`report`'s analysis of `Fixtures/rust-src`, checked against facts that do not come from
/// kunitgen: rustdoc's own doctest list for the kernel crate, and the fixture text itself.
enum CheckFixture {
    static let srctree = Fixtures.absolute("Fixtures/rust-src")
    static let analysis = TreeAnalysis.analyse(srctree: srctree, cfg: CfgSet(names: ["doc", "doctest"]),
                                               helperChecker: nil)
}

@Test func crateRunnersFollowTheMakefile() {
    let crates = Dictionary(uniqueKeysWithValues: CheckFixture.analysis.crates.map { ($0.name, $0) })
    #expect(crates["kernel"]?.runner == .kunit)
    #expect(crates["kernel"]?.root == "rust/kernel/lib.rs")
    #expect(crates["macros"]?.runner == .hostRusttest)
    #expect(crates["rust_minimal"]?.runner == .never)
    #expect(crates["rust_minimal"]?.root == "samples/rust/rust_minimal.rs")
    // Every .rs file of the fixture belongs to exactly one crate.
    let all = Fixtures.relativePaths.filter { $0.hasPrefix("Fixtures/rust-src/") }.map { String($0.dropFirst("Fixtures/rust-src/".count)) }
    let claimed = CheckFixture.analysis.crates.flatMap(\.files)
    #expect(claimed.sorted() == all.sorted())
}

/// Per file and per kind, the kernel crate's doctests are exactly rustdoc's (run on lib.rs as
/// the crate root, which pulls in every module file), under rustdoc's own host configuration.
@Test func kernelCrateCountsMatchRustdoc() throws {
    let analysis = TreeAnalysis.analyse(srctree: CheckFixture.srctree, cfg: CfgSet.rustdocDefault, helperChecker: nil)
    let lib = CheckFixture.srctree + "/rust/kernel/lib.rs"
    let document = try RustdocOracle.run(path: lib, cfgs: [])
    let entries = try #require(document["doctests"]?.arrayValue)
    var expected: [String: [String: Int]] = [:]
    for entry in entries {
        let file = try #require(entry["file"]?.stringValue)
        let relative = String(file.dropFirst(CheckFixture.srctree.count + 1))
        let attributes = entry["doctest_attributes"]
        func flag(_ name: String) -> Bool { attributes?[name].map { $0 == .bool(true) } ?? false }
        let ignored = attributes?["ignore"].map { $0 != .string("None") } ?? false
        let kind = ignored ? "ignore" : flag("compile_fail") ? "compile_fail" : flag("should_panic") ? "should_panic"
            : flag("no_run") ? "no_run" : "runnable"
        expected[relative, default: [:]][kind, default: 0] += 1
    }
    var actual: [String: [String: Int]] = [:]
    // Compiled-out modules (`net.rs` without CONFIG_NET) are in the inventory, not in rustdoc's list.
    for entry in analysis.doctests where entry.crate == "kernel" && !entry.compiledOut {
        actual[entry.doctest.file, default: [:]][entry.kind.rawValue, default: 0] += 1
    }
    #expect(actual == expected)
    #expect(!expected.isEmpty)
}

/// KUnit names are `generate`'s: every kernel doctest that runs has one, unique, in the kernel's form.
@Test func inventoryCarriesGenerateNames() {
    let kernel = CheckFixture.analysis.doctests.filter { $0.crate == "kernel" && !$0.compiledOut }
    let names = kernel.compactMap(\.kunitName)
    #expect(Set(names).count == names.count)
    #expect(names.allSatisfy { $0.hasPrefix("rust_doctest_kernel_") })
    for entry in kernel {
        switch entry.kind {
        case .ignore, .compileFail, .shouldPanic: #expect(entry.kunitName == nil, "\(entry.doctest.name)")
        // Registered and run, as the kernel's own pipeline does (`generate --no-run compile-only` differs).
        case .noRun: #expect(entry.disposition == .run)
        case .runnable:
            // Runnable but for `test_harness`, which KUnit cannot host.
            #expect((entry.kunitName != nil) != entry.doctest.attributes.testHarness, "\(entry.doctest.name)")
        }
    }
    #expect(CheckFixture.analysis.doctests.filter { $0.crate != "kernel" }.allSatisfy { $0.kunitName == nil && $0.disposition == nil })
}

/// Public functions of a file, counted from its text: every `pub fn` at the start of a line
/// (after indentation) outside doc comments.
@Test func publicFunctionsMatchTheFileText() throws {
    for file in ["rust/kernel/error.rs", "rust/kernel/sync/arc.rs", "rust/kernel/page.rs"] {
        let lines = try Fixtures.lines(ofFile: CheckFixture.srctree + "/" + file)
        let expected = lines.filter {
            let t = $0.drop { $0 == " " }
            return t.hasPrefix("pub fn ") || t.hasPrefix("pub const fn ") || t.hasPrefix("pub unsafe fn ") || t.hasPrefix("pub const unsafe fn ")
        }.count
        let actual = CheckFixture.analysis.items.filter { $0.file == file && $0.item.kind == .function && $0.item.isPublic }.count
        #expect(actual == expected, "\(file)")
    }
}

/// An item has an example exactly when some doctest carries its path.
@Test func coverageFollowsDoctestItemPaths() {
    let withTests = Set(CheckFixture.analysis.doctests.map { "\($0.doctest.file)|\($0.doctest.itemPath)" })
    for item in CheckFixture.analysis.items {
        #expect(item.hasExample == withTests.contains("\(item.file)|\(item.item.itemPath)"))
    }
    #expect(CheckFixture.analysis.items.contains { $0.item.isPublic && $0.hasExample })
    #expect(CheckFixture.analysis.items.contains { $0.item.isPublic && !$0.hasExample })
}

/// The plain `ignore` fences of the fixture (from grep, not from the scanner) that no nearby text
/// explains are reported, and only those.
@Test func ignoreWithoutReasonOnTheFixture() {
    // An opinion: off unless opted into.
    #expect(!TreeCheck.findings(CheckFixture.analysis).contains { $0.ruleID == "ignore-without-reason" })
    let findings = TreeCheck.findings(CheckFixture.analysis, configuration: CheckConfiguration(optInRules: ["ignore-without-reason"]))
        .filter { $0.ruleID == "ignore-without-reason" }
    let places = Set(findings.map { "\($0.location.path):\($0.location.line)" })
    // Explained: build_assert.rs:50 ("... errors at different stage of compilation").
    #expect(!places.contains("rust/kernel/build_assert.rs:50"))
    for unexplained in ["rust/kernel/error.rs:189", "rust/kernel/error.rs:205", "rust/kernel/kunit.rs:87",
                        "rust/kernel/kunit.rs:120", "rust/kernel/static_assert.rs:50", "rust/macros/lib.rs:58"] {
        #expect(places.contains(unexplained), "\(unexplained)")
    }
    // `ignore-<target>` says on which targets, so it is not this rule's business.
    #expect(!places.contains("rust/kernel/static_assert.rs:41"))
}

/// samples/rust/rust_minimal.rs is its own crate, which nothing tests: a note per example (opt-in).
/// rust/kernel/net.rs is `#[cfg(CONFIG_NET)]` in lib.rs and the fixture has no .config: a module
/// of the kernel crate compiled out, `doctest-compiled-out` (opt-in), never a crate of its own.
@Test func neverRunExamples() throws {
    let findings = TreeCheck.findings(CheckFixture.analysis, configuration: CheckConfiguration(optInRules: ["doctest-compiled-out", "doctest-never-run"]))
    let neverRun = findings.filter { $0.ruleID == "doctest-never-run" }
    let expected = CheckFixture.analysis.doctests.filter { $0.runner == .never && !$0.compiledOut }
    #expect(neverRun.count == expected.count)
    let samples = try Fixtures.lines(ofFile: CheckFixture.srctree + "/samples/rust/rust_minimal.rs")
    // Opening fences of Rust blocks (empty info string or `rust...`), by toggling on fence lines.
    var inside = false
    var sampleFences = 0
    for line in samples {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("/// ```") || text.hasPrefix("//! ```") else { continue }
        let info = text.dropFirst(7).trimmingCharacters(in: .whitespaces)
        if !inside, info.isEmpty || info.hasPrefix("rust") { sampleFences += 1 }
        inside.toggle()
    }
    #expect(sampleFences == 1)
    #expect(neverRun.filter { $0.location.path == "samples/rust/rust_minimal.rs" && $0.severity == .note }.count == sampleFences)
    #expect(findings.allSatisfy { $0.ruleID != "doctest-never-run" || $0.severity == .note })
    let net = findings.filter { $0.location.path == "rust/kernel/net.rs" && $0.ruleID == "doctest-compiled-out" }
    #expect(!net.isEmpty)
    #expect(net.allSatisfy { $0.severity == .note && $0.message.contains("`#[cfg(CONFIG_NET)]` at rust/kernel/lib.rs:") })
    #expect(!CheckFixture.analysis.crates.contains { $0.root == "rust/kernel/net.rs" })
    #expect(CheckFixture.analysis.crates.first { $0.name == "kernel" }?.compiledOut.contains("rust/kernel/net.rs") == true)
    // Informational, so opt-in: not there by default.
    #expect(!TreeCheck.findings(CheckFixture.analysis).contains { $0.ruleID == "doctest-compiled-out" || $0.ruleID == "doctest-never-run" })
}

@Test func configurationFiltersAndRegrades() {
    var configuration = CheckConfiguration(optInRules: ["ignore-without-reason"])
    configuration.disabledRules = ["doctest-never-run"]
    configuration.severity = ["ignore-without-reason": .error]
    configuration.excluded = ["rust/kernel/error.rs"]
    let findings = TreeCheck.findings(CheckFixture.analysis, configuration: configuration)
    #expect(!findings.contains { $0.ruleID == "doctest-never-run" })
    #expect(findings.contains { $0.ruleID == "ignore-without-reason" })
    #expect(findings.filter { $0.ruleID == "ignore-without-reason" }.allSatisfy { $0.severity == .error })
    #expect(!findings.contains { $0.location.path == "rust/kernel/error.rs" })
    #expect(findings == findings.sorted { ($0.location, $0.ruleID, $0.message) < ($1.location, $1.ruleID, $1.message) })
}

/// A doc example in a `macro_rules!` body is fine when an invocation in the file produces it
/// (it is extracted at the invocation) and a warning when nothing does.
@Test func macroExamplesNotExtractedAreWarnings() throws {
    let root = Scratch.path("check-macro")
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/rust/kernel", withIntermediateDirectories: true)
    let source = """
        //! Crate.

        macro_rules! documented {
            ($name:ident) => {
                /// Generated.
                ///
                /// ```
                /// let generated = 1;
                /// ```
                pub fn $name() {}
            };
        }

        documented!(first);

        macro_rules! never_invoked {
            () => {
                /// Never produced.
                ///
                /// ```
                /// let lost = 2;
                /// ```
                pub fn lost() {}
            };
        }

        """
    try Data(source.utf8).write(to: URL(fileURLWithPath: root + "/rust/kernel/lib.rs"))
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: CfgSet(names: ["doc", "doctest"]), helperChecker: nil)
    #expect(analysis.doctests.map(\.doctest.line) == [7])
    #expect(analysis.doctests.first?.fromMacro == true)
    let findings = TreeCheck.findings(analysis)
    #expect(findings.filter { $0.ruleID == "macro-example-not-extracted" }.map(\.location)
            == [SourceLocation(path: "rust/kernel/lib.rs", line: 20, column: 9)])
    #expect(findings.filter { $0.ruleID == "macro-example-not-extracted" }.allSatisfy { $0.severity == .warning && $0.fix != nil })
    #expect(!findings.contains { $0.ruleID == "doctest-in-macro" })
}

/// Vendored crates (here pin-init) are listed but their examples are not the kernel's to fix.
@Test func vendoredCratesAreListedNotReported() throws {
    let root = Scratch.path("check-vendored")
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/rust/pin-init/src", withIntermediateDirectories: true)
    try Data("//! Pin-init.\n//!\n//! ```ignore\n//! let x = 1;\n//! ```\n".utf8)
        .write(to: URL(fileURLWithPath: root + "/rust/pin-init/src/lib.rs"))
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: CfgSet(names: ["doc", "doctest"]), helperChecker: nil)
    #expect(analysis.crates.map(\.name) == ["pin_init"])
    #expect(analysis.crates.first?.runner == .upstream)
    #expect(analysis.doctests.count == 1)
    // One summary note, nothing per file.
    #expect(TreeCheck.findings(analysis).map(\.ruleID) == ["vendored-crate"])
    #expect(TreeCheck.findings(analysis).first?.severity == .note)
}
