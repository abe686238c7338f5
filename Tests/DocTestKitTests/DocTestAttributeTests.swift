import Testing
@testable import DocTestKit

/// Expected `crate_level` strings are rustdoc 1.95's `--output-format=doctest` output on the
/// same sources (`doctest_code.crate_level`), copied verbatim.
struct DocTestAttributeTests {
    func crateLevels(_ source: String) -> [String] {
        let result = DoctestExtractor().extract(from: SourceFile(path: "t.rs", text: source))
        return result.doctests.map { $0.prepared.crateLevel }
    }

    @Test func attributesNestFromCrateRootThroughModulesImplsAndItems() {
        let source = """
        #![doc(test(attr(a1, a2), attr(a3)))]
        #![doc(test(attr(a4)))]
        #![doc(test(no_crate_inject, attr(a5)))]

        /// ```
        /// let x = 1;
        /// ```
        #[doc(test(attr(onfn)))]
        pub fn f() {}

        #[doc(test(attr(m1)))]
        pub mod m {
            #![doc(test(attr(m2)))]
            //! ```
            //! let moddoc = 1;
            //! ```
            /// ```
            /// let y = 1;
            /// ```
            pub fn g() {}
            #[doc(test(attr(inner_m)))]
            pub mod n {
                /// ```
                /// let z = 1;
                /// ```
                pub struct S;
                /// ```
                /// let w = 1;
                /// ```
                #[doc(test(attr(x)))]
                impl S {
                    /// ```
                    /// let v = 1;
                    /// ```
                    #[doc(test(attr(meth)))]
                    pub fn h() {}
                }
            }
        }
        /// ```
        /// let after = 1;
        /// ```
        #[doc(test(attr(deny(x))))]
        #[doc(test(attr(deny(y)), attr(z)))]
        pub struct T;
        /// ```
        /// let cfg = 1;
        /// ```
        #[cfg_attr(all(), doc(test(attr(viacfg))))]
        #[doc(test(attr(  spaced  (  a ,b ) )))]
        pub struct U;
        """
        let root = "#![a1]\n#![a2]\n#![a3]\n#![a4]\n#![a5]\n"
        let m = root + "#![m1]\n#![m2]\n"
        #expect(crateLevels(source) == [
            root + "#![onfn]\n",
            m,
            m,
            m + "#![inner_m]\n",
            m + "#![inner_m]\n#![x]\n",
            m + "#![inner_m]\n#![x]\n#![meth]\n",
            root + "#![deny(x)]\n#![deny(y)]\n#![z]\n",
            root + "#![viacfg]\n#![spaced(a , b)]\n",
        ])
    }

    @Test func attributesArePrintedAsRustdocPrintsThem() {
        let source = """
        /// ```
        /// let cfg = 1;
        /// ```
        #[doc(test(attr(deny(a,b))))]
        #[doc(test(attr(deny(a, b))))]
        #[doc(test(attr(deny( a , b ,))))]
        #[doc(test(attr(foo = "x")))]
        #[doc(test(attr(allow(clippy::all))))]
        #[doc(test(attr(feature(a), cfg_attr(x,y))))]
        pub struct U;
        """
        #expect(crateLevels(source) == [
            "#![deny(a , b)]\n#![deny(a , b)]\n#![deny(a , b ,)]\n#![foo=\"x\"]\n#![allow(clippy :: all)]\n"
                + "#![feature(a)]\n#![cfg_attr(x , y)]\n",
        ])
    }

    @Test func crateDocsMultiLineListsHiddenCfgAttrAndMacroExpansions() {
        let source = """
        //! ```
        //! let crate_doc = 1;
        //! ```
        #![doc(test(
            no_crate_inject,
            attr(deny(warnings, rust_2018_idioms), allow(dead_code, unused_variables))
        ))]
        #![doc(test(attr(deny(clippy::all, a::b::c), warn(x::y))))]

        /// ```
        /// let x = 1;
        /// ```
        #[doc(hidden, test(attr(allow(foo))))]
        pub fn f() {}

        /// ```
        /// let x = 1;
        /// ```
        #[cfg_attr(any(), doc(test(attr(never))))]
        pub fn g() {}

        #[cfg(any())]
        #[doc(test(attr(gone)))]
        pub mod off {}

        pub mod on {
            /// ```
            /// let x = 1;
            /// ```
            pub fn h() {}
        }

        macro_rules! m { () => {
            /// ```
            /// let in_macro = 1;
            /// ```
            #[doc(test(attr(from_macro)))]
            pub fn mm() {}
        } }
        m!();
        """
        let root = "#![deny(warnings , rust_2018_idioms)]\n#![allow(dead_code , unused_variables)]\n"
            + "#![deny(clippy :: all , a :: b :: c)]\n#![warn(x :: y)]\n"
        #expect(crateLevels(source) == [root, root + "#![allow(foo)]\n", root, root, root + "#![from_macro]\n"])
    }

    @Test func anAttributeRustcCannotParseAsMetaItemsIsDroppedWhole() {
        let source = """
        /// ```
        /// let x = 1;
        /// ```
        #[doc(test(attr(kept)))]
        #[doc(test(attr(foo="x", bar::baz(1+2))))]
        #[doc(test(attr(r#"x"#)))]
        pub struct U;
        """
        #expect(crateLevels(source) == ["#![kept]\n"])
    }

    @Test func noCrateInjectIsIgnoredAndTheDefaultAllowIsReplaced() {
        let source = """
        #![doc(test(attr(deny(warnings), allow(dead_code))))]
        #![doc(test(no_crate_inject))]

        /// ```
        /// use kernel::prelude::*;
        /// ```
        pub fn no_inject() {}
        """
        #expect(crateLevels(source) == [
            "#![deny(warnings)]\n#![allow(dead_code)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n",
        ])
    }
}

/// rustc's lexer reports characters that start no token (`` ` ``, `\`, `¤`) and lexes on without
/// them, so rustdoc's parse of the doctest never sees them. Expected values are rustdoc 1.95's
/// `doctest_code` (nil = `null`) for the same code, copied verbatim.
struct UnknownCharacterTests {
    struct Row: CustomStringConvertible, Sendable {
        var original: String
        var code: String?
        var description: String { original }
        init(_ original: String, _ code: String?) {
            self.original = original
            self.code = code
        }
    }

    static let rows: [Row] = [
        Row("let a = 1;\n```", "let a = 1;"),
        Row("let a = 1; `` ` ``", "let a = 1;"),
        Row("let a = 1;\n¤", "let a = 1;"),
        Row("let a = 1;\n\\", "let a = 1;"),
        Row("let a = 1;\n¤¤ // c", "let a = 1;"),
        Row("let a = 1;\n`\n#[foo]", "let a = 1;"),
        Row("let open_again = 3;\n```rust", "let open_again = 3;\n```rust"),
        Row("```\nlet four_space_fence = 1;", "```\nlet four_space_fence = 1;"),
        Row("¤ let a = 1;", "¤ let a = 1;"),
        Row("let a = `1`;", "let a = `1`;"),
        Row("let a¤ = 1;", "let a¤ = 1;"),
        Row("let 🦀 = 1;", "let 🦀 = 1;"),
        Row("let x = 1; ` let y = 2;", "let x = 1; ` let y = 2;"),
        Row("foo(1 ` 2);", "foo(1 ` 2);"),
        Row("let x = a\n¤ let y = 2;", "let x = a\n¤ let y = 2;"),
        Row("let x = 1 ¤ + 2;", "let x = 1 ¤ + 2;"),
        Row("x = yield 2;", "x = yield 2;"),
        Row("let x = 1 2;", nil),
        Row("let x = 1 ` 2;", nil),
        Row("let x = 1 ¤ 2;", nil),
        Row("let x = a ¤ b;", nil),
    ]

    @Test(arguments: rows)
    func codeMatchesRustdoc(_ row: Row) {
        let prepared = DoctestBuilder(crateName: "kernel", edition: "2021")
            .prepare(originalCode: row.original, attributes: LangString())
        #expect((prepared.parseFailed ? nil : prepared.code) == row.code)
    }
}
