/// Finds the code blocks of a doc comment's Markdown as pulldown-cmark (rustdoc's parser) does.
/// (Stub: to be completed by the Markdown work.)
public enum CodeBlockFinder {
    public static func codeBlocks(in markdown: String) -> [CodeBlock] {
        []
    }
}
