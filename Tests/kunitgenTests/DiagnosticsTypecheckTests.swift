import Foundation
import Testing
import TestSupport

/// `kunitgen diagnostics` on real compiler output: a copy of the 7.1.5 tree with doctests broken
/// on purpose, generated, compiled against the real `kernel` crate by `../shared/kernel/typecheck`
/// (x86_64-kunit, the cached WORK of `KernelTypecheckTests`, under its lock), and each mapped
/// location checked against the broken token's place in the doc comment, found in the file text.
@Suite(.serialized) struct DiagnosticsTypecheckTests {
    /// One broken doctest: `line` inserted before or after the first line holding `anchor` in
    /// `file`; the compiler must point at `marker` in it.
    struct Break {
        var file: String
        var anchor: String
        var after = true
        /// Replace the anchor's line instead of inserting.
        var replace = false
        var line: String
        var marker: String
        var rule: String
        /// The line the marker is on, when it is not `line`.
        var markerLine: String? = nil
    }

    static let configuration = "x86_64-kunit"

    /// Errors rustc reports before any late lint: each kind of place a doctest line can be.
    static let errors: [Break] = [
        // A type error in a plain `/// ` line of an indented doc comment.
        Break(file: "rust/kernel/str.rs", anchor: "    /// # use kernel::b_str;",
              line: #"    /// let kunitgen_type_error: u32 = "kunitgen_str";"#, marker: #""kunitgen_str""#, rule: "E0308"),
        // An unknown name inside the arguments of the generated `assert_eq!` override.
        Break(file: "rust/kernel/str.rs", anchor: #"    /// assert_eq!(None, b_str!("foobar").strip_prefix(b_str!("bar")));"#, after: false,
              line: "    /// assert_eq!(kunitgen_in_assert, 1);", marker: "kunitgen_in_assert", rule: "E0425"),
        // An unknown name in a test that returns a `Result` (the `?` wrapper).
        Break(file: "rust/kernel/alloc/kvec.rs", anchor: "    /// let mut v = KVec::new();",
              line: "    /// kunitgen_unknown_name(&v);", marker: "kunitgen_unknown_name", rule: "E0425"),
        // An error on a hidden `# ` line: the column shifts by the `# `.
        Break(file: "rust/kernel/alloc/kvec.rs", anchor: "    /// # Ok::<(), Error>(())", after: false,
              line: "    /// # let _ = kunitgen_hidden_unknown;", marker: "kunitgen_hidden_unknown", rule: "E0425"),
        // In a doctest whose hidden `#![expect(..)]` rustdoc lifts to the crate level, written in
        // a `impl_genmask_fn!` invocation (a macro-expanded doctest).
        Break(file: "rust/kernel/bits.rs", anchor: "    /// # use kernel::bits::genmask_checked_u64;",
              line: "    /// let kunitgen_lifted: u64 = kunitgen_lifted_unknown;", marker: "kunitgen_lifted_unknown", rule: "E0425"),
        Break(file: "rust/kernel/bits.rs", anchor: "    /// # use kernel::bits::genmask_u64;",
              line: #"    /// let kunitgen_macro: u64 = "kunitgen_macro";"#, marker: #""kunitgen_macro""#, rule: "E0308"),
    ]

    /// A Clippy lint (late lints only run on code that type-checks: a tree of its own).
    static let lints: [Break] = [
        Break(file: "rust/kernel/alloc/kvec.rs", anchor: "    /// let mut v = KVec::new();",
              line: "    ///     # let kunitgen_lint = 3_u32; let _ = kunitgen_lint * 1;", marker: "kunitgen_lint * 1",
              rule: "clippy::identity_op"),
        // Without its reversed range, the lifted `# #![expect(clippy::reversed_empty_ranges)]`
        // is unfulfilled: the warning points into the crate-level lines, at the hidden line.
        Break(file: "rust/kernel/bits.rs", anchor: "    /// assert_eq!(genmask_checked_u64(15..=8), None);", replace: true,
              line: "    ///", marker: "clippy::reversed_empty_ranges", rule: "unfulfilled_lint_expectations",
              markerLine: "    /// # #![expect(clippy::reversed_empty_ranges)]"),
    ]

    /// A copy of the 7.1.5 tree with `breaks` applied, and where each marker is (path:line:col).
    static func brokenTree(_ breaks: [Break]) throws -> (tree: String, expected: [String]) {
        let tree = Scratch.directory("diagnostics-tree") + "/linux"
        try FileManager.default.copyItem(atPath: try KernelFixture.linux715(), toPath: tree)
        _ = try Tool.run("chmod", ["-R", "u+w", tree])
        for item in breaks {
            let path = tree + "/" + item.file
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0.contains(item.anchor) }, "anchor not found: \(item.anchor)")
            if item.replace { lines[index] = item.line } else { lines.insert(item.line, at: item.after ? index + 1 : index) }
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        var expected: [String] = []
        for item in breaks {
            let lines = try String(contentsOfFile: tree + "/" + item.file, encoding: .utf8).components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0 == (item.markerLine ?? item.line) })
            let range = try #require(lines[index].range(of: item.marker))
            expected.append("\(item.file):\(index + 1):\(lines[index][..<range.lowerBound].count + 1)")
        }
        return (tree, expected)
    }

    /// Generates `tree`, type-checks the file with the shared script; its log.
    static func compile(_ tree: String) throws -> (generated: String, log: String) {
        let config = try KernelFixture.anchor715(configuration) + "/config"
        let out = Scratch.directory("diagnostics-out")
        let generate = try CLI.run(["generate", "--srctree", tree, "--out", out, "--config", config])
        try #require(generate.status == 0, "generate failed:\n\(generate.output.suffix(2000))")
        let generated = out + "/doctests_kernel_generated.rs"
        let shared = try KernelTypecheckTests.sharedKernel()
        let work = "/tmp/kunitgen-typecheck-" + configuration
        let archive = shared + "/linux-7.1.5.tar.xz"
        let result = try Tool.run("flock", [work + ".lock", shared + "/typecheck", archive, generated],
                                  environment: ["WORK": work, "CONFIG": config], mergingStderr: true)
        try #require(result.status != 2, "typecheck set-up failed:\n\(result.stdout.suffix(3000))")
        return (generated, result.stdout)
    }

    static func diagnostics(_ tree: String, _ arguments: [String], log: String) throws -> ToolOutput {
        let file = Scratch.path("build.log")
        try log.write(toFile: file, atomically: true, encoding: .utf8)
        let config = try KernelFixture.anchor715(configuration) + "/config"
        return try CLI.run(["diagnostics", "--srctree", tree, "--config", config] + arguments + [file])
    }

    /// Locations of the findings of `--format json` output, with their rules.
    static func findings(_ json: String) throws -> [(location: String, rule: String, message: String)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try #require(object["findings"] as? [[String: Any]])
        return list.map { f in
            ("\(f["file"] as? String ?? ""):\(f["line"] as? Int ?? 0):\(f["column"] as? Int ?? 0)",
             f["rule"] as? String ?? "", f["message"] as? String ?? "")
        }
    }

    @Test func compilerErrorsInBrokenDoctestsPointAtTheBrokenTokenInTheDocComment() throws {
        let (tree, expected) = try Self.brokenTree(Self.errors)
        let (generated, log) = try Self.compile(tree)
        #expect(log.contains("typecheck: \(Self.errors.count) errors"), "\(log.suffix(3000))")

        let text = try Self.diagnostics(tree, [], log: log)
        #expect(text.status == 1, "\(text.stderr)")
        for location in expected {
            #expect(text.stdout.contains("--> \(location)\n"), "no `--> \(location)` in:\n\(text.stdout)")
        }
        #expect(!text.stdout.contains("--> rust/doctests_kernel_generated.rs"), "\(text.stdout)")
        #expect(text.stdout.components(separatedBy: "= note: generated at rust/doctests_kernel_generated.rs:").count - 1 == expected.count)
        // Every other line is the log's own.
        let kept = log.split(separator: "\n").filter { !$0.contains("doctests_kernel_generated.rs:") }
        #expect(kept.allSatisfy { text.stdout.contains($0) })

        let json = try Self.diagnostics(tree, ["--format", "json"], log: log)
        let found = try Self.findings(json.stdout)
        for (item, location) in zip(Self.errors, expected) {
            #expect(found.contains { $0.location == location && $0.rule == item.rule },
                    "\(item.marker): expected \(location) [\(item.rule)], found \(found.map { "\($0.location) [\($0.rule)]" })")
        }
        #expect(found.count == expected.count)

        let github = try Self.diagnostics(tree, ["--format", "github"], log: log)
        let first = expected[0].split(separator: ":")
        #expect(github.stdout.contains("::error file=\(first[0]),line=\(first[1]),col=\(first[2]),title=E0308::mismatched types"))

        // The log of the broken tree, read against the unbroken one: refused, the log passed on.
        let pristine = try KernelFixture.linux715()
        let other = try Self.diagnostics(pristine, [], log: log)
        #expect(other.status == 2)
        #expect(other.stderr.contains("was not made from this tree and configuration"), "\(other.stderr)")
        #expect(other.stdout == log)

        // The same compilation with `--error-format=json`: the same places.
        let jsonLog = try Self.compileJSON(generated)
        let fromJSON = try Self.findings(try Self.diagnostics(tree, ["--format", "json"], log: jsonLog).stdout)
        #expect(fromJSON.map(\.location).sorted() == found.map(\.location).sorted())
        // Coloured output (`--color=always`, as CI runners often force): the same places.
        let coloured = try Self.compileJSON(generated, format: "--color=always")
        let fromColour = try Self.findings(try Self.diagnostics(tree, ["--format", "json"], log: coloured).stdout)
        #expect(fromColour.map(\.location).sorted() == found.map(\.location).sorted())
        let colourText = try Self.diagnostics(tree, [], log: coloured).stdout
        for location in expected { #expect(colourText.contains("--> \(location)\n"), "\(colourText.prefix(2000))") }
        let sarif = try Self.diagnostics(tree, ["--format", "sarif"], log: jsonLog)
        #expect(sarif.stdout.contains("\"startLine\": \(first[1]),\n"), "\(sarif.stdout.prefix(1500))")
        #expect(sarif.stdout.contains("\"uri\": \"\(first[0])\""))
    }

    /// The unbroken tree compiles cleanly: nothing to map, exit 0, the log unchanged.
    @Test func aCleanBuildLogMapsNothing() throws {
        let tree = try KernelFixture.linux715()
        let (_, log) = try Self.compile(tree)
        #expect(log.contains("typecheck: 0 errors, 0 warnings"), "\(log.suffix(2000))")
        let result = try Self.diagnostics(tree, [], log: log)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == log)
        #expect(result.stderr.contains("0 locations in doctests_kernel_generated.rs mapped to doc comments, 0 errors in the log"))
    }

    @Test func lintsOnAnIndentedHiddenLineAndOnALiftedAttributeAreMappedWithTheirNames() throws {
        let (tree, expected) = try Self.brokenTree(Self.lints)
        let (_, log) = try Self.compile(tree)
        #expect(log.contains("typecheck: 0 errors, \(Self.lints.count) warning"), "\(log.suffix(3000))")
        let json = try Self.diagnostics(tree, ["--format", "json"], log: log)
        #expect(json.status == 1)
        let found = try Self.findings(json.stdout)
        #expect(found.map(\.location).sorted() == expected.sorted(), "\(found)")
        #expect(found.map(\.rule).sorted() == Self.lints.map(\.rule).sorted())
    }

    /// The compile `typecheck` runs, run here with `--error-format=json` in its cached WORK tree
    /// (the script has no option for it).
    static func compileJSON(_ generated: String, format: String = "--error-format=json") throws -> String {
        let work = "/tmp/kunitgen-typecheck-" + configuration
        let features = "arbitrary_self_types,asm_goto,generic_arg_infer,used_with_arg"
        let script = """
            set -e; cd "$WORK/tree"; cp "$GEN" rust/doctests_kernel_generated.rs; rm -rf rust/tc-out; mkdir -p rust/tc-out
            OBJTREE=$PWD RUST_MODFILE=rust/doctests_kernel_generated RUSTC_BOOTSTRAP=1 CLIPPY_CONF_DIR=$PWD clippy-driver \
              $(cat rust/tc-flags) @include/generated/rustc_cfg -Zallow-features=\(features) -Zcrate-attr=no_std \
              -Zcrate-attr="feature(\(features))" -Zunstable-options --extern pin_init --extern kernel --crate-type rlib \
              -L rust/ --out-dir rust/tc-out --emit=metadata=rust/tc-out/libdoctests_kernel_generated.rmeta \
              --crate-name doctests_kernel_generated rust/doctests_kernel_generated.rs \(format) || true
            """
        let result = try Tool.run("flock", [work + ".lock", "bash", "-c", script], environment: ["WORK": work, "GEN": generated],
                                  mergingStderr: true)
        try #require(result.stdout.contains(format == "--error-format=json" ? "\"$message_type\":\"diagnostic\"" : "\u{1B}["),
                     "\(result.stdout.suffix(2000))")
        return result.stdout
    }
}
