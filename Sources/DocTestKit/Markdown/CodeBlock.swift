/// A code block found in a doc comment's Markdown.
public struct CodeBlock: Hashable, Sendable {
    /// 0-based line of the joined doc text on which the block starts (the opening fence, or the
    /// first code line of an indented block).
    public var docLine: Int
    /// The fence's info string, trimmed; empty for indented blocks.
    public var info: String
    /// The block's literal content, container prefixes (`> `, list indentation) removed, without
    /// the final newline.
    public var text: String
    public var isFenced: Bool

    public init(docLine: Int, info: String, text: String, isFenced: Bool) {
        self.docLine = docLine
        self.info = info
        self.text = text
        self.isFenced = isFenced
    }
}
