import Foundation
import Testing
import TestSupport

/// `kunitgen generate` on the real Linux 7.1.5 tree must give a `doctests_kernel_generated.rs`
/// that the real `kernel` crate accepts: `../shared/kernel/typecheck` compiles it against the
/// 7.1.5 `kernel` crate of an x86_64 configuration, the way `make CLIPPY=1` compiles
/// `rust/doctests_kernel_generated.o` (metadata only; see `shared/kernel/TYPECHECK.md`), with
/// `-Dwarnings`. The kernel's own file for the same configuration is checked first: if it fails,
/// the set-up is broken (packages, toolchain, tarball), not kunitgen.
///
/// The scratch tree is cached in `/tmp/kunitgen-typecheck-CONFIG` (about 200 MB; reused while
/// the tarball, config, toolchain and script are the same; `flock` on `…CONFIG.lock` keeps
/// concurrent test processes from sharing it at once): the first run takes one to three minutes
/// per configuration on 2 busy cores, later runs 15–45 s (the control and kunitgen's file).
@Suite(.serialized) struct KernelTypecheckTests {
    static let configurations = ["x86_64-kunit", "x86_64-wide"]

    struct SetupFailure: Error, CustomStringConvertible {
        var description: String
    }

    struct Verdict {
        var errors: Int
        var warnings: Int
        var summary: String
        var log: String
    }

    /// The `typecheck` script beside `shared/kernel`'s tarball; a missing one is a failure.
    static func sharedKernel() throws -> String {
        guard let directory = KernelFixture.sharedKernelDirectory else {
            Issue.record("""
                ../shared/kernel (with typecheck and linux-7.1.5.tar.xz) was not found beside the \
                package root \(KernelFixture.packageRoot): the typecheck test needs it and is never skipped
                """)
            throw SetupFailure(description: "shared/kernel not found")
        }
        return directory
    }

    /// Runs `typecheck` on `generated` for `configuration`; its summary line and the first errors
    /// of its log.
    static func typecheck(_ generated: String, configuration: String) throws -> Verdict {
        let shared = try sharedKernel()
        let work = "/tmp/kunitgen-typecheck-" + configuration
        let config = try KernelFixture.anchor715(configuration) + "/config"
        let tree = shared + "/linux-7.1.5.tar.xz"
        // One run at a time per WORK (typecheck's rule): other test processes may share the cache.
        let result = try Tool.run("flock", [work + ".lock", shared + "/typecheck", tree, generated], environment: [
            "TREE": tree, "WORK": work, "CONFIG": config, "WERROR": "1", "QUIET": "1",
        ], mergingStderr: true)
        let log = (try? String(contentsOfFile: work + "/typecheck.log", encoding: .utf8)) ?? ""
        guard result.status != 2,
              let line = result.stdout.split(separator: "\n").last(where: { $0.hasPrefix("typecheck: ") }),
              let match = line.firstMatch(of: /typecheck: (\d+) errors?, (\d+) warnings?/) else {
            Issue.record("typecheck did not run to the end (exit \(result.status)); set-up broken?\n\(result.stdout.suffix(3000))")
            throw SetupFailure(description: "typecheck set-up failed")
        }
        return Verdict(errors: Int(match.1)!, warnings: Int(match.2)!, summary: String(line), log: log)
    }

    /// The first `count` diagnostics of a typecheck log (each up to its blank line).
    static func firstDiagnostics(_ log: String, count: Int = 8) -> String {
        var blocks: [String] = []
        var current: [Substring] = []
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("error") || line.hasPrefix("warning") {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = [line]
            } else if !current.isEmpty {
                current.append(line)
            }
            if blocks.count >= count { break }
        }
        if !current.isEmpty && blocks.count < count { blocks.append(current.joined(separator: "\n")) }
        return blocks.prefix(count).map { String($0.prefix(1500)) }.joined(separator: "\n\n")
    }

    @Test(arguments: configurations)
    func generatedFileTypechecksAgainstTheRealKernelCrate(_ configuration: String) throws {
        // Control: the kernel's own file must pass, else the set-up is at fault.
        let anchor = try KernelFixture.anchor715(configuration)
        let control = try Self.typecheck(anchor + "/doctests_kernel_generated.rs", configuration: configuration)
        try #require(control.errors == 0 && control.warnings == 0, """
            set-up broken, not a kunitgen defect: the kernel's own doctests_kernel_generated.rs for \
            \(configuration) gives "\(control.summary)" (expected 0 errors, 0 warnings):
            \(Self.firstDiagnostics(control.log))
            """)

        let tree = try KernelFixture.linux715()
        let out = Scratch.directory("typecheck-" + configuration)
        let generate = try CLI.run(["generate", "--srctree", tree, "--out", out, "--config", anchor + "/config"])
        try #require(generate.status == 0, "kunitgen generate failed:\n\(generate.output.suffix(3000))")

        let verdict = try Self.typecheck(out + "/doctests_kernel_generated.rs", configuration: configuration)
        #expect(verdict.summary == "typecheck: 0 errors, 0 warnings", """
            kunitgen's doctests_kernel_generated.rs for \(configuration) does not type-check against \
            the real 7.1.5 kernel crate: \(verdict.summary); the first diagnostics:
            \(Self.firstDiagnostics(verdict.log))
            """)
    }
}
