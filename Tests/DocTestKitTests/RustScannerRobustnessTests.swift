import Foundation
import Testing
import TestSupport
@testable import DocTestKit

struct RustScannerRobustnessTests {
    func scan(_ source: String, path: String = "t.rs") -> RustFileScan {
        RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: path, text: source))
    }

    @Test func moduleDeclarations() {
        let source = """
        /// outer docs of x
        pub mod x;
        #[path = "other/y.rs"]
        mod y;
        pub mod z {
            pub(crate) mod w {}
            #[cfg(windows)]
            mod gone;
        }
        """
        let scan = scan(source)
        #expect(scan.modules == [
            ModuleDeclaration(name: "x", line: 2, pathAttribute: nil, isInline: false, parentPath: []),
            ModuleDeclaration(name: "y", line: 4, pathAttribute: "other/y.rs", isInline: false, parentPath: []),
            ModuleDeclaration(name: "z", line: 5, pathAttribute: nil, isInline: true, parentPath: []),
            ModuleDeclaration(name: "w", line: 6, pathAttribute: nil, isInline: true, parentPath: ["z"]),
        ])
        // rustdoc: `lib.rs - child (line 9)` for docs on `pub mod child;` (observed).
        #expect(scan.docComments.map(\.itemPath) == [["x"]])
    }

    @Test func modulePathPrefixesAFileScannedAsAModule() {
        let scan = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "c.rs", text: "//! inner\npub fn x() {}\n/// d\npub fn y() {}"), modulePath: ["child"])
        #expect(scan.docComments.map(\.itemPath) == [["child"], ["child", "y"]])
    }

    /// drivers/gpu/nova-core/gpu.rs (7.1.5): an item-position macro invocation through a global
    /// path inside an `impl` was a `syntax-error`; `::` paths name an extern crate's macro, so the
    /// same-file `paste` is not expanded for it: it is the kernel's `paste!`, whose items (with
    /// their docs) are read as they stand.
    @Test func globalPathMacroInvocationInItemPosition() {
        let source = """
        macro_rules! paste { ($($t:tt)*) => { /// from the local paste
            pub fn local() {} }; }
        pub struct Chipset;
        impl Chipset {
            ::kernel::macros::paste!(
            /// Returns the name of this chipset, in lowercase.
            pub(crate) const fn name(&self) -> &'static str { "x" }
            );
            /// after
            pub fn after() {}
        }
        ::core::stringify!(x);
        /// last
        pub fn last() { let _ = ::core::mem::size_of::<u8>(); }
        """
        let scan = scan(source)
        #expect(scan.findings.map(\.gccStyle) == [])
        #expect(scan.docComments.map(\.itemPath) == [["Chipset", "name"], ["Chipset", "after"], ["last"]])
    }

    /// `drivers/gpu/nova-core/gpu.rs:42` (7.1.5): a macro invoked by its global path in item
    /// position (here an impl block inside a `macro_rules!` expansion) is an item, not junk.
    @Test func globalPathMacroInvocationIsAnItem() {
        let source = """
        macro_rules! define_chipset {
            ({ $($variant:ident = $value:expr),* $(,)* }) => {
                pub(crate) enum Chipset { $($variant = $value),*, }
                impl Chipset {
                    ::kernel::macros::paste!(
                    /// Returns the name of this chipset.
                    pub(crate) const fn name(&self) -> &'static str { "" }
                    );
                }
            }
        }
        define_chipset!({ TU102 = 0x162, });
        ::kernel::macros::paste! { pub fn f() {} }
        $crate::other! { }
        struct After;
        """
        let scan = scan(source)
        #expect(scan.findings.filter { $0.ruleID == "syntax-error" }.isEmpty, "\(scan.findings.map(\.gccStyle))")
        // Still junk: a lone `::` in item position.
        #expect(self.scan("mod a {}\n:: ;\n").findings.map(\.ruleID) == ["syntax-error"])
    }

    @Test func unterminatedCommentIsReportedAndEarlierDocsKept() {
        let scan = scan("/// kept\npub fn a() {}\n  /* never closed\n/// lost\npub fn b() {}\n")
        #expect(scan.docComments.map(\.itemPath) == [["a"]])
        #expect(scan.findings.map(\.gccStyle) == ["t.rs:3:3: error: unterminated block comment [lex-error]"])
    }

    @Test func unterminatedStringIsReported() {
        let scan = scan("/// kept\npub fn a() {}\nconst S: &str = \"open;\n")
        #expect(scan.docComments.map(\.itemPath) == [["a"]])
        #expect(scan.findings.map(\.gccStyle) == ["t.rs:3:17: error: unterminated double quote string [lex-error]"])
    }

    @Test func itemsAfterASyntaxErrorAreStillFound() {
        let scan = scan("/// a\npub fn a() {}\n}} garbage here ;\n/// b\npub fn b() {}\nfn c( {\n/// d\npub struct D;\n")
        #expect(scan.docComments.map(\.itemPath).contains(["b"]))
        #expect(scan.findings.map(\.gccStyle) == [
            "t.rs:3:1: error: unexpected closing delimiter `}` [syntax-error]",
            "t.rs:3:1: error: expected an item, found `}`; skipping to the next item [syntax-error]",
            "t.rs:3:2: error: unexpected closing delimiter `}` [syntax-error]",
            "t.rs:6:5: error: unclosed delimiter `(`: the rest of the file is read as inside it [syntax-error]",
            "t.rs:6:7: error: unclosed delimiter `{`: the rest of the file is read as inside it [syntax-error]",
        ])
    }

    /// rustdoc 1.95 reads `include_str!` docs (observed: `lib.rs - f (line 4)` for a fence on
    /// line 3 of the included file, counted from the `///` on line 1) and evaluates `concat!`.
    @Test func includedAndConcatenatedDocs() throws {
        let directory = URL(fileURLWithPath: Scratch.path("front-include"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Included.\n\n```\nincluded_code\n```\n".write(to: directory.appendingPathComponent("x.md"), atomically: true, encoding: .utf8)
        let source = """
        /// Lead.
        #[doc = include_str!("x.md")]
        pub fn f() {}

        #[doc = concat!("a", "\\n```\\nconcat\\n```")]
        pub fn g() {}
        #[doc = include_str!("missing.md")]
        pub fn h() {}
        #[doc = concat!("a", env!("X"))]
        pub fn i() {}
        """
        let scan = scan(source, path: directory.appendingPathComponent("lib.rs").path)
        let f = scan.docComments.first { $0.itemPath == ["f"] }
        #expect(f?.text == "Lead.\nIncluded.\n\n```\nincluded_code\n```")
        #expect(f?.rustdocLine(forDocLine: 3) == 4)
        #expect(f?.trueLine(forDocLine: 3) == 2)
        let g = scan.docComments.first { $0.itemPath == ["g"] }
        #expect(g?.text == "a\n```\nconcat\n```")
        #expect(g?.rustdocLine(forDocLine: 1) == 6)
        #expect(scan.findings.map(\.ruleID) == ["doc-include-missing", "doc-not-literal"])
    }

    /// Random slices of real-looking source never crash the scanner.
    @Test func randomSlicesNeverCrash() {
        let source = Array("""
        //! crate
        #![cfg_attr(doc, doc = "x")]
        /// a `b` 'c' "d\\"" r#"e"# b'f' '\\u{1F600}' 'static 1.0e-3 0x_FF_u8 1..2
        #[cfg_attr(all(unix, not(windows)), doc = concat!("a", "b"), path = "p")]
        pub(crate) unsafe impl<'a, T: Fn() -> Vec<Vec<u8>>, const N: usize> Tr for &'a mut [T; N] where T: Copy {
            /** block /* nested */ */ fn f(x: impl Fn(u8) -> u8) -> Option<Box<dyn Fn()>> { struct S; }
        }
        macro_rules! m { ($x:ident, $($d:expr),*) => { $(#[doc = $d])* /// ```
        pub fn $x() {} }; }
        m!(g, "one", "two");
        pub enum E { #[cfg(any())] A = 1 << 2, B(u8, #[cfg(doc)] u16), C { x: u8 } }
        extern "C" { fn e(); static S: u8; }
        const _: () = { /// z
        struct Z; };
        use a::{b::{self, c as d}, *};
        """.utf8)
        var seed: UInt64 = 7
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for _ in 0..<3000 {
            let a = next() % source.count
            let b = min(source.count, a + next() % 400)
            _ = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "f.rs", bytes: Array(source[a..<b])))
        }
        #expect(scan(String(decoding: source, as: UTF8.self)).docComments.contains { $0.itemPath == ["g"] })
    }
}
