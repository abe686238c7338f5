/// `kunitgen report --format json`.
///
/// Schema `kunitgen-report`, version 1 (a field may be added without a version bump; a field is
/// never renamed or removed, nor its meaning changed, without one):
///
///     { "schema": "kunitgen-report", "version": 1,
///       "srctree": string, "configuration": string, "files_scanned": int,
///       "summary": <counts> + { "helpers_annotated", "helpers_not_annotated": int,
///                               "helpers_checked": bool,
///                               "findings": { "error", "warning", "note": int } },
///       "crates": [ { "name", "root", "runner": "kunit" | "host-rusttest" | "upstream" | "never",
///                     "files": [path], <counts> } ],
///       "files": [ { "path", "crate", "runner", <counts> } ],
///       "findings": [ { "file", "line", "column", "severity", "rule", "message", "fix": string|null } ],
///       "doctests": [ { "file", "line", "rustdoc_line", "item_path": [string], "name",
///                       "crate", "runner", "kind": "runnable"|"no_run"|"ignore"|"compile_fail"|"should_panic",
///                       "attributes": string (the info string), "from_macro": bool,
///                       "kunit_name": string|null,
///                       "kunit": "run"|"compiled-only"|"excluded"|null (null: not the kernel crate) } ],
///       "items": [ { "file", "line", "item_path": [string], "kind", "public", "documented",
///                    "has_example": bool } ] }
///
/// `<counts>` is `{ "doctests", "runnable", "no_run", "ignore", "compile_fail", "should_panic",
/// "from_macros", "kunit_run", "kunit_compiled_only", "public_items", "public_items_documented",
/// "public_items_with_example": int }`. Paths are relative to `srctree`. Arrays keep the tree's
/// order (crates: kernel, macros, pin-init, then the others by root path; files in walk order).
public enum ReportJSON {
    public static let schema = "kunitgen-report"
    public static let version = 1

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
            ("findings", .array(summary.findings.map(FindingRenderer.json))),
            ("doctests", .array(a.doctests.map(doctest))),
            ("items", .array(a.items.map { item in
                .object([("file", .string(item.file)), ("line", .int(item.item.line)),
                         ("item_path", .array(item.item.itemPath.map(JSONValue.string))), ("kind", .string(item.item.kind.rawValue)),
                         ("public", .bool(item.item.isPublic)), ("documented", .bool(item.item.hasDocs)),
                         ("has_example", .bool(item.hasExample))])
            })),
        ])
    }

    static func counts(_ c: DoctestCounts) -> [(String, JSONValue)] {
        [("doctests", .int(c.total)), ("runnable", .int(c[.runnable])), ("no_run", .int(c[.noRun])), ("ignore", .int(c[.ignore])),
         ("compile_fail", .int(c[.compileFail])), ("should_panic", .int(c[.shouldPanic])), ("from_macros", .int(c.fromMacros)),
         ("kunit_run", .int(c.kunitRun)), ("kunit_compiled_only", .int(c.kunitCompiledOnly)),
         ("public_items", .int(c.publicItems)), ("public_items_documented", .int(c.publicItemsDocumented)),
         ("public_items_with_example", .int(c.publicItemsWithExample))]
    }

    static func doctest(_ entry: InventoryEntry) -> JSONValue {
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
        ])
    }
}
