import Foundation
import Testing
import TestSupport
@testable import DocTestKit

@Suite struct GenerateNamingTests {
    static func doctest(_ file: String, _ line: Int, _ itemPath: [String], code: String = "assert!(true);") -> Doctest {
        Doctest(file: file, line: line, rustdocLine: line, itemPath: itemPath, attributes: LangString(), originalCode: code,
                prepared: PreparedCode(crateLevel: "#![allow(unused)]\n", code: code,
                                       wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false)))
    }

    static func names(_ doctests: [Doctest], _ naming: KUnitNamingScheme) -> [String] {
        KUnitGenerator.generate(doctests, options: KUnitGenerationOptions(naming: naming)).cases.map(\.name)
    }

    @Test func fileIdentifiersAreRustdocTestIds() {
        // The example in scripts/rustdoc_test_gen.rs: `sync/locked_by.rs` is `sync_locked_by_rs`.
        #expect(KUnitNaming.underscored("sync/locked_by.rs") == "sync_locked_by_rs")
        #expect(KUnitNaming.underscored("pin-init") == "pin_init")
        #expect(KUnitNaming.underscored("é.rs") == "__rs")
    }

    @Test func itemComponentsCollapseAndTrim() {
        #expect(KUnitNaming.itemComponent("Arc<T>") == "Arc_T")
        #expect(KUnitNaming.itemComponent("HashMap<K, V>") == "HashMap_K_V")
        #expect(KUnitNaming.itemComponent("<>") == "_")
        #expect(KUnitNaming.itemStem([]) == "crate")
        #expect(KUnitNaming.itemStem(["sync", "Arc<T>", "new"]) == "sync__Arc_T__new")
    }

    @Test func kernelNamesCountPerFileInStringOrder() {
        let doctests = [Self.doctest("rust/kernel/a.rs", 42, ["x"]), Self.doctest("rust/kernel/a.rs", 100, ["y"]),
                        Self.doctest("rust/kernel/b/c.rs", 5, ["z"])]
        // `a_rs_100_0` sorts before `a_rs_42_0`, as the kernel's script sorts them.
        #expect(Self.names(doctests, .kernel) == ["rust_doctest_kernel_a_rs_0", "rust_doctest_kernel_a_rs_1", "rust_doctest_kernel_b_c_rs_0"])
        let cases = KUnitGenerator.generate(doctests, options: KUnitGenerationOptions()).cases
        #expect(cases.map(\.doctest.line) == [100, 42, 5])
    }

    @Test func testsSharingRustdocsLineAreNumberedInOrder() {
        // A macro invoked once that expands into two documented items: rustdoc reports both at
        // the invocation line (its test ids `..._12_0`, `..._12_1`); their true lines differ.
        var first = Self.doctest("rust/kernel/m.rs", 3, ["A"]), second = Self.doctest("rust/kernel/m.rs", 4, ["B"])
        first.rustdocLine = 12
        second.rustdocLine = 12
        let cases = KUnitGenerator.generate([first, second], options: KUnitGenerationOptions()).cases
        #expect(cases.map(\.name) == ["rust_doctest_kernel_m_rs_0", "rust_doctest_kernel_m_rs_1"])
        #expect(cases.map(\.doctest.line) == [3, 4])
        #expect(cases.map(\.firstCodeLine) == [4, 5])
    }

    @Test func itemNamesAreStableWhenOtherItemsGainTests() {
        let before = [Self.doctest("rust/kernel/a.rs", 10, ["f"]), Self.doctest("rust/kernel/a.rs", 20, ["g"])]
        let after = [Self.doctest("rust/kernel/a.rs", 5, ["e"])] + before
        let namesBefore = Set(Self.names(before, .item))
        #expect(namesBefore == ["rust_doctest_kernel_f_0", "rust_doctest_kernel_g_0"])
        #expect(namesBefore.isSubset(of: Set(Self.names(after, .item))))
    }

    @Test func itemIndexCountsWithinTheItem() {
        let doctests = [Self.doctest("rust/kernel/a.rs", 30, ["S", "f"]), Self.doctest("rust/kernel/a.rs", 10, ["S", "f"])]
        let cases = KUnitGenerator.generate(doctests, options: KUnitGenerationOptions(naming: .item)).cases
        #expect(Dictionary(uniqueKeysWithValues: cases.map { ($0.doctest.line, $0.name) })
                == [10: "rust_doctest_kernel_S__f_0", 30: "rust_doctest_kernel_S__f_1"])
    }

    @Test func collisionsAreDisambiguatedDeterministically() {
        let doctests = [Self.doctest("rust/kernel/a.rs", 1, ["Foo<T>"]), Self.doctest("rust/kernel/a.rs", 2, ["Foo[T]"])]
        let names = Self.names(doctests, .item)
        #expect(names == ["rust_doctest_kernel_Foo_T_0", "rust_doctest_kernel_Foo_T_0_2"])
        #expect(Self.names(doctests, .item) == names)
        #expect(KUnitNaming.makeUnique(["a", "a", "a_2"]) == ["a", "a_3", "a_2"])
    }

    @Test func longNamesAreTruncatedWithAHash() {
        let long = (0..<40).map { "module_number_\($0)" }
        let a = Self.doctest("rust/kernel/a.rs", 1, long + ["a"]), b = Self.doctest("rust/kernel/a.rs", 2, long + ["b"])
        let names = Self.names([a, b], .item)
        #expect(names.count == 2)
        #expect(names[0] != names[1])
        for name in names {
            #expect(name.utf8.count == KUnitNaming.maximumLength)
            #expect(KUnitNaming.isCIdentifier(name))
            #expect(name.range(of: "_[0-9a-f]{16}$", options: .regularExpression) != nil)
        }
        #expect(KUnitNaming.truncated("short") == "short")
        #expect(KUnitNaming.truncated(String(repeating: "x", count: 300)) == KUnitNaming.truncated(String(repeating: "x", count: 300)))
    }

    @Test(arguments: KUnitNamingScheme.allCases)
    func allGeneratedNamesAreCIdentifiers(scheme: KUnitNamingScheme) throws {
        let doctests = try OracleDoctests.load() + [Self.doctest("rust/kernel/9 weird-dir/ünï.rs", 1, ["r#type", "Ünicode<'a>"])]
        for name in Self.names(doctests, scheme) {
            #expect(KUnitNaming.isCIdentifier(name), "\(name)")
            #expect(name.utf8.count <= KUnitNaming.maximumLength)
        }
    }

    @Test func pathsAreEscapedForRustStringsAndFormatStrings() throws {
        let file = #"rust/kernel/we"ird\dir/{x}.rs"#
        let generation = KUnitGenerator.generate([Self.doctest(file, 3, ["f"])], options: KUnitGenerationOptions())
        let rust = generation.rust.contents
        #expect(rust.contains(#""rust/kernel/we\"ird\\dir/{x}.rs", __DOCTEST_ANCHOR - 3, $cond"#))
        #expect(rust.contains(#".location: rust/kernel/we\"ird\\dir/{{x}}.rs:3\n"));"#))
        let directory = GenerateFixtures.scratchDirectory("escape")
        try rust.write(toFile: directory + "/g.rs", atomically: true, encoding: .utf8)
        let parsed = try Tool.run("rustc", ["-Zparse-crate-root-only", "--edition", "2021", "--crate-type", "lib", directory + "/g.rs"],
                                  environment: ["RUSTC_BOOTSTRAP": "1"])
        #expect(parsed.status == 0, "\(parsed.output)")
    }

    /// The files hold what the kernel's own pipeline writes: nothing about the machine or the
    /// configuration used (it is printed on stderr instead), so that output never depends on paths.
    @Test func configurationIsNotWrittenIntoTheFiles() {
        let options = KUnitGenerationOptions(configurationDescription: "/home/someone/linux/.config")
        let generation = KUnitGenerator.generate([Self.doctest("rust/kernel/a.rs", 3, ["f"])], options: options)
        #expect(!generation.c.contents.contains("/home/someone"))
        #expect(!generation.rust.contents.contains("/home/someone"))
        #expect(generation.rust.contents.hasPrefix("//! `kernel` crate documentation tests.\n\nconst __LOG_PREFIX"))
    }
}
