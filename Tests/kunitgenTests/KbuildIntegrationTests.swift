import Foundation
import Testing
import TestSupport

/// The `rust/Makefile` change of the README ("kbuild"), `scripts/kbuild-rust-Makefile.patch`:
/// it applies to the real 7.1.5 `rust/Makefile`, and its rule, run by make from a stand-in
/// kbuild makefile (kbuild's `cmd` and the variables the rule uses, nothing else), writes the
/// kernel's own files into the object tree; a second run writes nothing and prints nothing.
@Suite struct KbuildIntegrationTests {
    /// `cmd` as `scripts/Kbuild.include` defines it for quiet builds (`quiet=quiet_`).
    static let standIn = """
        srctree := $(SRCTREE)
        objtree := $(CURDIR)
        src := $(srctree)/rust
        obj := rust
        quiet := quiet_
        echo-cmd = $(if $($(quiet)cmd_$(1)),echo '  $($(quiet)cmd_$(1))';)
        cmd = @set -e; $(echo-cmd) $(cmd_$(1))
        .PHONY: FORCE
        FORCE:
        # The rule from the patched rust/Makefile, as kbuild reads it.
        include $(srctree)/rust/kunitgen-rule.mk

        """

    @Test func thePatchedRuleWritesTheKernelsFiles() throws {
        let tree = Scratch.directory("kbuild-tree")
        let copy = try Tool.run("cp", ["-a", try KernelFixture.linux715() + "/.", tree])
        #expect(copy.status == 0, "\(copy.output)")
        let patch = try Tool.run("patch", ["-p1", "-d", tree, "-i", KernelFixture.packageRoot + "/scripts/kbuild-rust-Makefile.patch"])
        #expect(patch.status == 0, "the patch no longer applies to 7.1.5's rust/Makefile: \(patch.output)")
        // The patched rule: from the KUNITGEN line to the recipe of the pattern rule.
        let makefile = try String(contentsOfFile: tree + "/rust/Makefile", encoding: .utf8)
        let lines = makefile.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("KUNITGEN ?=") })
        let end = try #require(lines[start...].firstIndex { $0.contains("$(call cmd,rustdoc_test_kernel)") })
        try lines[start...end].joined(separator: "\n").appending("\n").write(toFile: tree + "/rust/kunitgen-rule.mk", atomically: true, encoding: .utf8)

        let objtree = Scratch.directory("kbuild-obj")
        try FileManager.default.createDirectory(atPath: objtree + "/include/config", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: objtree + "/rust", withIntermediateDirectories: true)
        let anchor = try KernelFixture.anchor715("x86_64-kunit")
        try FileManager.default.copyItem(atPath: anchor + "/config", toPath: objtree + "/include/config/auto.conf")
        try Self.standIn.write(toFile: objtree + "/Makefile", atomically: true, encoding: .utf8)
        let make = ["-C", objtree, "SRCTREE=\(tree)", "KUNITGEN=\(CLI.binary.path)", "rust/doctests_kernel_generated.rs"]

        let dryRun = try Tool.run("make", ["-n"] + make)
        #expect(dryRun.stdout.contains("\(CLI.binary.path) generate --quiet --srctree \(tree) --out \(objtree)/rust --config \(objtree)/include/config/auto.conf"),
                "\(dryRun.output)")
        let first = try Tool.run("make", make)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.stdout.contains("  KUNITGEN rust/doctests_kernel_generated.rs"), "\(first.stdout)")
        for name in ["doctests_kernel_generated.rs", "doctests_kernel_generated_kunit.c"] {
            #expect(try String(contentsOfFile: objtree + "/rust/" + name, encoding: .utf8)
                    == (try String(contentsOfFile: anchor + "/" + name, encoding: .utf8)), "\(name)")
        }
        let before = try FileManager.default.attributesOfItem(atPath: objtree + "/rust/doctests_kernel_generated.rs")[.modificationDate] as? Date
        let second = try Tool.run("make", make)
        #expect(second.status == 0)
        #expect(second.stderr.isEmpty, "a clean run prints nothing on stderr: \(second.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: objtree + "/rust/doctests_kernel_generated.rs")[.modificationDate] as? Date == before,
                "unchanged content must keep the timestamp (nothing downstream rebuilds)")
    }
}
