/// rustdoc's `map_line(..).for_code()` (`src/librustdoc/html/markdown.rs`): how one line of a
/// code block reads in the doctest. Lines are trimmed of Unicode `White_Space` (Rust's
/// `str::trim`) only to classify them:
/// - `## x` (after trimming) is shown with its first `##` turned into `#` (indentation kept);
/// - `# x` is hidden from the docs but kept in the test as the trimmed `x`;
/// - a lone `#` becomes an empty line;
/// - anything else (`#[attr]`, `#![attr]`, `#x`, `#\tx`) is kept unchanged.
enum HiddenLines {
    static func codeLine(_ line: Substring) -> Substring {
        // Compared as Unicode scalars (Rust compares bytes): a combining mark after `# ` must
        // not merge with the space into one Swift `Character`.
        let trimmed = trimRustWhitespace(line).unicodeScalars
        if trimmed.starts(with: "##".unicodeScalars) {
            let scalars = line.unicodeScalars
            guard let hash = scalars.firstIndex(of: "#") else { return line }
            let second = scalars.index(after: hash)
            return Substring(scalars[..<second]) + Substring(scalars[scalars.index(after: second)...])
        }
        if trimmed.starts(with: "# ".unicodeScalars) { return Substring(trimmed.dropFirst(2)) }
        if trimmed.elementsEqual("#".unicodeScalars) { return "" }
        return line
    }

    /// The block text (lines joined by "\n") with every line mapped.
    static func codeText(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(codeLine)
            .joined(separator: "\n")
    }

    /// Rust's `str::trim`: strips characters with the Unicode `White_Space` property.
    static func trimRustWhitespace(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[first...last])
    }
}
