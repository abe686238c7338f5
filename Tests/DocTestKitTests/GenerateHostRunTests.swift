import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// Builds the generated Rust file against the stand-in `kernel` crate (`Fixtures/kunit/kernel.rs`)
/// and runs every registered case on the host: the stand-in's `kunit_assert!` computes the
/// reported line exactly as the kernel's does, so this checks the anchor arithmetic end to end.
@Suite struct GenerateHostRunTests {
    struct HostRun {
        var info: [String]
        var failures: [String]
    }

    static func buildAndRun(_ generation: KUnitGeneration, scratch: String) throws -> HostRun {
        let generated = scratch + "/doctests_kernel_generated.rs"
        try generation.rust.contents.write(toFile: generated, atomically: true, encoding: .utf8)
        let kernel = try Tool.run("rustc", ["--edition", "2021", "--crate-type", "rlib", "--crate-name", "kernel",
                                            GenerateFixtures.kunitDirectory + "/kernel.rs", "-o", scratch + "/libkernel.rlib"])
        #expect(kernel.status == 0, "\(kernel.output)")
        // `-D warnings`: the generated scaffolding must not add any rustc warning of its own.
        let tests = try Tool.run("rustc", ["--edition", "2021", "--crate-type", "rlib", "--crate-name", "doctests_kernel_generated",
                                           "-D", "warnings", "-L", scratch, "--extern", "kernel=\(scratch)/libkernel.rlib",
                                           generated, "-o", scratch + "/libdoctests_kernel_generated.rlib"])
        #expect(tests.status == 0, "\(tests.output)")
        let registered = generation.cases.filter { $0.disposition == .run }.map(\.name)
        let table = registered.map { "(\"\($0)\", doctests_kernel_generated::\($0) as extern \"C\" fn(*mut kernel::bindings::kunit))" }
        let driver = """
        fn main() {
            let cases: &[(&str, extern "C" fn(*mut kernel::bindings::kunit))] = &[
                \(table.joined(separator: ",\n        "))
            ];
            for (_, case) in cases {
                case(core::ptr::null_mut());
            }
            for line in kernel::kunit::INFO.lock().unwrap().iter() {
                print!("INFO{line}");
            }
            for line in kernel::kunit::FAILURES.lock().unwrap().iter() {
                println!("FAIL {line}");
            }
        }
        """
        try driver.write(toFile: scratch + "/driver.rs", atomically: true, encoding: .utf8)
        let build = try Tool.run("rustc", ["--edition", "2021", "-L", scratch, "--extern", "kernel=\(scratch)/libkernel.rlib",
                                           "--extern", "doctests_kernel_generated=\(scratch)/libdoctests_kernel_generated.rlib",
                                           scratch + "/driver.rs", "-o", scratch + "/driver"])
        #expect(build.status == 0, "\(build.output)")
        let run = try Tool.run(scratch + "/driver", [])
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        return HostRun(info: lines.filter { $0.hasPrefix("INFO") }.map { String($0.dropFirst(4)) },
                       failures: lines.filter { $0.hasPrefix("FAIL ") }.map { String($0.dropFirst(5)) })
    }

    /// `file:line` of every fixture line marked as failing.
    static func markedFailures() throws -> Set<String> {
        var marked = Set<String>()
        let root = GenerateFixtures.casesTree
        for file in RustSourceWalker.rustFiles(at: root + "/rust").files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("kunitgen-fixture: fails") {
                marked.insert("\(file.dropFirst(root.count + 1)):\(index + 1)")
            }
        }
        return marked
    }

    /// `--lines source`: every failing assertion reports its own line in the doc comment.
    @Test func failingAssertionsReportTheDocCommentLine() throws {
        let generation = try GoldenGeneration.generate(.kernel, lines: .source)
        let scratch = GenerateFixtures.scratchDirectory("host-run")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let run = try Self.buildAndRun(generation, scratch: scratch)
        let reported = Set(run.failures.map { $0.split(separator: " ")[1] }.map(String.init))
        // The marked assertions, plus the `Result` test in sync/arc.rs whose `?` returns an error:
        // reported on the closing fence (line 20), where the error surfaces.
        var expected = try Self.markedFailures()
        expected.insert("rust/kernel/sync/arc.rs:20")
        #expect(reported == expected)
        #expect(run.failures.count == expected.count)
    }

    /// The default, the kernel's own arithmetic (`__DOCTEST_ANCHOR - <rustdoc line>`), reports
    /// the marked lines but for the three shapes where it is one line off, each a known quirk of
    /// the kernel's pipeline (README, "Lines"): lifted `#![..]` attributes (58 for 59), an
    /// indented block, whose rustdoc line is its first code line (66 for 65), and a test with its
    /// own `main`, which the anchor takes for the wrapper (70 for 71).
    @Test func kernelLinesAreTheKernelPipelines() throws {
        let generation = try GoldenGeneration.generate(.kernel)
        let scratch = GenerateFixtures.scratchDirectory("host-run-kernel")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let run = try Self.buildAndRun(generation, scratch: scratch)
        let reported = Set(run.failures.map { $0.split(separator: " ")[1] }.map(String.init))
        var expected = try Self.markedFailures()
        expected.insert("rust/kernel/sync/arc.rs:20")
        for (marked, kernel) in [(59, 58), (65, 66), (71, 70)] {
            #expect(expected.remove("rust/kernel/sync/arc.rs:\(marked)") != nil, "fixture line \(marked) is no longer marked")
            expected.insert("rust/kernel/sync/arc.rs:\(kernel)")
        }
        #expect(reported == expected)
    }

    /// The lints `rust/Makefile` enables (`rust_common_flags`), as errors: the generated code
    /// (scaffolding and the fixture's examples) must build without a Clippy warning.
    static let kernelLintFlags = [
        "-Dwarnings", "-Astable_features", "-Dnon_ascii_idents", "-Dunsafe_op_in_unsafe_fn", "-Wmissing_docs",
        "-Wrust_2018_idioms", "-Wunreachable_pub", "-Wclippy::all", "-Wclippy::as_ptr_cast_mut", "-Wclippy::as_underscore",
        "-Wclippy::cast_lossless", "-Wclippy::ignored_unit_patterns", "-Wclippy::mut_mut", "-Wclippy::needless_bitwise_bool",
        "-Aclippy::needless_lifetimes", "-Wclippy::no_mangle_with_rust_abi", "-Wclippy::ptr_as_ptr",
        "-Wclippy::ptr_cast_constness", "-Wclippy::ref_as_ptr", "-Wclippy::undocumented_unsafe_blocks",
        "-Wclippy::unnecessary_safety_comment", "-Wclippy::unnecessary_safety_doc", "-Wrustdoc::missing_crate_level_docs",
        "-Wrustdoc::unescaped_backticks",
    ]

    @Test(arguments: KUnitNamingScheme.allCases)
    func generatedCodeIsClippyClean(scheme: KUnitNamingScheme) throws {
        let scratch = GenerateFixtures.scratchDirectory("clippy-\(scheme.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let generated = scratch + "/doctests_kernel_generated.rs"
        try (try GoldenGeneration.generate(scheme)).rust.contents.write(toFile: generated, atomically: true, encoding: .utf8)
        let kernel = try Tool.run("rustc", ["--edition", "2021", "--crate-type", "rlib", "--crate-name", "kernel",
                                            GenerateFixtures.kunitDirectory + "/kernel.rs", "-o", scratch + "/libkernel.rlib"])
        #expect(kernel.status == 0, "\(kernel.output)")
        let clippy = try Tool.run("clippy-driver", ["--edition=2021", "--crate-type", "rlib", "--crate-name", "doctests_kernel_generated"]
                                  + Self.kernelLintFlags
                                  + ["-L", scratch, "--extern", "kernel=\(scratch)/libkernel.rlib", generated, "-o", scratch + "/out.rlib"])
        #expect(clippy.status == 0, "\(clippy.output)")
    }

    @Test func everyCasePrintsItsLocationLine() throws {
        let generation = try GoldenGeneration.generate(.item)
        let scratch = GenerateFixtures.scratchDirectory("host-info")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let run = try Self.buildAndRun(generation, scratch: scratch)
        let expected = generation.cases.filter { $0.disposition == .run }.map {
            "    # \($0.name).location: \($0.doctest.file):\($0.doctest.line)"
        }
        #expect(run.info == expected)
        #expect(run.info.contains { $0.hasSuffix("rust/kernel/quirky/br{ace}.rs:7") })
    }
}
