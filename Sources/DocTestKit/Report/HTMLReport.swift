/// `kunitgen report --format html`: one self-contained page (inline CSS, JavaScript and SVG,
/// nothing fetched), triage first:
///
/// 1. headline tiles: doctests run by KUnit, `__rust_helper` compliance, findings by severity,
///    public items with an example (and, with `--compare`, what changed);
/// 2. with `--compare`, the changes since the old report;
/// 3. the findings, error > warning > note, counted per rule (a click on a rule filters), with a
///    filter by severity, rule and path (`?severity=`, `?rule=`, `?path=` set it on load);
/// 4. doctests and example coverage per subsystem, drawn as SVG (`HTMLChart`);
/// 5. the inventory tables, collapsed (`<details>`; printing expands them).
///
/// Every table sorts by a click on a column header (again: reverse order); numbers sort as
/// numbers, severities by rank. `?sort=TABLE:COLUMN` (or `TABLE:COLUMN:desc`; COLUMN 0-based)
/// sorts on load. Text from the tree is HTML-escaped.
public enum HTMLReport {
    public static func render(_ summary: ReportSummary) -> String {
        let tables = summary.tables
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>kunitgen report</title>
            <style>\(HTMLAssets.css)</style>
            </head><body>
            <header><h1>kunitgen report</h1><p class="meta">\(summary.headline.prefix(2).map(inline).joined(separator: "<br>"))</p></header>

            """
        out += HTMLChart.tiles(summary)
        if let comparison = summary.comparison { out += changes(comparison, links: summary.links) }
        if let findings = tables.first(where: { $0.id == "findings" }) { out += triage(summary, findings) }
        out += HTMLChart.subsystems(summary.subsystems)
        out += "<section id=\"inventory\"><h2>Inventory</h2>\n"
        for table in tables where table.id != "findings" {
            out += "<details id=\"details-\(table.id)\"><summary>\(escape(table.title)) <span class=\"count\">(\(table.rows.count))</span></summary>\n"
            out += "<p>\(inline(table.note))</p>\n" + render(table) + "</details>\n"
        }
        out += "</section>\n<script>\(HTMLAssets.script)</script>\n</body></html>\n"
        return out
    }

    static func changes(_ comparison: ReportComparison, links: SourceLinks) -> String {
        var out = "<section id=\"changes\"><h2>Changes since <code>\(escape(comparison.oldPath))</code></h2>\n"
        out += "<p class=\"changes\">\(escape(comparison.headline))</p>\n"
        let totals = comparison.changedTotals
        if !totals.isEmpty { out += "<ul class=\"deltas\">" + totals.map { "<li>\(inline($0))</li>" }.joined() + "</ul>\n" }
        for table in comparison.tables(links) where !table.rows.isEmpty {
            let open = table.id == "new-findings" ? " open" : ""
            out += "<details id=\"details-\(table.id)\"\(open)><summary>\(escape(table.title)) <span class=\"count\">(\(table.rows.count))</span></summary>\n"
            out += "<p>\(inline(table.note))</p>\n" + render(table) + "</details>\n"
        }
        return out + "</section>\n"
    }

    static func triage(_ summary: ReportSummary, _ findings: ReportTable) -> String {
        var out = "<section id=\"triage\"><h2>Findings <span class=\"count\">(\(findings.rows.count))</span></h2>\n"
        guard !findings.rows.isEmpty else { return out + "<p>None.</p></section>\n" }
        let rules = summary.findingsByRule
        out += "<div class=\"rules\">"
        for rule in rules {
            out += "<button type=\"button\" class=\"chip sev-\(rule.severity.rawValue)\" data-rule=\"\(escape(rule.rule))\" title=\"\(escape(CheckRules.rule(rule.rule)?.description ?? rule.rule))\">"
                + "\(escape(rule.rule)) <b>\(rule.count)</b></button>"
        }
        out += "</div>\n<div class=\"filters\"><label>severity <select id=\"filter-severity\"><option value=\"\">all</option>"
        for severity in [Severity.error, .warning, .note] where summary.count(severity) > 0 {
            out += "<option value=\"\(severity.rawValue)\">\(severity.rawValue) (\(summary.count(severity)))</option>"
        }
        out += "</select></label> <label>rule <select id=\"filter-rule\"><option value=\"\">all</option>"
        for rule in Set(rules.map(\.rule)).sorted() { out += "<option value=\"\(escape(rule))\">\(escape(rule))</option>" }
        out += "</select></label> <label>path <input id=\"filter-path\" type=\"search\" placeholder=\"rust/kernel/sync\"></label>"
        out += " <span id=\"filter-count\"></span> <button type=\"button\" id=\"filter-clear\">clear</button></div>\n"
        return out + render(findings) + "</section>\n"
    }

    static func render(_ table: ReportTable) -> String {
        guard !table.rows.isEmpty else { return "<p>None.</p>\n" }
        var out = "<div class=\"wide\"><table id=\"\(table.id)\" class=\"sortable\"><thead><tr>"
        for (index, header) in table.headers.enumerated() {
            out += "<th data-column=\"\(index)\" title=\"sort\">\(escape(header))</th>"
        }
        out += "</tr></thead><tbody>\n"
        for (index, row) in table.rows.enumerated() {
            let data = index < table.rowData.count ? table.rowData[index] : [:]
            if data.isEmpty {
                out += "<tr>"
            } else {
                let severity = data["severity"].map { " class=\"sev-\(escape($0))\"" } ?? ""
                out += "<tr\(severity)" + data.keys.sorted().map { " data-\($0)=\"\(escape(data[$0]!))\"" }.joined() + ">"
            }
            for cell in row {
                let key = cell.number.map { " data-sort=\"\($0)\"" } ?? ""
                var classes: [String] = []
                if cell.number != nil && Int(cell.text) != nil { classes.append("num") }
                if cell.number != nil && Int(cell.text) == nil { classes.append("sev") }
                let cls = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                var text = cell.code && !cell.text.isEmpty ? "<code>\(escape(cell.text))</code>" : inline(cell.text)
                if let link = cell.link { text = "<a href=\"\(escape(link))\">\(text)</a>" }
                out += "<td\(key)\(cls)>\(text)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    /// Escaped text with Markdown-style `code` spans (as the messages write them) shown as code.
    static func inline(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        // An odd number of backticks: not spans, plain text.
        guard parts.count > 1, parts.count % 2 == 1 else { return escape(text) }
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\(escape(String($0.element)))</code>" : escape(String($0.element)) }.joined()
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
