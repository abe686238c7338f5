/// Prepares a doctest's code the way rustdoc 1.95 does (`doctest/make.rs`:
/// `DocTestBuilder::new` + `generate_unique_doctest`), giving the `doctest_code` of its JSON.
public struct DoctestBuilder: Sendable {
    public var crateName: String
    public var edition: String

    public init(crateName: String, edition: String) {
        self.crateName = crateName
        self.edition = edition
    }

    /// rustdoc's `original_code`: every line of the block mapped by `map_line(..).for_code()`
    /// (see `HiddenLines`), joined with "\n".
    public func originalCode(fromBlockText text: String) -> String {
        HiddenLines.codeText(text)
    }

    /// `testAttributes`: the `doc(test(attr(..)))` in scope (`DocComment.testAttributes`).
    public func prepare(originalCode: String, attributes: LangString, testAttributes: [String] = []) -> PreparedCode {
        guard let parts = DoctestPartition.partition(originalCode, crateName: crateName) else {
            // rustdoc passes code it cannot parse through unchanged (its JSON says `null`).
            return PreparedCode(crateLevel: "", code: originalCode, wrapper: nil, parseFailed: true)
        }
        // Any `doc(test(attr(..)))` in scope replaces the default `#![allow(unused)]`.
        // (`doc(test(no_crate_inject))` is ignored by `--output-format=doctest`.)
        var crateLevel = testAttributes.isEmpty
            ? "#![allow(unused)]\n" : testAttributes.map { "#![\($0)]\n" }.joined()
        for part in [parts.crateAttrs, parts.maybeCrateAttrs, parts.crates] where !part.isEmpty {
            crateLevel += part
            if part.utf8.last != UInt8(ascii: "\n") { crateLevel += "\n" }
        }
        // rustdoc's own comment: "terribly inaccurate": any occurrence of the name counts.
        if !parts.alreadyHasExternCrate, crateName != "std", !crateName.isEmpty,
           Self.contains(originalCode.utf8, crateName.utf8) {
            crateLevel += "#[allow(unused_extern_crates)]\nextern crate r#\(crateName);\n"
        }
        let code = String(HiddenLines.trimRustWhitespace(Substring(parts.everythingElse)))
        if attributes.testHarness || parts.hasMainFn || Self.contains(crateLevel.utf8, "![no_std]".utf8) {
            return PreparedCode(crateLevel: crateLevel, code: code, wrapper: nil)
        }
        if code.utf8.reversed().starts(with: "(())".utf8.reversed()) {
            return PreparedCode(crateLevel: crateLevel, code: code, wrapper: .init(
                before: "fn main() { fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {\n",
                after: "\n} _inner().unwrap() }", returnsResult: true))
        }
        return PreparedCode(crateLevel: crateLevel, code: code,
                            wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false))
    }

    /// Byte-wise substring test (Rust's `str::contains`), without Unicode normalisation.
    static func contains(_ haystack: String.UTF8View, _ needle: String.UTF8View) -> Bool {
        let h = Array(haystack), n = Array(needle)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        outer: for i in 0...(h.count - n.count) {
            for j in 0..<n.count where h[i + j] != n[j] { continue outer }
            return true
        }
        return false
    }
}
