/// `--compare`'s section, as tables (Markdown and HTML) and as the JSON `comparison` object.
extension ReportComparison {
    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }

    /// "doctests: 120 → 121 (+1)" for each total that changed.
    public var changedTotals: [String] {
        totals.filter { $0.old != $0.new }.map { "\($0.name): \($0.old) → \($0.new) (\(Self.signed($0.new - $0.old)))" }
    }

    func tables(_ links: SourceLinks) -> [ReportTable] {
        func findingRows(_ findings: [Finding]) -> [[ReportTable.Cell]] {
            findings.map { f in
                [ReportTable.Cell.location(f.location.path, f.location.line, links), .severity(f.severity), .code(f.ruleID), .text(f.message)]
            }
        }
        func doctestRows(_ doctests: [OldReport.Doctest], _ links: SourceLinks) -> [[ReportTable.Cell]] {
            doctests.map { [.location($0.file, $0.line, links), .code($0.item.isEmpty ? "(crate)" : $0.item), .text($0.kind)] }
        }
        let findingHeaders = ["location", "severity", "rule", "message"]
        return [
            ReportTable(id: "new-findings", title: "New findings", note: "In this tree, not in `\(oldPath)` (matched by rule, path and message).",
                        headers: findingHeaders, rows: findingRows(newFindings)),
            ReportTable(id: "fixed-findings", title: "Fixed findings", note: "In `\(oldPath)`, no longer reported (lines are the old report's).",
                        headers: findingHeaders, rows: findingRows(fixedFindings)),
            ReportTable(id: "added-doctests", title: "Doctests added", note: "Matched by file, item path and kind.",
                        headers: ["location", "item", "kind"], rows: doctestRows(addedDoctests, links)),
            ReportTable(id: "removed-doctests", title: "Doctests removed", note: "Lines are the old report's.",
                        headers: ["location", "item", "kind"], rows: doctestRows(removedDoctests, SourceLinks(template: nil))),
            ReportTable(id: "subsystem-deltas", title: "Coverage by subsystem", note: "Subsystems whose doctests or example coverage changed.",
                        headers: ["subsystem", "doctests before", "doctests now", "Δ doctests", "pub items with example before", "now", "pub items now"],
                        rows: subsystems.map { s in
                            [.code(s.name), .int(s.old.total), .int(s.new.total), .int(s.new.total - s.old.total),
                             .int(s.old.publicItemsWithExample), .int(s.new.publicItemsWithExample), .int(s.new.publicItems)]
                        }),
        ]
    }

    func json(_ links: SourceLinks) -> JSONValue {
        func finding(_ f: Finding, _ links: SourceLinks) -> JSONValue {
            .object([("file", .string(f.location.path)), ("line", .int(f.location.line)), ("severity", .string(f.severity.rawValue)),
                     ("rule", .string(f.ruleID)), ("message", .string(f.message)), ("url", ReportJSON.url(links, f.location.path, f.location.line))])
        }
        func doctest(_ d: OldReport.Doctest, _ links: SourceLinks) -> JSONValue {
            .object([("file", .string(d.file)), ("line", .int(d.line)), ("item", .string(d.item)), ("kind", .string(d.kind)),
                     ("url", ReportJSON.url(links, d.file, d.line))])
        }
        let none = SourceLinks(template: nil)
        return .object([
            ("against", .string(oldPath)),
            ("new_findings", .array(newFindings.map { finding($0, links) })),
            ("fixed_findings", .array(fixedFindings.map { finding($0, none) })),
            ("doctests_added", .array(addedDoctests.map { doctest($0, links) })),
            ("doctests_removed", .array(removedDoctests.map { doctest($0, none) })),
            ("totals", .object(zip(Self.deltaKeys, totals).map { key, delta in
                (key.key, .object([("old", .int(delta.old)), ("new", .int(delta.new)), ("delta", .int(delta.new - delta.old))]))
            })),
            ("subsystems", .array(subsystems.map { s in
                .object([("name", .string(s.name)), ("doctests_old", .int(s.old.total)), ("doctests_new", .int(s.new.total)),
                         ("public_items_old", .int(s.old.publicItems)), ("public_items_new", .int(s.new.publicItems)),
                         ("public_items_with_example_old", .int(s.old.publicItemsWithExample)),
                         ("public_items_with_example_new", .int(s.new.publicItemsWithExample))])
            })),
        ])
    }
}
