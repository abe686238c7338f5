/// `kunitgen report --format md`: GitHub-flavoured Markdown (pipe tables), readable as plain text.
public enum MarkdownReport {
    public static func render(_ summary: ReportSummary) -> String {
        var out = "# kunitgen report\n\n"
        for line in summary.headline { out += "- \(line)\n" }
        for table in summary.tables {
            out += "\n## \(table.title)\n\n\(table.note)\n\n"
            guard !table.rows.isEmpty else { out += "None.\n"; continue }
            out += "| " + table.headers.map(escape).joined(separator: " | ") + " |\n"
            out += "|" + table.headers.map { _ in "---|" }.joined() + "\n"
            for row in table.rows {
                out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    static func cell(_ cell: ReportTable.Cell) -> String {
        guard cell.code, !cell.text.isEmpty else { return escape(cell.text) }
        // A code span long enough to hold any backtick run inside it; `|` still ends a table cell.
        var longest = 0, run = 0
        for c in cell.text { if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = cell.text.hasPrefix("`") || cell.text.hasSuffix("`") ? " " : ""
        return fence + pad + cell.text.replacingOccurrences(of: "|", with: "\\|") + pad + fence
    }

    /// Table text: no line breaks, `|` escaped, `<` kept from starting HTML.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
