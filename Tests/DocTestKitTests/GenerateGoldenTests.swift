import Foundation
import Testing
@testable import DocTestKit
import TestSupport

enum GoldenGeneration {
    static let configuration = "Fixtures/generate-cases/.config (7 symbols set)"

    static func generate(_ naming: KUnitNamingScheme, lines: KUnitLineMapping = .kernel) throws -> KUnitGeneration {
        KUnitGenerator.generate(try OracleDoctests.load(),
                                options: KUnitGenerationOptions(crateName: "kernel", crateDirectory: "rust/kernel", naming: naming,
                                                                configurationDescription: configuration, lines: lines),
                                opensWithFence: OracleDoctests.fenceLookup())
    }

    /// Compares with `Tests/Golden/generate/<scheme>/<file>`; `KUNITGEN_UPDATE_GOLDEN=1` rewrites
    /// the golden file instead (to be reviewed by hand, then committed).
    static func expectMatchesGolden(_ file: GeneratedFile, scheme: KUnitNamingScheme) throws {
        let path = "\(GenerateFixtures.goldenDirectory)/\(scheme.rawValue)/\(file.name)"
        if ProcessInfo.processInfo.environment["KUNITGEN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(file.contents == golden, "\(file.name) differs from \(path)")
    }
}

@Suite struct GenerateGoldenTests {
    @Test(arguments: KUnitNamingScheme.allCases)
    func filesMatchGolden(scheme: KUnitNamingScheme) throws {
        let generation = try GoldenGeneration.generate(scheme)
        try GoldenGeneration.expectMatchesGolden(generation.rust, scheme: scheme)
        try GoldenGeneration.expectMatchesGolden(generation.c, scheme: scheme)
    }

    @Test func kernelSchemeNamesFollowTheKernelScript() throws {
        let names = try GoldenGeneration.generate(.kernel).cases.map(\.name)
        // rustdoc_test_gen numbers each file's tests in string order of `{file}_{line}_{n}`;
        // numbers count every test the kernel's builder saw (should_panic at 26 is #2, no_run #3...).
        #expect(names == [
            "rust_doctest_kernel_alloc_mod_rs_0",
            // lib.rs lines 23, 33, 5: string order.
            "rust_doctest_kernel_lib_rs_0", "rust_doctest_kernel_lib_rs_1", "rust_doctest_kernel_lib_rs_2",
            "rust_doctest_kernel_quirky_br_ace__rs_0",
            // sync/arc.rs lines 16, 26 (should_panic), 30 (no_run), 38 (compile_fail), 46 (test_harness),
            // 56, 64, 69, 7; line 34 (ignore) never reached the kernel's builder.
            "rust_doctest_kernel_sync_arc_rs_0", "rust_doctest_kernel_sync_arc_rs_2",
            "rust_doctest_kernel_sync_arc_rs_5", "rust_doctest_kernel_sync_arc_rs_6", "rust_doctest_kernel_sync_arc_rs_7",
            "rust_doctest_kernel_sync_arc_rs_8",
            "rust_doctest_kernel_sync_rs_0", "rust_doctest_kernel_sync_rs_1",
        ])
    }

    @Test func itemSchemeNamesComeFromItemPaths() throws {
        let names = Set(try GoldenGeneration.generate(.item).cases.map(\.name))
        #expect(names.contains("rust_doctest_kernel_crate_0"))
        #expect(names.contains("rust_doctest_kernel_sync__arc__Arc_T__get_0"))
        #expect(names.contains("rust_doctest_kernel_sync__arc__Arc_T__get_2"))
        #expect(names.contains("rust_doctest_kernel_inline__double_0"))
    }

    @Test(arguments: KUnitNamingScheme.allCases)
    func generatedRustParses(scheme: KUnitNamingScheme) throws {
        let directory = GenerateFixtures.scratchDirectory("parse-\(scheme.rawValue)")
        let file = directory + "/doctests_kernel_generated.rs"
        try (try GoldenGeneration.generate(scheme)).rust.contents.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Tool.run("rustc", ["-Zparse-crate-root-only", "--edition", "2021", "--crate-type", "lib", file],
                                  environment: ["RUSTC_BOOTSTRAP": "1"], cwd: directory)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: KUnitNamingScheme.allCases)
    func generatedCCompiles(scheme: KUnitNamingScheme) throws {
        let directory = GenerateFixtures.scratchDirectory("cc-\(scheme.rawValue)")
        let file = directory + "/doctests_kernel_generated_kunit.c"
        try (try GoldenGeneration.generate(scheme)).c.contents.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Tool.run("cc", ["-fsyntax-only", "-std=gnu11", "-Wall", "-Wextra", "-Werror",
                                         "-I", GenerateFixtures.kunitDirectory, file])
        #expect(result.status == 0, "\(result.output)")
    }
}

/// The crate glue (walk, module-path prefix, srctree-relative files, fence lookup) on the fixture
/// tree, with the scanner and the per-file extraction stood in by what they will report: module
/// declarations as written in the fixture, and rustdoc's doctests of each file with file-relative
/// item paths. Must give exactly the golden files.
@Suite struct GenerateCrateGlueTests {
    static let modules: [String: [ModuleDeclaration]] = [
        "rust/kernel/lib.rs": [
            ModuleDeclaration(name: "alloc", line: 10, pathAttribute: nil, isInline: false, parentPath: []),
            ModuleDeclaration(name: "sync", line: 11, pathAttribute: nil, isInline: false, parentPath: []),
            ModuleDeclaration(name: "brace", line: 14, pathAttribute: "quirky/br{ace}.rs", isInline: false, parentPath: []),
            // `disabled` (line 17) is `#[cfg(CONFIG_FOO_DISABLED)]`: the scanner drops it.
            ModuleDeclaration(name: "inline", line: 20, pathAttribute: nil, isInline: true, parentPath: []),
        ],
        "rust/kernel/sync.rs": [ModuleDeclaration(name: "arc", line: 5, pathAttribute: nil, isInline: false, parentPath: [])],
    ]

    static func crate() throws -> CrateDoctests {
        // rustdoc's JSON does not say whether a block is fenced: read it from the fixture.
        let fenced = OracleDoctests.fenceLookup()
        let oracle = try OracleDoctests.load().map { doctest -> Doctest in
            var marked = doctest
            marked.isFenced = fenced(doctest)
            return marked
        }
        let walker = CrateWalker(srctree: GenerateFixtures.casesTree) { RustFileScan(modules: modules[$0.path] ?? []) }
        let modulePaths = Dictionary(uniqueKeysWithValues: walker.walk(root: "rust/kernel/lib.rs").files.map { ($0.file.path, $0.file.modulePath) })
        return CrateDoctests.extract(srctree: GenerateFixtures.casesTree, root: "rust/kernel/lib.rs", options: ExtractionOptions(),
                                     walker: walker) { source in
            let prefix = modulePaths[source.path] ?? []
            let doctests = oracle.filter { $0.file == source.path }.map { doctest -> Doctest in
                var local = doctest
                local.file = "as-given/" + source.path
                local.itemPath = Array(doctest.itemPath.dropFirst(prefix.count))
                return local
            }
            return ExtractionResult(doctests: doctests, filesRead: 1)
        }
    }

    @Test func walkFindsTheFixtureModules() throws {
        let crate = try Self.crate()
        #expect(crate.findings.isEmpty)
        #expect(crate.files == [
            CrateFile(path: "rust/kernel/lib.rs", modulePath: []),
            CrateFile(path: "rust/kernel/alloc/mod.rs", modulePath: ["alloc"]),
            CrateFile(path: "rust/kernel/sync.rs", modulePath: ["sync"]),
            CrateFile(path: "rust/kernel/sync/arc.rs", modulePath: ["sync", "arc"]),
            CrateFile(path: "rust/kernel/quirky/br{ace}.rs", modulePath: ["brace"]),
        ])
        #expect(crate.doctests.count == 17)
        #expect(crate.opensWithFence.filter { !$0 }.count == 1)
    }

    @Test(arguments: KUnitNamingScheme.allCases)
    func glueGivesTheGoldenFiles(scheme: KUnitNamingScheme) throws {
        let crate = try Self.crate()
        let generation = KUnitGenerator.generate(
            crate.doctests,
            options: KUnitGenerationOptions(crateName: "kernel", crateDirectory: "rust/kernel", naming: scheme,
                                            configurationDescription: GoldenGeneration.configuration))
        let golden = try GoldenGeneration.generate(scheme)
        #expect(generation.rust == golden.rust)
        #expect(generation.c == golden.c)
    }
}
