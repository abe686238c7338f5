/// `kunitgen report --format json`.
///
/// Schema `kunitgen-report`, version 2 (a field may be added without a version bump; a field is
/// never renamed or removed, nor its meaning changed, without one):
///
///     { "schema": "kunitgen-report", "version": 2,
///       "srctree": string, "configuration": string, "files_scanned": int,
///       "summary": <counts> + { "helpers_annotated", "helpers_not_annotated": int,
///                               "helpers_checked": bool,
///                               "findings": { "error", "warning", "note": int } },
///       "crates": [ { "name", "root", "runner": "kunit" | "host-rusttest" | "upstream" | "never",
///                     "files": [path], <counts> } ],
///       "files": [ { "path", "crate", "runner", <counts> } ],
///       "subsystems": [ { "name", <counts> } ],
///       "findings": [ { "file", "line", "column", "severity", "rule", "message", "fix": string|null,
///                       "url": string|null } ],
///       "doctests": [ { "file", "line", "rustdoc_line", "item_path": [string], "name",
///                       "crate", "runner", "kind": "runnable"|"no_run"|"ignore"|"compile_fail"|"should_panic",
///                       "attributes": string (the info string), "from_macro": bool,
///                       "kunit_name": string|null,
///                       "kunit": "run"|"compiled-only"|"excluded"|null (null: not the kernel crate),
///                       "url": string|null } ],
///       "items": [ { "file", "line", "item_path": [string], "kind", "public", "documented",
///                    "has_example": bool, "url": string|null } ],
///       "comparison": null | { "against": path of OLD.json,
///           "new_findings", "fixed_findings": [ { "file", "line", "severity", "rule", "message", "url" } ],
///           "doctests_added", "doctests_removed": [ { "file", "line", "item", "kind", "url" } ],
///           "totals": { KEY: { "old", "new", "delta": int } }  (KEY: doctests, kunit_run, runnable,
///                     no_run, ignore, public_items, public_items_with_example, helpers_not_annotated,
///                     findings_error, findings_warning, findings_note),
///           "subsystems": [ { "name", "doctests_old", "doctests_new", "public_items_old",
///                             "public_items_new", "public_items_with_example_old",
///                             "public_items_with_example_new": int } ] } }
///
/// Version 2 (from 1): `url` on every finding, doctest and item (`--source-url`; null without
/// it), `subsystems` (`SubsystemRow`), `comparison` (`--compare OLD.json`; null without it).
/// Findings stay in the tree's order here (the pages sort them by severity). `--compare`
/// reads version 1 and 2 reports.
///
/// `<counts>` is `{ "doctests", "runnable", "no_run", "ignore", "compile_fail", "should_panic",
/// "from_macros", "kunit_run", "kunit_compiled_only", "public_items", "public_items_documented",
/// "public_items_with_example": int }`. Paths are relative to `srctree`. Arrays keep the tree's
/// order (crates: kernel, macros, pin-init, then the others by root path; files in walk order).
public enum ReportJSON {
    public static let schema = "kunitgen-report"
    public static let version = 2

    public static func document(_ summary: ReportSummary) -> JSONValue {
        let a = summary.analysis
        let findingCounts: JSONValue = .object([("error", .int(summary.count(.error))), ("warning", .int(summary.count(.warning))),
                                                ("note", .int(summary.count(.note)))])
        let totals = counts(summary.total) + [
            ("helpers_annotated", .int(summary.helpersAnnotated)), ("helpers_not_annotated", .int(summary.helpersNotAnnotated)),
            ("helpers_checked", .bool(a.helpers != nil)), ("findings", findingCounts),
        ]
        return .object([
            ("schema", .string(schema)), ("version", .int(version)),
            ("srctree", .string(a.srctree)), ("configuration", .string(a.configurationDescription)),
            ("files_scanned", .int(a.filesScanned)),
            ("summary", .object(totals)),
            ("crates", .array(zip(a.crates, summary.crates).map { crate, row in
                .object([("name", .string(crate.name)), ("root", .string(crate.root)), ("runner", .string(crate.runner.rawValue)),
                         ("files", .array(crate.files.map(JSONValue.string)))] + counts(row.counts))
            })),
            ("files", .array(summary.files.map { row in
                .object([("path", .string(row.name)), ("crate", .string(row.crate)), ("runner", .string(row.runner.rawValue))]
                        + counts(row.counts))
            })),
            ("subsystems", .array(summary.subsystems.map { .object([("name", .string($0.name))] + counts($0.counts)) })),
            ("findings", .array(summary.findings.map { finding in
                guard case .object(let fields) = FindingRenderer.json(finding) else { return FindingRenderer.json(finding) }
                return .object(fields + [("url", url(summary.links, finding.location.path, finding.location.line))])
            })),
            ("doctests", .array(a.doctests.map { doctest($0, summary.links) })),
            ("items", .array(a.items.map { item in
                .object([("file", .string(item.file)), ("line", .int(item.item.line)),
                         ("item_path", .array(item.item.itemPath.map(JSONValue.string))), ("kind", .string(item.item.kind.rawValue)),
                         ("public", .bool(item.item.isPublic)), ("documented", .bool(item.item.hasDocs)),
                         ("has_example", .bool(item.hasExample)), ("url", url(summary.links, item.file, item.item.line))])
            })),
            ("comparison", summary.comparison?.json(summary.links) ?? .null),
        ])
    }

    static func counts(_ c: DoctestCounts) -> [(String, JSONValue)] {
        [("doctests", .int(c.total)), ("runnable", .int(c[.runnable])), ("no_run", .int(c[.noRun])), ("ignore", .int(c[.ignore])),
         ("compile_fail", .int(c[.compileFail])), ("should_panic", .int(c[.shouldPanic])), ("from_macros", .int(c.fromMacros)),
         ("kunit_run", .int(c.kunitRun)), ("kunit_compiled_only", .int(c.kunitCompiledOnly)),
         ("public_items", .int(c.publicItems)), ("public_items_documented", .int(c.publicItemsDocumented)),
         ("public_items_with_example", .int(c.publicItemsWithExample))]
    }

    static func url(_ links: SourceLinks, _ path: String, _ line: Int) -> JSONValue {
        links.url(path, line).map(JSONValue.string) ?? .null
    }

    static func doctest(_ entry: InventoryEntry, _ links: SourceLinks) -> JSONValue {
        let kunit: JSONValue
        switch entry.disposition {
        case .run?: kunit = .string("run")
        case .compileOnly?: kunit = .string("compiled-only")
        case .excluded?: kunit = .string("excluded")
        case nil: kunit = .null
        }
        let d = entry.doctest
        return .object([
            ("file", .string(d.file)), ("line", .int(d.line)), ("rustdoc_line", .int(d.rustdocLine)),
            ("item_path", .array(d.itemPath.map(JSONValue.string))), ("name", .string(d.name)),
            ("crate", .string(entry.crate)), ("runner", .string(entry.runner.rawValue)), ("kind", .string(entry.kind.rawValue)),
            ("attributes", .string(d.attributes.original)), ("from_macro", .bool(entry.fromMacro)),
            ("kunit_name", entry.kunitName.map(JSONValue.string) ?? .null), ("kunit", kunit),
            ("url", url(links, d.file, d.line)),
        ])
    }
}
