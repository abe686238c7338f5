import Foundation

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
        prepare(originalCode: originalCode, bytes: Array(originalCode.utf8), attributes: attributes,
                testAttributes: testAttributes)
    }

    /// The same, given the code's UTF-8 `bytes` too. Works on bytes (as rustdoc does) and
    /// decodes each output string once.
    func prepare(originalCode: String, bytes: [UInt8], attributes: LangString, testAttributes: [String]) -> PreparedCode {
        guard let parts = DoctestPartition.partition(bytes, crateName: crateName) else {
            // rustdoc passes code it cannot parse through unchanged (its JSON says `null`).
            return PreparedCode(crateLevel: "", code: originalCode, wrapper: nil, parseFailed: true)
        }
        // Any `doc(test(attr(..)))` in scope replaces the default `#![allow(unused)]`.
        // (`doc(test(no_crate_inject))` is ignored by `--output-format=doctest`.)
        var crateLevel: [UInt8] = []
        if testAttributes.isEmpty {
            crateLevel += "#![allow(unused)]\n".utf8
        }
        for attribute in testAttributes {
            crateLevel += "#![".utf8
            crateLevel += attribute.utf8
            crateLevel += "]\n".utf8
        }
        for part in [parts.crateAttrs, parts.maybeCrateAttrs, parts.crates] where !part.isEmpty {
            crateLevel += part
            if part.last != UInt8(ascii: "\n") { crateLevel.append(UInt8(ascii: "\n")) }
        }
        // rustdoc's own comment: "terribly inaccurate": any occurrence of the name counts.
        if !parts.alreadyHasExternCrate, crateName != "std", !crateName.isEmpty, Self.contains(bytes, crateName.utf8) {
            crateLevel += "#[allow(unused_extern_crates)]\nextern crate r#".utf8
            crateLevel += crateName.utf8
            crateLevel += ";\n".utf8
        }
        let (lo, hi) = HiddenLines.trimmedBounds(parts.everythingElse, 0, parts.everythingElse.count)
        let codeBytes = parts.everythingElse[lo..<hi]
        let level = String(decoding: crateLevel, as: UTF8.self)
        let code = String(decoding: codeBytes, as: UTF8.self)
        if attributes.testHarness || parts.hasMainFn || Self.contains(crateLevel, "![no_std]".utf8) {
            return PreparedCode(crateLevel: level, code: code, wrapper: nil)
        }
        if codeBytes.reversed().starts(with: "(())".utf8.reversed()) {
            return PreparedCode(crateLevel: level, code: code, wrapper: .init(
                before: "fn main() { fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {\n",
                after: "\n} _inner().unwrap() }", returnsResult: true))
        }
        return PreparedCode(crateLevel: level, code: code,
                            wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false))
    }

    /// Byte-wise substring test (Rust's `str::contains`), without Unicode normalisation.
    static func contains<N: Collection<UInt8>>(_ haystack: [UInt8], _ needle: N) -> Bool {
        if let found = needle.withContiguousStorageIfAvailable({ contains(haystack, $0) }) { return found }
        return Array(needle).withUnsafeBufferPointer { contains(haystack, $0) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress, let start = needle.baseAddress else { return false }
            let last = h.count - needle.count
            var i = 0
            while i <= last, let hit = memchr(base + i, Int32(first), last + 1 - i) {
                let k = UnsafeRawPointer(base).distance(to: hit)
                if memcmp(base + k, start, needle.count) == 0 { return true }
                i = k + 1
            }
            return false
        }
    }
}
