import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// Crates and configurations as kbuild sees them, on small trees written from real 7.1.5 text.
enum ScratchTree {
    static func make(_ name: String, _ files: [String: String]) throws -> String {
        let root = Scratch.directory(name)
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        return root
    }

    static let noConfig = CfgSet(names: ["doc", "doctest"])
}

/// `rust/kernel/block.rs:5` in 7.1.5 without CONFIG_BLOCK: `block` is compiled out in lib.rs, so
/// `block.rs` and its `mq.rs` (whose `gen_disk`, ... live in `block/mq/`) are modules of the
/// kernel crate with that condition, not crate roots looking for `rust/kernel/mq.rs`.
@Test func compiledOutModulesStayModulesOfTheirCrate() throws {
    let root = try ScratchTree.make("compiled-out", [
        "rust/kernel/lib.rs": "//! The kernel.\n\n#[cfg(CONFIG_BLOCK)]\npub mod block;\npub mod error;\n",
        "rust/kernel/error.rs": "//! Errors.\n",
        "rust/kernel/block.rs": "//! Types for working with the block layer.\n\npub mod mq;\n",
        "rust/kernel/block/mq.rs": "//! Multiqueue.\n//!\n//! ```\n//! let queue = 1;\n//! ```\n\npub mod gen_disk;\nmod operations;\n",
        "rust/kernel/block/mq/gen_disk.rs": "//! Generic disk.\n",
        "rust/kernel/block/mq/operations.rs": "//! Operations.\n",
    ])
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: ScratchTree.noConfig, helperChecker: nil)
    #expect(analysis.crates.map(\.name) == ["kernel"])
    #expect(!analysis.findings.contains { $0.ruleID == "module-file-not-found" }, "\(analysis.findings.map(\.gccStyle))")
    let modules = Dictionary(uniqueKeysWithValues: analysis.compiledOut.map { ($0.file, $0) })
    #expect(modules["rust/kernel/block.rs"]?.modulePath == ["block"])
    #expect(modules["rust/kernel/block/mq.rs"]?.modulePath == ["block", "mq"])
    #expect(modules["rust/kernel/block/mq/gen_disk.rs"]?.modulePath == ["block", "mq", "gen_disk"])
    #expect(analysis.compiledOut.allSatisfy { $0.crate == "kernel" && $0.condition == "#[cfg(CONFIG_BLOCK)]" && $0.declaredAt == "rust/kernel/lib.rs:4" })
    // The example is the kernel crate's, under the module's path, not in this configuration's suite.
    let entry = try #require(analysis.doctests.first { $0.doctest.file == "rust/kernel/block/mq.rs" })
    #expect(entry.crate == "kernel" && entry.compiledOut && entry.kunitName == nil)
    #expect(entry.doctest.itemPath == ["block", "mq"])
    let note = try #require(TreeCheck.findings(analysis, configuration: CheckConfiguration(optInRules: ["doctest-compiled-out"]))
        .first { $0.ruleID == "doctest-compiled-out" })
    #expect(note.gccStyle == "rust/kernel/block/mq.rs:3:1: note: this doc example is in module `block::mq` of crate `kernel`, which this configuration compiles out (`#[cfg(CONFIG_BLOCK)]` at rust/kernel/lib.rs:4): it is not part of this configuration's KUnit suite [doctest-compiled-out]")

    // With CONFIG_BLOCK the walk reaches them: nothing compiled out, the example is a KUnit case.
    let enabled = TreeAnalysis.analyse(srctree: root, cfg: ScratchTree.noConfig.union(CfgSet(names: ["CONFIG_BLOCK"])), helperChecker: nil)
    #expect(enabled.compiledOut.isEmpty)
    #expect(enabled.doctests.first { $0.doctest.file == "rust/kernel/block/mq.rs" }?.kunitName != nil)
}

/// `rust/syn/lib.rs` gates its modules on the features `rust/Makefile` passes (`syn-cfgs`): read
/// from the tree's Makefile, the files are syn's modules (one vendored summary), not 38 crates.
@Test func vendoredCrateFeaturesComeFromTheMakefile() throws {
    let makefile = """
        cfgs-to-flags = $(patsubst %,--cfg='%',$1)
        syn-cfgs := \\
            feature="full" \\
            feature="parsing"
        syn-flags := --cap-lints=allow $(call cfgs-to-flags,$(syn-cfgs))
        rustdoc-syn: private rustc_target_flags = $(syn-flags)
        rustdoc-syn: $(src)/syn/lib.rs rustdoc-clean FORCE
        rustdoc-kernel: $(src)/kernel/lib.rs rustdoc-core FORCE

        """
    let files = [
        "rust/syn/lib.rs": "//! Syn.\n#[cfg(feature = \"full\")]\nmod expr;\n#[cfg(feature = \"parsing\")]\npub mod parse;\nmod gen {\n    #[cfg(feature = \"fold\")]\n    pub mod fold;\n}\n",
        "rust/syn/expr.rs": "/// An expression.\n///\n/// ```\n/// let e = 1;\n/// ```\npub struct Expr;\n#[doc = not_expandable!()]\npub struct Y;\n",
        "rust/syn/parse.rs": "//! Parsing.\n//!\n//! ```\n//! let p = 1;\n//! ```\n",
        "rust/syn/gen/fold.rs": "//! Folding.\n",
        "rust/kernel/lib.rs": "//! The kernel.\n//!\n//! ```\n//! let k = 1;\n//! ```\n",
    ]
    let withMakefile = try ScratchTree.make("syn-features", files.merging(["rust/Makefile": makefile]) { a, _ in a })
    let analysis = TreeAnalysis.analyse(srctree: withMakefile, cfg: ScratchTree.noConfig, helperChecker: nil)
    #expect(analysis.crates.map(\.root).sorted() == ["rust/kernel/lib.rs", "rust/syn/lib.rs"])
    #expect(analysis.crates.first { $0.name == "syn" }?.files.sorted()
            == ["rust/syn/expr.rs", "rust/syn/gen/fold.rs", "rust/syn/lib.rs", "rust/syn/parse.rs"])
    // `gen::fold` needs `fold`, which the Makefile does not enable: compiled out, still syn's.
    #expect(analysis.compiledOut.map(\.modulePath) == [["gen", "fold"]])
    let findings = TreeCheck.findings(analysis, configuration: CheckConfiguration(optInRules: ["*"]))
    #expect(findings.map(\.gccStyle) == [
        "rust/syn/lib.rs:1:1: note: vendored crate `syn` (4 files, 2 examples): maintained upstream, not checked (1 finding left out) [vendored-crate]",
    ])

    // Without the Makefile's flags, `expr` and `parse` would be compiled out (never crates either).
    let bare = try ScratchTree.make("syn-bare", files)
    let without = TreeAnalysis.analyse(srctree: bare, cfg: ScratchTree.noConfig, helperChecker: nil)
    #expect(without.crates.map(\.root).sorted() == ["rust/kernel/lib.rs", "rust/syn/lib.rs"])
    #expect(Set(without.compiledOut.map(\.file)) == ["rust/syn/expr.rs", "rust/syn/parse.rs", "rust/syn/gen/fold.rs"])
}

/// Files another file `include!`s (nova-core's `r570_144/bindings.rs`) are not crates.
@Test func includedFilesAreNotCrates() throws {
    let root = try ScratchTree.make("included", [
        "drivers/gpu/nova-core/nova_core.rs": "//! Nova.\nmod gsp;\n",
        "drivers/gpu/nova-core/gsp.rs": "mod fw;\n",
        "drivers/gpu/nova-core/gsp/fw.rs": "mod r570_144;\n",
        "drivers/gpu/nova-core/gsp/fw/r570_144.rs": "//! Firmware bindings.\ninclude!(\"r570_144/bindings.rs\");\n",
        "drivers/gpu/nova-core/gsp/fw/r570_144/bindings.rs": "pub const X: u32 = 1;\n",
    ])
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: ScratchTree.noConfig, helperChecker: nil)
    #expect(analysis.crates.map(\.root) == ["drivers/gpu/nova-core/nova_core.rs"])
    #expect(analysis.included == ["drivers/gpu/nova-core/gsp/fw/r570_144/bindings.rs": "drivers/gpu/nova-core/gsp/fw/r570_144.rs"])
}

/// `mod m;` found in the text, with its `#[cfg]`, and not in comments.
@Test func moduleDeclarationsInText() {
    let text = Array("// mod gone;\n#[cfg(CONFIG_NET)]\n/// Docs.\npub(crate) mod net;\nmod nettle {}\n".utf8)
    #expect(ModuleParents.line(declaring: "net", in: text) == 4)
    #expect(ModuleParents.line(declaring: "gone", in: text) == nil)
    #expect(ModuleParents.line(declaring: "nettle", in: text) == nil)
    #expect(ModuleParents.condition(above: 4, in: text) == "#[cfg(CONFIG_NET)]")
    #expect(ModuleParents.includes(of: "a/b.rs", in: Array("include!(\"c/d.rs\");".utf8)) == ["a/c/d.rs"])
}
