import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// `drivers/gpu/nova-core/num.rs` (7.1.5): the examples sit in a nested `paste! { .. }` of the
/// macro body, and the file invokes the macro. rustdoc tests them at the invocations, and so does
/// kunitgen (paste! is read as items, `[<$from _as_ $into>]` pasted): seven examples, and no
/// `macro-example-*` finding, not even opt-in.
@Test func macroExampleInsidePasteIsExtractedAtItsInvocations() throws {
    let source = """
        //! Numeric helpers.

        macro_rules! impl_safe_as {
            ($from:ty as { $($into:ty),* }) => {
                $(
                paste! {
                    /// Losslessly converts.
                    ///
                    /// # Examples
                    ///
                    /// ```
                    /// assert_eq!(1u8 as u16, 1u16);
                    /// ```
                    #[allow(unused)]
                    pub(crate) const fn [<$from _as_ $into>](value: $from) -> $into { value as $into }
                }
                )*
            };
        }

        impl_safe_as!(u8 as { u16, u32, u64, usize });
        impl_safe_as!(u16 as { u32, u64, usize });

        """
    let root = try ScratchTree.make("macro-paste", ["drivers/gpu/nova-core/nova_core.rs": source])
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: ScratchTree.noConfig, helperChecker: nil)
    let items = analysis.doctests.filter { $0.doctest.file == "drivers/gpu/nova-core/nova_core.rs" }.map { $0.doctest.itemPath.joined(separator: "::") }
    #expect(items.sorted() == ["u16_as_u32", "u16_as_u64", "u16_as_usize", "u8_as_u16", "u8_as_u32", "u8_as_u64", "u8_as_usize"])
    let findings = TreeCheck.findings(analysis, configuration: CheckConfiguration(optInRules: ["macro-example-not-expanded"]))
    #expect(!findings.contains { $0.ruleID.hasPrefix("macro-example") }, "\(findings.map(\.gccStyle))")
}

/// A macro defined in one file and invoked in another of the crate is invoked.
@Test func macroInvokedInAnotherFileOfTheCrate() throws {
    let root = try ScratchTree.make("macro-cross-file", [
        "rust/kernel/lib.rs": "//! The kernel.\n#[macro_use]\nmod sizes;\nmod user;\n",
        "rust/kernel/sizes.rs": """
            macro_rules! define_sizes {
                ($($type:ty),*) => {
                    paste! {
                        /// Size constants.
                        ///
                        /// ```
                        /// let mib = 1 << 20;
                        /// ```
                        pub trait SizeConstants {}
                    }
                };
            }

            """,
        "rust/kernel/user.rs": "define_sizes!(u32, u64, usize);\n",
    ])
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: ScratchTree.noConfig, helperChecker: nil)
    let findings = TreeCheck.findings(analysis, configuration: CheckConfiguration(optInRules: ["*"])).filter { $0.ruleID.hasPrefix("macro-example") }
    #expect(findings.count == 1)
    #expect(findings.first?.ruleID == "macro-example-not-expanded")
    #expect(findings.first?.message.contains("invocation at rust/kernel/user.rs:1,") == true)
}

/// A recursive call inside the macro's own body is not an invocation: never tested, a warning.
@Test func recursiveCallsInTheBodyAreNoInvocation() throws {
    let source = """
        macro_rules! lonely {
            (@inner) => {
                /// ```
                /// let never = 1;
                /// ```
                pub fn never() {}
            };
            () => { lonely!(@inner); };
        }

        /// Mentions `lonely!()` in prose only.
        pub fn other() {}

        """
    let root = try ScratchTree.make("macro-lonely", ["rust/kernel/lib.rs": source])
    let analysis = TreeAnalysis.analyse(srctree: root, cfg: ScratchTree.noConfig, helperChecker: nil)
    let findings = TreeCheck.findings(analysis).filter { $0.ruleID.hasPrefix("macro-example") }
    #expect(findings.map(\.gccStyle) == [
        "rust/kernel/lib.rs:3:9: warning: doc example inside macro_rules! `lonely` is never tested: no invocation of `lonely!` in its crate produces it [macro-example-not-extracted]",
    ])
    #expect(MacroExampleRule.invocations(of: "lonely", in: SourceFile(path: "x.rs", text: source)).isEmpty)
}
