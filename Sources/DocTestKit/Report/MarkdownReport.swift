/// `kunitgen report --format md`: GitHub-flavoured Markdown (pipe tables), readable as plain text.
/// With `--compare`, what changed comes first, under the headline; with `--source-url`, every
/// `file:line` is a link.
public enum MarkdownReport {
    public static func render(_ summary: ReportSummary) -> String {
        var out = "# kunitgen report\n\n"
        for line in summary.headline { out += "- \(escape(line))\n" }
        if let comparison = summary.comparison {
            out += "\n## Changes since `\(escape(comparison.oldPath))`\n\n- \(comparison.headline)\n"
            for line in comparison.changedTotals { out += "- \(line)\n" }
            for table in comparison.tables(summary.links) where !table.rows.isEmpty { out += render(table, level: "###") }
        }
        let rules = summary.findingsByRule
        if !rules.isEmpty {
            out += "\n## Findings by rule\n\n| rule | severity | findings |\n|---|---|---|\n"
            for rule in rules { out += "| `\(escape(rule.rule))` | \(rule.severity.rawValue) | \(rule.count) |\n" }
        }
        for table in summary.tables { out += render(table, level: "##") }
        return out
    }

    static func render(_ table: ReportTable, level: String) -> String {
        var out = "\n\(level) \(table.title)\n\n\(table.note)\n\n"
        guard !table.rows.isEmpty else { return out + "None.\n" }
        out += "| " + table.headers.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + table.headers.map { _ in "---|" }.joined() + "\n"
        for row in table.rows {
            out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
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
        let code = fence + pad + cell.text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|") + pad + fence
        guard let link = cell.link else { return code }
        return "[\(code)](\(linkTarget(link)))"
    }

    /// A link target that neither ends the link nor the table cell.
    static func linkTarget(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: "|", with: "%7C")
            .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
    }

    /// Table text: no line breaks, `|` escaped, `<` kept from starting HTML.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
