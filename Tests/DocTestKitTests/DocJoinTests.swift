import Testing
@testable import DocTestKit

/// Expected texts are rustdoc 1.95's `docs` (= `doc_value()`) from `--output-format=json` on the
/// same source (`/tmp/front/join.rs` while developing), copied verbatim.
struct DocJoinTests {
    func text(_ source: String, _ path: [String]) -> String? {
        let scan = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source))
        return scan.docComments.first { $0.itemPath == path }?.text
    }

    @Test func crateInnerDocsSugaredThenRaw() {
        #expect(text("//! crate doc\n//!    indented\n#![doc = \"raw crate\"]\n", []) == "crate doc\n   indented\nraw crate")
    }

    @Test func mixedSugaredAndRawUnindentTogether() {
        #expect(text("///     four\n#[doc = \"raw\"]\n///  two\npub fn mixed() {}", ["mixed"]) == "    four\nraw\n two")
        #expect(text("#[doc = \"  a\"]\n#[doc = \"    b\"]\npub fn raws() {}", ["raws"]) == "a\n  b")
    }

    @Test func emptyRawFragmentsAreEmptyLines() {
        #expect(text("#[doc = \"\"]\n/// x\n#[doc = \"\"]\npub fn empties() {}", ["empties"]) == "\nx\n")
        #expect(text("#[doc = \"line1\\n  line2\\n\"]\n#[doc = \"\\n\"]\n#[doc = \"tail\"]\npub fn e() {}", ["e"])
            == "line1\n  line2\n\ntail")
    }

    @Test func stringEscapesContinuationsAndRawStrings() {
        let source = "#[doc = \"cont \\\n         inued\"]\n#[doc = r#\"raw \"quoted\"\"#]\n#[doc = \"uni \\u{1F980} \\x41 \\t tab\"]\npub fn strs() {}"
        #expect(text(source, ["strs"]) == "cont inued\nraw \"quoted\"\nuni \u{1F980} A \t tab")
    }

    @Test func blockCommentsLoseTheirStarColumn() {
        #expect(text("/**\n * star\n *   deeper\n */\npub fn b() {}", ["b"]) == "star\n  deeper")
        #expect(text("/** no star\n    second\n*/\npub fn b() {}", ["b"]) == "no star\n   second")
        #expect(text("/***/\npub fn b() {}", ["b"]) == nil)
        #expect(text("/**\n***\n * x\n***/\npub fn b() {}", ["b"]) == "***\n * x")
        #expect(text("/**\ttab*/\npub fn b() {}", ["b"]) == "tab")
    }

    @Test func cfgAttrWithSeveralAndNestedDocs() {
        let source = """
        #[cfg_attr(doc, doc = "a1", doc = "a2")]
        #[cfg_attr(all(), cfg_attr(unix, doc = "nested"))]
        #[cfg_attr(not(doc), doc = "no")]
        pub fn ca() {}
        """
        #expect(text(source, ["ca"]) == "a1\na2\nnested")
    }

    @Test func tabsAndBlankLines() {
        #expect(text("///\ttabbed\n///  spaced\npub fn t() {}", ["t"]) == "tabbed\n spaced")
        #expect(text("/// \n///   \n/// text\npub fn b() {}", ["b"]) == " \n   \ntext")
        #expect(text("#[doc = \"* a\\n* b\"]\npub fn s() {}", ["s"]) == "* a\n* b")
        #expect(text("#[doc = \"\\n  x\\n  y\"]\npub fn l() {}", ["l"]) == "x\ny")
    }

    @Test func innerAndOuterDocsOfModules() {
        #expect(text("pub mod m {\n    //! inner m\n    #![doc = \"inner raw\"]\n}", ["m"]) == "inner m\ninner raw")
        #expect(text("/// outer\npub mod n {\n    //!   inner n\n}", ["n"]) == "outer\n  inner n")
    }

    @Test func docHiddenAndAliasAreNotText() {
        #expect(text("#[doc(hidden)]\n/// hidden doc\n#[doc(alias = \"zz\")]\npub fn h() {}", ["h"]) == "hidden doc")
    }

    @Test func lineMapFollowsLiteralNewlines() {
        let source = "#[doc = \"one\ntwo\\nthree\"]\n/// four\npub fn f() {}"
        let doc = RustFileScanner(cfg: .rustdocDefault).scan(SourceFile(path: "t.rs", text: source)).docComments.first
        #expect(doc?.text == "one\ntwo\nthree\nfour")
        #expect(doc?.lineMap == [1, 2, 2, 3])
        #expect(doc?.rustdocBaseLine == 1)
    }
}
