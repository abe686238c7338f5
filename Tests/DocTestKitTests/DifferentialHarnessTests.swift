import Testing
@testable import DocTestKit

/// Checks of the differential harness itself, so that a harness bug cannot make the
/// differential suite pass silently.
@Suite("Differential harness")
struct DifferentialHarnessTests {
    @Test func jsonTreeKeepsKeyOrderAndDecodesEscapes() throws {
        let tree = try JSONTree.parse(#"{"b": 1, "a": [true, null, "x\n\"\u00e9\ud83e\udd80"]}"#)
        #expect(tree.keys == ["b", "a"])
        #expect(tree["a"] == .array([.bool(true), .null, .string("x\n\"é🦀")]))
        #expect(tree["b"]?.intValue == 1)
        #expect(throws: JSONTree.ParseError.self) { try JSONTree.parse(#"{"a": 1"#) }
        #expect(throws: JSONTree.ParseError.self) { try JSONTree.parse("[1] x") }
    }

    @Test func kunitgenJSONParsesBackToTheSameFields() throws {
        var attributes = LangString()
        attributes.original = "ignore-x86_64"
        attributes.ignore = .some(["x86_64"])
        let test = Doctest(
            file: "a.rs", line: 5, rustdocLine: 3, itemPath: ["S<T>", "f"], attributes: attributes,
            originalCode: "let x = \"é\";",
            prepared: PreparedCode(crateLevel: "#![allow(unused)]\n", code: "let x = \"é\";",
                                   wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false)))
        let view = try DoctestComparison.rustdocView(of: test)
        #expect(view["line"]?.intValue == 3)
        #expect(view["name"]?.stringValue == "a.rs - S<T>::f (line 3)")
        #expect(view["doctest_attributes"]?["ignore"] == .object([.init(key: "Some", value: .array([.string("x86_64")]))]))
        #expect(view["original_code"]?.stringValue == "let x = \"é\";")
    }

    @Test func comparisonReportsNestedFieldsAndKeyOrder() throws {
        let rustdoc = try JSONTree.parse(#"{"line": 3, "doctest_code": {"code": "a", "wrapper": null}}"#)
        var problems: [String] = []
        DoctestComparison.compare(
            try JSONTree.parse(#"{"line": 3, "doctest_code": {"code": "b", "wrapper": null}}"#), rustdoc,
            path: "", label: "t", into: &problems)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("doctest_code.code") == true)
        problems = []
        DoctestComparison.compare(
            try JSONTree.parse(#"{"doctest_code": {"code": "a", "wrapper": null}, "line": 3}"#), rustdoc,
            path: "", label: "t", into: &problems)
        #expect(problems.count == 1 && problems[0].contains("field order"))
        problems = []
        DoctestComparison.compare(rustdoc, rustdoc, path: "", label: "t", into: &problems)
        #expect(problems.isEmpty)
    }

    @Test func fenceLinesAreRecognisedAfterDocPrefixes() {
        for line in ["/// ```", "//! ~~~rust", "  * ```", "/** ```", "```", "    ```", "/// > ```",
                     "/// - ```", "#[doc = \"```\"]", "#[doc = \"a\\n\\n```\\nlet x = 1;\\n```\"]"] {
            #expect(Fixtures.opensFence(line), "\(line)")
        }
        for line in ["/// text with ``` inline", "/// let x = 1;", "// ```x", "/// \u{a0}```"] {
            #expect(!Fixtures.opensFence(line), "\(line)")
        }
        #expect(Fixtures.isStartLine("///     let indented = 4;", firstCodeLine: "let indented = 4;"))
        #expect(!Fixtures.isStartLine("///", firstCodeLine: "let indented = 4;"))
    }

    @Test func markersFindTheNextFenceAndHonourCfgConditions() {
        let lines = [
            "// kunitgen: rustdoc-line-wrong (why)", "/// text `x`", "/// ```", "/// ```",
            "// kunitgen: rustdoc-line-wrong[CONFIG_X] (why)", "/// ~~~",
            "// kunitgen: rustdoc-line-wrong[not CONFIG_X] (why)", "/// ```",
        ]
        #expect(Fixtures.rustdocWrongLines(lines).map(\.fence) == [3, 8])
        #expect(Fixtures.rustdocWrongLines(lines, cfgs: ["CONFIG_X"]).map(\.fence) == [3, 6])
    }
}
