/// `--format rustdoc-json`: the schema of `rustdoc -Zunstable-options --output-format=doctest`
/// (format_version 2), field for field and in rustdoc's order. Lines are kunitgen's true lines;
/// where rustdoc's own line is wrong the two outputs differ exactly there (see `Doctest.rustdocLine`).
public enum RustdocJSON {
    public static let formatVersion = 2

    public static func document(_ doctests: [Doctest]) -> JSONValue {
        .object([
            ("format_version", .int(formatVersion)),
            ("doctests", .array(doctests.map(entry))),
        ])
    }

    public static func entry(_ test: Doctest) -> JSONValue {
        .object([
            ("file", .string(test.file)),
            ("line", .int(test.line)),
            ("doctest_attributes", attributes(test.attributes)),
            ("original_code", .string(test.originalCode)),
            ("doctest_code", code(test.prepared)),
            ("name", .string(test.name)),
        ])
    }

    public static func attributes(_ a: LangString) -> JSONValue {
        let ignore: JSONValue
        switch a.ignore {
        case .none: ignore = .string("None")
        case .all: ignore = .string("All")
        case .some(let targets): ignore = .object([("Some", .array(targets.map(JSONValue.string)))])
        }
        return .object([
            ("original", .string(a.original)),
            ("should_panic", .bool(a.shouldPanic)),
            ("no_run", .bool(a.noRun)),
            ("ignore", ignore),
            ("rust", .bool(a.rust)),
            ("test_harness", .bool(a.testHarness)),
            ("compile_fail", .bool(a.compileFail)),
            ("standalone_crate", .bool(a.standaloneCrate)),
            ("error_codes", .array(a.errorCodes.map(JSONValue.string))),
            ("edition", a.edition.map(JSONValue.string) ?? .null),
            ("added_css_classes", .array(a.addedClasses.map(JSONValue.string))),
            ("unknown", .array(a.unknown.map(JSONValue.string))),
        ])
    }

    public static func code(_ p: PreparedCode) -> JSONValue {
        if p.parseFailed { return .null }
        return .object([
            ("crate_level", .string(p.crateLevel)),
            ("code", .string(p.code)),
            ("wrapper", p.wrapper.map { w in
                .object([
                    ("before", .string(w.before)),
                    ("after", .string(w.after)),
                    ("returns_result", .bool(w.returnsResult)),
                ])
            } ?? .null),
        ])
    }
}
