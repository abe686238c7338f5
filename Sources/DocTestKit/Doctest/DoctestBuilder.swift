/// Prepares a doctest's code the way rustdoc's `doctest/make.rs` does.
/// (Stub: to be completed by the doctest-preparation work.)
public struct DoctestBuilder: Sendable {
    public var crateName: String
    public var edition: String

    public init(crateName: String, edition: String) {
        self.crateName = crateName
        self.edition = edition
    }

    /// rustdoc's `original_code`: the block's lines with hidden-line markers (`# `, `#`) removed
    /// and `##` unescaped.
    public func originalCode(fromBlockText text: String) -> String {
        text
    }

    public func prepare(originalCode: String, attributes: LangString) -> PreparedCode {
        PreparedCode(crateLevel: "#![allow(unused)]\n", code: originalCode,
                     wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false))
    }
}
