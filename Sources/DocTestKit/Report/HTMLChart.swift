/// The pictures of the HTML page: the headline tiles and the per-subsystem chart (inline SVG).
enum HTMLChart {
    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(part * 100 / whole)%"
    }

    static func tile(_ id: String, _ title: String, _ value: String, _ detail: String, status: String) -> String {
        "<div class=\"tile \(status)\" id=\"tile-\(id)\"><div class=\"tile-title\">\(title)</div>"
            + "<div class=\"tile-value\">\(value)</div><div class=\"tile-detail\">\(detail)</div></div>"
    }

    static func tiles(_ summary: ReportSummary) -> String {
        let t = summary.total
        var out = "<div class=\"tiles\">"
        out += tile("kunit", "Doctests run by KUnit", "\(t.kunitRun)",
                    "of \(t.total) doctests · \(t.kunitCompiledOnly) compiled only", status: t.kunitRun > 0 ? "ok" : "bad")
        let helpers = summary.helpersAnnotated + summary.helpersNotAnnotated
        if summary.analysis.helpers == nil {
            out += tile("helpers", "<code>__rust_helper</code>", "–", "not checked (libclang missing)", status: "warn")
        } else {
            out += tile("helpers", "<code>__rust_helper</code>", percent(summary.helpersAnnotated, helpers),
                        "\(summary.helpersAnnotated) of \(helpers) helpers annotated", status: summary.helpersNotAnnotated == 0 ? "ok" : "warn")
        }
        let e = summary.count(.error), w = summary.count(.warning), n = summary.count(.note)
        out += tile("findings", "Findings",
                    "<span class=\"sev-error\">\(e)</span> <span class=\"sev-warning\">\(w)</span> <span class=\"sev-note\">\(n)</span>",
                    "\(e) errors · \(w) warnings · \(n) notes", status: e > 0 ? "bad" : w > 0 ? "warn" : "ok")
        out += tile("examples", "Public items with an example", percent(t.publicItemsWithExample, t.publicItems),
                    "\(t.publicItemsWithExample) of \(t.publicItems) public items", status: "info")
        if let c = summary.comparison {
            out += tile("changes", "Since <code>\(HTMLReport.escape(c.oldPath.split(separator: "/").last.map(String.init) ?? c.oldPath))</code>",
                        "+\(c.newFindings.count) / −\(c.fixedFindings.count)",
                        "findings new / fixed · doctests +\(c.addedDoctests.count) −\(c.removedDoctests.count)",
                        status: c.newFindings.isEmpty ? "ok" : "bad")
        }
        return out + "</div>\n"
    }

    /// Kinds stacked in each bar, with their colours.
    static let kinds: [(kind: DoctestKind, label: String, colour: String)] = [
        (.runnable, "runs", "#2e7d32"), (.noRun, "no_run", "#1976d2"), (.ignore, "ignore", "#9e9e9e"),
        (.compileFail, "compile_fail", "#8e24aa"), (.shouldPanic, "should_panic", "#e65100"),
    ]

    /// One `<g class="bar">` per subsystem: its doctests stacked by kind, then the share of its
    /// public items with an example. Each bar carries its counts (`data-doctests`, `data-<kind>`,
    /// `data-public-items`, `data-with-example`) and a `<title>` tooltip.
    static func subsystems(_ rows: [SubsystemRow]) -> String {
        var out = "<section id=\"chart\"><h2>Doctests and example coverage per subsystem</h2>\n"
        out += "<p>A subsystem is the first three components of a file's directory (<code>rust/kernel/sync</code>, <code>drivers/gpu/nova-core</code>); vendored crates left out. Left: doctests by kind; right: public items with a doc example.</p>\n"
        guard !rows.isEmpty else { return out + "<p>None.</p></section>\n" }
        let width = 1200, label = 250, barStart = 255, barWidth = 600, coverageStart = 960, coverageWidth = 140, rowHeight = 18, top = 24
        let maxDoctests = max(1, rows.map(\.counts.total).max() ?? 1)
        let height = top + rows.count * rowHeight + 4
        out += "<svg id=\"subsystem-chart\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"doctests per subsystem\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        var x = barStart
        for kind in kinds {
            out += "<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(kind.colour)\"/><text x=\"\(x + 14)\" y=\"13\" class=\"legend\">\(kind.label)</text>"
            x += 24 + kind.label.count * 7
        }
        out += "<text x=\"\(coverageStart)\" y=\"13\" class=\"legend\">pub items with example</text>\n"
        for (index, row) in rows.enumerated() {
            let c = row.counts, y = top + index * rowHeight
            let data = kinds.map { " data-\($0.label.replacingOccurrences(of: "_", with: "-"))=\"\(c[$0.kind])\"" }.joined()
            out += "<g class=\"bar\" data-subsystem=\"\(HTMLReport.escape(row.name))\" data-doctests=\"\(c.total)\"\(data) data-public-items=\"\(c.publicItems)\" data-with-example=\"\(c.publicItemsWithExample)\">"
            out += "<title>\(HTMLReport.escape(row.name)): \(c.total) doctests (" + kinds.map { "\(c[$0.kind]) \($0.label)" }.joined(separator: ", ")
                + "); \(c.publicItemsWithExample) of \(c.publicItems) public items with an example</title>"
            out += "<text x=\"\(label)\" y=\"\(y + 13)\" text-anchor=\"end\" class=\"name\">\(HTMLReport.escape(row.name))</text>"
            var offset = Double(barStart)
            for kind in kinds where c[kind.kind] > 0 {
                let w = Double(barWidth) * Double(c[kind.kind]) / Double(maxDoctests)
                out += "<rect x=\"\(format(offset))\" y=\"\(y + 3)\" width=\"\(format(max(w, 1)))\" height=\"\(rowHeight - 5)\" fill=\"\(kind.colour)\"/>"
                offset += w
            }
            out += "<text x=\"\(format(offset + 4))\" y=\"\(y + 13)\" class=\"value\">\(c.total)</text>"
            let share = c.publicItems == 0 ? 0 : Double(coverageWidth) * Double(c.publicItemsWithExample) / Double(c.publicItems)
            out += "<rect x=\"\(coverageStart)\" y=\"\(y + 3)\" width=\"\(coverageWidth)\" height=\"\(rowHeight - 5)\" class=\"track\"/>"
            out += "<rect x=\"\(coverageStart)\" y=\"\(y + 3)\" width=\"\(format(share))\" height=\"\(rowHeight - 5)\" fill=\"#00897b\"/>"
            out += "<text x=\"\(coverageStart + coverageWidth + 6)\" y=\"\(y + 13)\" class=\"value\">\(c.publicItemsWithExample)/\(c.publicItems)</text></g>\n"
        }
        return out + "</svg></section>\n"
    }

    static func format(_ x: Double) -> String {
        let rounded = (x * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
