import Testing
@testable import DocTestKit

/// What rustdoc 1.95 (x86_64 Linux, no flags) enables was probed with
/// `#[cfg_attr(PRED, doc = "```\nPRED\n```")]` items: a doctest appears only for true predicates.
struct CfgTests {
    @Test func rustdocDefaultMatchesProbes() {
        let cfg = CfgSet.rustdocDefault
        for name in ["doc", "doctest", "debug_assertions", "unix", "overflow_checks", "ub_checks", "target_thread_local"] {
            #expect(cfg.isSet(name), "\(name) is set by rustdoc")
        }
        for name in ["test", "rustdoc", "miri", "windows"] { #expect(!cfg.isSet(name), "\(name) is not set") }
        #expect(cfg.isSet("target_os", value: "linux"))
        #expect(cfg.isSet("target_arch", value: "x86_64"))
        #expect(cfg.isSet("panic", value: "unwind"))
        #expect(cfg.isSet("target_pointer_width", value: "64"))
        #expect(cfg.isSet("target_feature", value: "sse2"))
        #expect(!cfg.isSet("target_feature", value: "crt-static"))
        #expect(!cfg.isSet("feature", value: "x"))
    }

    @Test func specsParseLikeRustc() {
        var cfg = CfgSet()
        let added = [cfg.add(spec: "foo"), cfg.add(spec: "feature=\"x\""), cfg.add(spec: "CONFIG_X = \"y\""),
                     cfg.add(spec: "a b"), cfg.add(spec: "x=y")]
        #expect(added == [true, true, true, false, false])
        #expect(cfg.isSet("foo") && cfg.isSet("feature", value: "x") && cfg.isSet("CONFIG_X", value: "y"))
        let (combined, invalid) = CfgSet.rustdocDefault(adding: ["CONFIG_RUST", "=bad"])
        #expect(combined.isSet("CONFIG_RUST") && combined.isSet("doc") && invalid == ["=bad"])
    }

    @Test func predicates() {
        let cfg = CfgSet(names: ["unix", "doc"], values: ["feature": ["a", "b"]])
        let cases: [(String, Bool)] = [
            ("unix", true), ("windows", false), ("feature = \"a\"", true), ("feature = \"c\"", false),
            ("all(unix, feature = \"b\")", true), ("all(unix, windows)", false), ("any(windows, doc)", true),
            ("not(any())", true), ("all()", true), ("any()", false), ("true", true), ("false", false),
            ("not(all(unix, not(doc)))", true),
        ]
        for (text, expected) in cases {
            #expect(CfgPredicate.parse(text)?.evaluate(in: cfg) == expected, "\(text)")
        }
        #expect(CfgPredicate.parse("not(a, b)") == nil)
        #expect(CfgPredicate.parse("a = b") == nil)
    }

    @Test func cfgRemovesItemsAndEverythingInThem() {
        let source = """
        #[cfg(not(doc))]
        /// gone
        pub mod m {
            /// gone too
            pub fn f() {}
            mod child;
        }
        pub mod k {
            #![cfg(windows)]
            /// also gone
            pub fn g() {}
        }
        pub struct S {
            #[cfg(any())] /// gone field
            pub a: u8,
            /// kept
            pub b: u8,
        }
        pub enum E {
            #[cfg(windows)]
            /// gone variant
            A,
            /// kept variant
            B,
        }
        #[cfg_attr(doc, cfg(windows))]
        /// gone through cfg_attr
        pub fn h() {}
        /// kept fn
        #[cfg(all(unix, doc))]
        pub fn i() {}
        """
        let scan = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source))
        #expect(scan.docComments.map(\.itemPath) == [["S", "b"], ["E", "B"], ["i"]])
        #expect(scan.modules.map(\.name) == [])
    }

    @Test func userCfgEnablesItems() {
        let source = "#[cfg(CONFIG_X)]\n/// x\npub fn f() {}\n#[cfg(feature = \"y\")]\n/// y\npub fn g() {}"
        let cfg = CfgSet.rustdocDefault(adding: ["CONFIG_X"]).cfg
        let scan = RustFileScanner(cfg: cfg).scan(SourceFile(path: "t.rs", text: source))
        #expect(scan.docComments.map(\.itemPath) == [["f"]])
    }

    /// rustdoc drops `#[test]` functions (no `--test`): their examples are not doctests.
    @Test func testFunctionsAreNotDocumented() {
        let source = "mod tests {\n    /// ```\n    /// a\n    /// ```\n    #[test]\n    fn t() {}\n}"
        let scan = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source))
        #expect(scan.docComments.isEmpty)
    }
}
