import Testing
@testable import DocTestKit

/// Expected names and lines are rustdoc 1.95's `--output-format=doctest` output on the same
/// sources (`name` and `line` fields), copied verbatim; "true" lines were read off the source.
struct RustFileScannerTests {
    struct Example: Equatable, CustomStringConvertible {
        var name: String
        var rustdocLine: Int
        var trueLine: Int
        var description: String { "\(name) rustdoc=\(rustdocLine) true=\(trueLine)" }
    }

    /// Every fenced block (first fence of each doc) as rustdoc would name it.
    func examples(_ source: String, cfg: CfgSet = .rustdocDefault) -> [Example] {
        let scan = RustFileScanner(cfg: cfg).scan(SourceFile(path: "t.rs", text: source))
        var result: [Example] = []
        for doc in scan.docComments {
            let lines = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
            var inFence = false
            for (i, line) in lines.enumerated() where line.drop(while: { $0 == " " }).hasPrefix("```") {
                if !inFence {
                    let rustdocLine = doc.rustdocLine(forDocLine: i)
                    result.append(Example(name: Doctest.name(file: "t.rs", itemPath: doc.itemPath, line: rustdocLine),
                                          rustdocLine: rustdocLine, trueLine: doc.trueLine(forDocLine: i)))
                }
                inFence.toggle()
            }
        }
        return result
    }

    @Test func linesOfSugaredRawAndMultilineDocs() {
        let source = """
        /// a
        ///
        /// ```
        /// x
        /// ```
        pub fn a() {}

        #[doc = "a\\n\\n```\\ny\\n```"]
        pub fn b() {}

        #[doc = "one
        two

        ```
        v
        ```"]
        pub fn e() {}
        """
        #expect(examples(source) == [
            Example(name: "t.rs - a (line 3)", rustdocLine: 3, trueLine: 3),
            Example(name: "t.rs - b (line 10)", rustdocLine: 10, trueLine: 8),
            Example(name: "t.rs - e (line 14)", rustdocLine: 14, trueLine: 14),
        ])
    }

    /// rustdoc counts lines of the joined doc from the first kept doc attribute, so a dropped
    /// `cfg_attr` fragment in the middle shifts its line (20 for a fence on line 22).
    @Test func droppedCfgAttrFragmentsShiftRustdocButNotTrueLines() {
        let source = """
        #[cfg_attr(not(doc), doc = "dropped")]
        /// first
        #[cfg_attr(doc, doc = "kept")]
        /// ```
        /// z
        /// ```
        pub fn c() {}

        /// lead
        #[cfg_attr(not(doc), doc = "dropped1")]
        #[cfg_attr(not(doc), doc = "dropped2")]
        /// ```
        /// w
        /// ```
        pub fn d() {}
        #[cfg_attr(
            doc,
            doc = "```\\nmultiline_cfg_attr\\n```"
        )]
        pub fn mca() {}
        """
        #expect(examples(source) == [
            Example(name: "t.rs - c (line 4)", rustdocLine: 4, trueLine: 4),
            Example(name: "t.rs - d (line 10)", rustdocLine: 10, trueLine: 12),
            Example(name: "t.rs - mca (line 18)", rustdocLine: 18, trueLine: 18),
        ])
    }

    @Test func outerThenInnerDocsOfAModule() {
        let source = """
        /// outer
        /// ```
        /// o
        /// ```
        pub mod m {
            //! inner
            //! ```
            //! i
            //! ```
        }
        """
        #expect(examples(source) == [
            Example(name: "t.rs - m (line 2)", rustdocLine: 2, trueLine: 2),
            Example(name: "t.rs - m (line 6)", rustdocLine: 6, trueLine: 7),
        ])
    }

    @Test func blockDocComments() {
        let source = "/** block\n * ```\n * bb\n * ```\n */\npub fn f() {}\n\n/**\n * ```\n * b2\n * ```\n */\npub fn g() {}\n"
        #expect(examples(source).map(\.name) == ["t.rs - f (line 2)", "t.rs - g (line 8)"])
        #expect(examples(source).map(\.trueLine) == [2, 9])
    }

    func names(_ source: String) -> [String] {
        RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source)).docComments
            .map { $0.itemPath.joined(separator: "::").filter { $0 != " " } }
    }

    @Test func fieldsVariantsNestedAndForeignItems() {
        let source = """
        pub struct T(#[cfg(not(doc))] pub u8, /// a
            pub u16);
        pub fn outer() {
            /// b
            pub struct Inner;
            impl Inner {
                /// c
                pub fn m() { /// d
                    fn deeper() {} }
            }
        }
        const _: () = { /// e
            pub struct C; };
        /// f
        extern "C" { /// g
            pub fn ffn(); /// h
            pub static FS: u8; }
        /// i
        extern crate core as kore;
        pub enum E { /// j
            V { /// k
                f: u8 } }
        pub trait Tr { /// l
            type A; /// m
            const C: u8; }
        pub fn body_inner() { //! n
        }
        pub const K: () = { /// o
            pub fn incn() {} };
        """
        #expect(names(source) == [
            "T::0", "outer::Inner", "outer::Inner::m", "outer::Inner::m::deeper", "_::C", "", "ffn", "FS", "kore",
            "E::V", "E::V::f", "Tr::A", "Tr::C", "body_inner", "K::incn",
        ])
    }

    @Test func implSelfTypesAsRustdocPrintsThem() {
        let source = """
        impl dyn std::fmt::Debug { /// a
            pub fn m() {} }
        impl<'a, T: Clone, const N: usize> G<T, N> where T: Copy { /// b
            pub fn m() {} }
        impl<'a, T> Tr for &'a mut [T] { /// c
            fn x() {} }
        impl Tr for (u8, crate::S) { /// d
            fn x() {} }
        impl<'a, T, const N: usize> W<'a, T, { N }> { /// e
            pub fn m() {} }
        impl dyn Tr + Send + 'static { /// f
            pub fn m3() {} }
        impl<T> W<'static, Option<Vec<T>>, 2> { /// g
            pub fn m4() {} }
        impl<T> W<'_, (T,), 0> { /// h
            pub async unsafe fn h() {} }
        impl W<'_, [u8; 2], 0> { /// i
            pub const unsafe extern "C" fn i() {} }
        impl<F> W<'_, F, 3> where F: Fn(u8) -> u8 { /// j
            pub fn m2() {} }
        """
        #expect(names(source) == [
            "dynstd::fmt::Debug::m", "G<T,N>::m", "&'amut[T]::x", "(u8,crate::S)::x", "W<'a,T,N>::m",
            "dynTr+Send+'static::m3", "W<'static,Option<Vec<T>>,2>::m4", "W<'_,(T,),0>::h", "W<'_,[u8;2],0>::i",
            "W<'_,F,3>::m2",
        ])
    }

    @Test func useItemsRawIdentifiersAndMacros() {
        let source = """
        /// a
        pub use a::{b::{c, d}, B as Bee};
        /// b
        pub use a::b::*;
        /// c
        pub use a::b::{self};
        /// d
        pub fn r#type() {}
        /// e
        pub fn r#foo() {}
        /// f
        pub macro m20($x:expr) { $x }
        /// g
        #[macro_export]
        macro_rules! mac { () => {} }
        /// h
        pub union U { /// i
            a: u8, b: u16 }
        """
        #expect(names(source) == ["", "", "c", "d", "Bee", "", "", "b", "r#type", "foo", "m20", "mac", "U", "U::a"])
    }

    @Test func attributesWithTokenTreesAndQualifiers() {
        let source = """
        /// a
        #[pin_data(PinnedDrop)]
        pub(crate) struct A<T: Fn() -> u8, const N: usize = { 3 }> { x: T }
        #[vtable]
        /// b
        pub unsafe trait B: Send where Self: Sized { /// c
            default fn f<T>(x: impl Fn() -> Vec<Vec<T>>) -> Option<Vec<Vec<u8>>> where T: Iterator<Item = u8> {} }
        /// d
        unsafe impl Send for A<u8, 1> {}
        /// e
        impl !Sync for A<u8, 1> {}
        /// f
        pub(in crate::x) async fn g() {}
        """
        #expect(names(source) == ["A", "B", "B::f", "A<u8,1>", "A<u8,1>", "g"])
    }

    /// rustdoc reports items a same-file `macro_rules!` invocation expands to, counting lines from
    /// the invocation (64 here; the doc is on line 58 of the macro body).
    @Test func macroExpansionDocs() {
        var lines = Array(repeating: "", count: 56)
        lines += [
            "macro_rules! mac {", "    ($name:ident, $($doc:expr),+) => {", "        $(#[doc = $doc])*", "        ///",
            "        /// ```", "        /// inmacro", "        /// ```", "        pub fn $name() {}", "    };", "}",
            "mod z {", "    mac!(expanded, \"first\", \"second\");", "}",
        ]
        let source = lines.joined(separator: "\n")
        let scan = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source))
        let doc = scan.docComments.first
        #expect(doc?.itemPath == ["z", "expanded"])
        #expect(doc?.text == "first\nsecond\n\n```\ninmacro\n```")
        #expect(doc?.rustdocLine(forDocLine: 3) == 71)
        #expect(doc?.trueLine(forDocLine: 3) == 61)
        #expect(doc?.origin == .macroExpansion(macroName: "mac", definitionLine: 60, invocationLine: 68))
        #expect(scan.findings.map(\.ruleID) == ["doctest-in-macro"])
        #expect(scan.findings.first?.severity == .note)
    }

    /// Docs passed into a macro: through `#[$m:meta]` a doc comment becomes a raw `#[doc]`
    /// (so it unindents as raw: rustdoc's text below) and its line counts from the invocation
    /// (the `#` is the macro's); through `$t:tt` it stays itself, line and all. Observed:
    /// `foo (line 10)`, `bar (line 26)`, `baz (line 36)`.
    @Test func docsPassedThroughMacros() {
        let source = """
        macro_rules! m {
            ($(#[$meta:meta])* $name:ident) => {
                $(#[$meta])*
                pub fn $name() {}
            };
        }

        m! {
            /// Some text
            ///
            /// ```
            /// via_meta
            /// ```
            foo
        }

        macro_rules! n {
            ($(#[$meta:meta])* $name:ident) => {
                /// Body doc.
                $(#[$meta])*
                pub fn $name() {}
            };
        }

        n! {
            /// ```
            /// mixed
            /// ```
            bar
        }

        macro_rules! tt {
            ($($t:tt)*) => { $($t)* };
        }
        tt! {
            /// ```
            /// via_tt
            /// ```
            pub fn baz() {}
        }
        """
        let docs = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source)).docComments
        #expect(docs.map(\.itemPath) == [["foo"], ["bar"], ["baz"]])
        #expect(docs.map(\.text) == ["Some text\n\n```\nvia_meta\n```", "Body doc.\n ```\n mixed\n ```", "```\nvia_tt\n```"])
        #expect(docs.map { $0.rustdocLine(forDocLine: $0.text.hasPrefix("```") ? 0 : ($0.text.hasPrefix("Body") ? 1 : 2)) } == [10, 26, 36])
        #expect(docs.map(\.lineMap) == [[9, 10, 11, 12, 13], [19, 26, 27, 28], [36, 37, 38]])
    }
}
