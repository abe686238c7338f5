import Foundation
import Testing
import TestSupport

/// `kunitgen generate` as kernel CI runs it.
@Suite struct GenerateCLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func scratch(_ name: String) -> String {
        Scratch.path("generate-\(name)")
    }

    @Test func writesBothFilesThenLeavesThemUntouched() throws {
        let out = Self.scratch("write")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let first = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--out", out], cwd: Self.packageRoot)
        #expect(first.stderr.contains("kunitgen: tree Fixtures/generate-cases; configuration: Fixtures/generate-cases/.config (7 symbols set); layout: built-in (Linux 7.1 layout)\n"), "\(first.stderr)")
        #expect(first.stdout.contains("written: \(out)/doctests_kernel_generated.rs"))
        #expect(first.stdout.contains("written: \(out)/doctests_kernel_generated_kunit.c"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
                == ["doctests_kernel_generated.rs", "doctests_kernel_generated_kunit.c"])
        let date = try FileManager.default.attributesOfItem(atPath: out + "/doctests_kernel_generated.rs")[.modificationDate] as? Date
        let second = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--out", out], cwd: Self.packageRoot)
        #expect(second.stdout.contains("unchanged: \(out)/doctests_kernel_generated.rs"))
        #expect(second.stdout.contains("unchanged: \(out)/doctests_kernel_generated_kunit.c"))
        #expect(try FileManager.default.attributesOfItem(atPath: out + "/doctests_kernel_generated.rs")[.modificationDate] as? Date == date)
    }

    @Test func dryRunWritesNothing() throws {
        let out = Self.scratch("dry")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--out", out, "--dry-run"], cwd: Self.packageRoot)
        #expect(result.stdout.contains("would write: \(out)/doctests_kernel_generated.rs"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func withoutConfigurationNoCfgIsSetAndItSaysSo() throws {
        let tree = Self.scratch("noconfig")
        defer { try? FileManager.default.removeItem(atPath: tree) }
        try FileManager.default.createDirectory(atPath: tree + "/rust/kernel", withIntermediateDirectories: true)
        try "//! Empty.\n".write(toFile: tree + "/rust/kernel/lib.rs", atomically: true, encoding: .utf8)
        let result = try CLI.run(["generate", "--srctree", tree, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("; configuration: none found"))
        #expect(result.stderr.contains("[doctest-none-generated]"))
    }

    /// An unreadable `--config` is a usage error before anything is written (a suite generated
    /// without the configuration asked for would silently hold the wrong cases).
    @Test func missingExplicitConfigurationFails() throws {
        let out = Self.scratch("missing-config")
        let result = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--config", "/nonexistent/.config", "--out", out],
                                 cwd: Self.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("kunitgen: error: --config /nonexistent/.config: cannot read the file"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownCrateIsAUsageError() throws {
        let result = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--crate", "nosuch", "--dry-run"], cwd: Self.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown crate `nosuch`"))
    }

    /// `--crate samples/1.rs` would emit `extern crate r#1;`: a crate name must be an identifier.
    @Test func crateNamesMustBeIdentifiers() throws {
        let tree = Self.scratch("crate-name")
        try FileManager.default.createDirectory(atPath: tree + "/samples", withIntermediateDirectories: true)
        for name in ["1.rs", "self.rs", "crate.rs"] {
            try "//! ```\n//! let x = 1;\n//! ```\n".write(toFile: tree + "/samples/" + name, atomically: true, encoding: .utf8)
            let result = try CLI.run(["generate", "--srctree", tree, "--crate", "samples/" + name, "--dry-run"])
            #expect(result.status == 2, "\(name): \(result.output)")
            #expect(result.stderr.contains("is not a crate name"), "\(name): \(result.stderr)")
        }
    }

    /// A mistyped `--srctree` must not replace a good suite in `--out` with an empty one, nor
    /// create `TYPO/rust/`.
    @Test func aTreeThatIsNotAKernelTreeWritesNothing() throws {
        let out = Self.scratch("typo-out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "old suite\n".write(toFile: out + "/doctests_kernel_generated.rs", atomically: true, encoding: .utf8)
        let typo = Self.scratch("typo")
        let result = try CLI.run(["generate", "--srctree", typo, "--out", out])
        #expect(result.status == 2)
        #expect(result.stderr.contains("kunitgen: error: --srctree \(typo): no such directory"), "\(result.stderr)")
        #expect(try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8) == "old suite\n")
        #expect(!FileManager.default.fileExists(atPath: typo))
        let empty = Self.scratch("not-a-kernel")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let other = try CLI.run(["generate", "--srctree", empty, "--out", out])
        #expect(other.status == 2)
        #expect(other.stderr.contains("is not a kernel tree: rust/kernel/lib.rs not found"), "\(other.stderr)")
        #expect(try String(contentsOfFile: out + "/doctests_kernel_generated.rs", encoding: .utf8) == "old suite\n")
    }

    /// An `--out` that cannot be written (a file, below a file) is an I/O error: status 2.
    @Test func anUnwritableOutputIsStatus2() throws {
        let file = Self.scratch("out-is-file")
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        for out in [file, file + "/below"] {
            let result = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--out", out], cwd: Self.packageRoot)
            #expect(result.status == 2, "\(out): \(result.output)")
        }
    }

    @Test func missingCrateRootIsAnError() throws {
        let result = try CLI.run(["generate", "--srctree", "/nonexistent-tree", "--dry-run"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("kunitgen: error: --srctree /nonexistent-tree: no such directory"))
    }
}

/// End to end through the extraction pipeline: the generated files must equal the golden files
/// built from rustdoc's own doctest list. These wait on the extraction branches (front end:
/// `RustFileScanner` with `modules`; Markdown: `CodeBlockFinder`; `LangString.parse`;
/// `DoctestBuilder.prepare`): until those merge, the pipeline finds no doctests and these fail.
@Suite struct GenerateEndToEndTests {
    @Test(arguments: ["kernel", "item"])
    func pipelineOutputEqualsGolden(naming: String) throws {
        let out = GenerateCLITests.scratch("e2e-\(naming)")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try CLI.run(["generate", "--srctree", "Fixtures/generate-cases", "--out", out, "--naming", naming],
                                 cwd: GenerateCLITests.packageRoot)
        for name in ["doctests_kernel_generated.rs", "doctests_kernel_generated_kunit.c"] {
            let golden = try String(contentsOfFile: "\(GenerateCLITests.packageRoot)/Tests/Golden/generate/\(naming)/\(name)", encoding: .utf8)
            let generated = try String(contentsOfFile: "\(out)/\(name)", encoding: .utf8)
            #expect(generated == golden, "\(name) (\(naming)) differs from the golden file; stderr:\n\(result.stderr)")
        }
        #expect(result.stderr.contains("rust/kernel/sync/arc.rs:26:1: warning: `should_panic` doctest is left out"))
        #expect(result.stdout.contains("13 KUnit cases, 0 compiled only, from 17 doctests in 5 files"))
    }
}

/// Kernel tools run from inside the tree: `--srctree` defaults to the tree around the working
/// directory; `--objtree` (or `KBUILD_OUTPUT`) is where `make O=` keeps `.config`, and the files go
/// to its `rust/`.
@Suite struct GenerateTreeLookupTests {
    @Test func theTreeAroundTheWorkingDirectoryIsTheDefault() throws {
        let tree = try KernelFixture.linux715()
        let result = try CLI.run(["generate", "--dry-run"], cwd: tree + "/rust/kernel/sync")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("would write: \(tree)/rust/doctests_kernel_generated.rs"), "\(result.stdout)")
        let outside = try CLI.run(["generate", "--dry-run"], cwd: Scratch.directory("no-tree"))
        #expect(outside.status == 2)
        #expect(outside.stderr.hasPrefix("kunitgen: error: no kernel tree here: "), "\(outside.stderr)")
        #expect(outside.stdout.isEmpty)
    }

    @Test func theObjectTreesConfigurationAndOutputAreUsed() throws {
        let tree = try KernelFixture.linux715()
        let objtree = Scratch.directory("objtree")
        try FileManager.default.copyItem(atPath: try KernelFixture.anchor715("x86_64-kunit") + "/config", toPath: objtree + "/.config")
        for arguments in [["--objtree", objtree], []] {
            let result = try CLI.run(["generate", "--srctree", tree] + arguments, environment: arguments.isEmpty ? ["KBUILD_OUTPUT": objtree] : [:])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.stderr.contains("configuration: \(objtree)/.config"), "\(result.stderr)")
            let written = try String(contentsOfFile: objtree + "/rust/doctests_kernel_generated_kunit.c", encoding: .utf8)
            #expect(written == (try String(contentsOfFile: try KernelFixture.anchor715("x86_64-kunit") + "/doctests_kernel_generated_kunit.c", encoding: .utf8)))
            try? FileManager.default.removeItem(atPath: objtree + "/rust")
        }
    }
}
