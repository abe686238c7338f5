import Foundation
import Testing
import TestSupport

/// The oracle for `generate`: the files the kernel's own pipeline (`rustdoc --test
/// --test-builder` + `scripts/rustdoc_test_gen`) writes for Linux 7.1.5, under three
/// configurations (`Fixtures/kernel/anchor-7.1.5.tar.xz`, made by `../shared/kernel/make-anchor`).
/// kunitgen's must be the same, byte for byte: same cases in the same order, same names,
/// `.location` and assert lines, same test code.
@Suite struct KernelAnchorTests {
    static let configurations = ["none", "x86_64-kunit", "x86_64-wide"]
    static let files = ["doctests_kernel_generated.rs", "doctests_kernel_generated_kunit.c"]

    /// The first differing line of two texts, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(left.count, right.count) {
            let l = i < left.count ? String(left[i]) : "<end of file>"
            let r = i < right.count ? String(right[i]) : "<end of file>"
            if l != r { return "line \(i + 1):\n  kernel:   \(l)\n  kunitgen: \(r)" }
        }
        return "identical"
    }

    static func cases(_ c: String) -> [String] {
        c.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "KUNIT_CASE(") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != ")" })
        }
    }

    @Test(arguments: configurations)
    func generatedFilesAreTheKernelsOwn(configuration: String) throws {
        let tree = try KernelFixture.linux715()
        let anchor = try KernelFixture.anchor715(configuration)
        let out = Scratch.directory("anchor-\(configuration)")
        var arguments = ["generate", "--srctree", tree, "--out", out]
        if configuration != "none" { arguments += ["--config", anchor + "/config"] }
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("kunitgen: tree \(tree); configuration: ") && result.stderr.contains("; layout: scripts/rustdoc_test_gen.rs\n"), "\(result.stderr)")
        for name in Self.files {
            let kernel = try String(contentsOfFile: anchor + "/" + name, encoding: .utf8)
            let ours = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            #expect(ours == kernel, "\(configuration)/\(name) differs from the kernel's: \(Self.firstDifference(kernel, ours))")
        }
        let kernelCases = Self.cases(try String(contentsOfFile: anchor + "/" + Self.files[1], encoding: .utf8))
        #expect(result.stdout.contains("\(kernelCases.count) KUnit cases, 0 compiled only"), "\(result.stdout)")
    }

    /// The counts the kernel's own files have: a changed fixture would make the test above vacuous.
    @Test func anchorsHoldTheKnownCaseCounts() throws {
        var counts: [String: Int] = [:]
        for configuration in Self.configurations {
            counts[configuration] = Self.cases(try String(contentsOfFile: try KernelFixture.anchor715(configuration) + "/" + Self.files[1], encoding: .utf8)).count
        }
        #expect(counts == ["none": 303, "x86_64-kunit": 309, "x86_64-wide": 325])
    }

    /// `--no-run compile-only` keeps the stricter policy: every `no_run` test is still compiled
    /// (its function is emitted) but not registered; nothing else changes.
    @Test func noRunCompileOnlyLeavesTheirCasesOut() throws {
        let tree = try KernelFixture.linux715()
        let out = Scratch.directory("anchor-no-run")
        let result = try CLI.run(["generate", "--srctree", tree, "--out", out, "--no-run", "compile-only"])
        #expect(result.status == 0, "\(result.stderr)")
        let kernel = try String(contentsOfFile: try KernelFixture.anchor715("none") + "/" + Self.files[0], encoding: .utf8)
        #expect(try String(contentsOfFile: out + "/" + Self.files[0], encoding: .utf8) == kernel)
        let registered = Self.cases(try String(contentsOfFile: out + "/" + Self.files[1], encoding: .utf8))
        #expect(registered.count == 303 - 30)
        #expect(result.stdout.contains("273 KUnit cases, 30 compiled only"), "\(result.stdout)")
    }
}
