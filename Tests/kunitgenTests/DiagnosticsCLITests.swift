import Foundation
import Testing
import TestSupport

/// `kunitgen diagnostics` on input that is not a compiler's: exit codes and messages, and
/// objtool lines naming a generated symbol.
@Suite struct DiagnosticsCLITests {
    static func run(_ input: [UInt8], _ arguments: [String] = []) throws -> ToolOutput {
        let file = Scratch.path("log")
        FileManager.default.createFile(atPath: file, contents: Data(input))
        let config = try KernelFixture.anchor715("x86_64-kunit") + "/config"
        return try CLI.run(["diagnostics", "--srctree", try KernelFixture.linux715(), "--config", config] + arguments + [file])
    }

    @Test func anEmptyLogMapsNothingAndExitsZero() throws {
        let result = try Self.run([])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("the log is empty; nothing to map"), "\(result.stderr)")
    }

    @Test func binaryJunkIsAUsageError() throws {
        let result = try Self.run([0x7F, 0x45, 0x4C, 0x46, 0, 0xFF, 0xFE, 10])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a text build log"), "\(result.stderr)")
    }

    @Test func aMissingLogFileOrTreeIsAUsageError() throws {
        let missing = try CLI.run(["diagnostics", "--srctree", try KernelFixture.linux715(), "/nonexistent/build.log"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("kunitgen: error: /nonexistent/build.log: no such file"), "\(missing.stderr)")
        let tree = try CLI.run(["diagnostics", "--srctree", "/nonexistent", "-"])
        #expect(tree.status == 2)
        #expect(tree.stderr.contains("--srctree /nonexistent: no such directory"), "\(tree.stderr)")
    }

    @Test func aLogWithoutDoctestLocationsIsCopiedUnchanged() throws {
        let log = """
            warning: unused variable: `x`
              --> rust/kernel/sync.rs:10:9
               |
            10 |     let x = 1;
               |         ^ help: if this is intentional, prefix it with an underscore: `_x`

            make[2]: *** [scripts/Makefile.build:203: drivers/foo.o] Error 1

            """
        let result = try Self.run(Array(log.utf8))
        #expect(result.stdout == log)
        #expect(result.status == 0, "warnings outside doctests, no errors: \(result.stderr)")
        let json = try Self.run(Array(log.utf8), ["--format", "json"])
        #expect(json.stdout.contains("\"file\": \"rust/kernel/sync.rs\""), "\(json.stdout)")
    }

    @Test func aLocationPastTheEndOfTheGeneratedFileMeansAnotherTree() throws {
        let log = "error[E0425]: cannot find value `x` in this scope\n  --> rust/doctests_kernel_generated.rs:999999:5\n"
        let result = try Self.run(Array(log.utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("the log points at line 999999 of doctests_kernel_generated.rs"), "\(result.stderr)")
    }

    /// objtool names the KUnit case's symbol: mapped to the fence of its doctest (found in the
    /// file by its code), the original line kept as a note.
    @Test func objtoolLinesNamingAGeneratedSymbolPointAtTheDoctestsFence() throws {
        let tree = try KernelFixture.linux715()
        let lines = try String(contentsOfFile: tree + "/rust/kernel/bits.rs", encoding: .utf8).components(separatedBy: "\n")
        let use = try #require(lines.firstIndex { $0.contains("/// # use kernel::bits::genmask_u64;") })
        let fence = lines[use - 1]
        #expect(fence.hasSuffix("/// ```"))
        let column = fence.count - 2
        let line = "vmlinux.o: warning: objtool: rust_doctest_kernel_bits_rs_0+0x1c: unreachable instruction"
        let result = try Self.run(Array((line + "\n").utf8))
        #expect(result.stdout.hasPrefix("rust/kernel/bits.rs:\(use):\(column): warning: objtool: rust_doctest_kernel_bits_rs_0+0x1c: unreachable instruction [objtool]\n"), "\(result.stdout)")
        #expect(result.stdout.contains("note: generated test rust_doctest_kernel_bits_rs_0 of this doctest: \(line)"))
        #expect(result.status == 1)
    }
}
