import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// The crate flags of the real 7.1.5 `rust/Makefile`, as its text spells them (`syn-cfgs`,
/// `proc_macro2-cfgs`, `quote-flags`, `pin_init-cfgs`, `rustdoc-pin_init`'s `--cfg feature=\"alloc\"`).
@Test func rustMakefileOf715() throws {
    let crates = try #require(RustMakefile.crates(srctree: try KernelFixture.linux715()))
    let byName = Dictionary(uniqueKeysWithValues: crates.map { ($0.name, $0) })
    #expect(byName["syn"]?.root == "rust/syn/lib.rs")
    #expect(byName["syn"]?.cfgs == ["feature=\"clone-impls\"", "feature=\"derive\"", "feature=\"full\"", "feature=\"parsing\"",
                                    "feature=\"printing\"", "feature=\"proc-macro\"", "feature=\"visit-mut\""])
    #expect(byName["proc_macro2"]?.cfgs == ["feature=\"proc-macro\"", "wrap_proc_macro", "proc_macro_span_file", "proc_macro_span_location"])
    #expect(byName["quote"]?.cfgs == ["feature=\"proc-macro\""])
    #expect(byName["quote"]?.edition == "2018")
    #expect(byName["pin_init"]?.root == "rust/pin-init/src/lib.rs")
    #expect(byName["pin_init"]?.cfgs == ["kernel", "USE_RUSTC_FEATURES", "feature=\"alloc\""])
    #expect(byName["pin_init_internal"]?.root == "rust/pin-init/internal/src/lib.rs")
    #expect(byName["pin_init_internal"]?.cfgs == ["kernel", "USE_RUSTC_FEATURES"])
    #expect(byName["kernel"]?.root == "rust/kernel/lib.rs")
    #expect(byName["macros"]?.root == "rust/macros/lib.rs")
    #expect(byName["ffi"]?.root == "rust/ffi.rs")
    // `core` is built from the toolchain's sources, not from the tree.
    #expect(byName["core"] == nil)
    #expect(crates.allSatisfy { $0.cfgs.allSatisfy { CfgSet.parse(spec: $0) != nil } })
}

@Test func rustMakefileExpansion() {
    let makefile = """
        cfgs-to-flags = $(patsubst %,--cfg='%',$1)
        # a comment --cfg=nope
        a-cfgs := \\
            one \\
            feature="two" \\
            $(if $(call rustc-min-version,109000),three,old)
        a-flags := --edition=2024 $(call cfgs-to-flags,$(a-cfgs))
        rustdoc-a: private rustc_target_flags = $(a-flags) --cfg four
        rustdoc-a: $(src)/a/lib.rs rustdoc-clean FORCE
        \t+$(call if_changed,rustdoc) --cfg recipe
        """
    #expect(RustMakefile.crates(makefile: makefile)
            == [KbuildCrate(name: "a", root: "rust/a/lib.rs", cfgs: ["one", "feature=\"two\"", "three", "four"], edition: "2024")])
}
