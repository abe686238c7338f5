/// The source line under a diagnostic and a caret at its column, as rustc, clang and sparse print
/// them (` 63 | let x = 1;` / `    |     ^`). Files are read once each, bounded like every input;
/// a line that cannot be read gives no snippet.
struct SourceSnippets {
    let root: String?
    private var files: [String: [Substring]?] = [:]

    init(root: String?) { self.root = root }

    mutating func snippet(for location: SourceLocation) -> String? {
        guard let root, location.line >= 1 else { return nil }
        if files[location.path] == nil {
            let path = location.path.hasPrefix("/") ? location.path : root + "/" + location.path
            let text = (try? SourceFile.read(path: path))?.text
            files[location.path] = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        }
        guard let lines = files[location.path] ?? nil, location.line <= lines.count else { return nil }
        let line = Finding.escaped(String(lines[location.line - 1]).replacingOccurrences(of: "\t", with: "    "))
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        // The column counts characters of the original line; tabs were widened to four.
        let original = lines[location.line - 1]
        var caret = 0
        for (index, character) in original.enumerated() where index < location.column - 1 { caret += character == "\t" ? 4 : 1 }
        return " \(number) | \(line)\n \(gutter) | \(String(repeating: " ", count: caret))^\n"
    }
}
