/// `--format json`: kunitgen's own doctest model, richer than rustdoc's and stable.
///
/// Schema `kunitgen-doctests`, version 1 (a new field may be added without a version bump; a
/// field is never renamed or removed without one):
///
///     { "schema": "kunitgen-doctests", "version": 1,
///       "doctests": [ { "file", "line", "rustdoc_line", "item_path": [..], "name",
///                       "attributes": <rustdoc's doctest_attributes>,
///                       "runnable": bool,          // built and run by a plain test run
///                       "origin": { "kind": "source" } |
///                                 { "kind": "macro_expansion", "macro", "definition_line",
///                                   "invocation_line" },
///                       "original_code", "prepared": <rustdoc's doctest_code> } ],
///       "findings": [ { "file", "line", "column", "severity", "rule", "message" } ] }
public enum DoctestJSON {
    public static let schema = "kunitgen-doctests"
    public static let version = 1

    public static func document(_ result: ExtractionResult) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("version", .int(version)),
            ("doctests", .array(result.doctests.map(entry))),
            ("findings", .array(result.findings.map(finding))),
        ])
    }

    public static func entry(_ test: Doctest) -> JSONValue {
        .object([
            ("file", .string(test.file)),
            ("line", .int(test.line)),
            ("rustdoc_line", .int(test.rustdocLine)),
            ("item_path", .array(test.itemPath.map(JSONValue.string))),
            ("name", .string(test.name)),
            ("attributes", RustdocJSON.attributes(test.attributes)),
            ("runnable", .bool(test.isRunnable)),
            ("origin", origin(test.origin)),
            ("original_code", .string(test.originalCode)),
            ("prepared", RustdocJSON.code(test.prepared)),
        ])
    }

    static func origin(_ origin: DoctestOrigin) -> JSONValue {
        switch origin {
        case .source:
            return .object([("kind", .string("source"))])
        case let .macroExpansion(name, definitionLine, invocationLine):
            return .object([
                ("kind", .string("macro_expansion")),
                ("macro", .string(name)),
                ("definition_line", .int(definitionLine)),
                ("invocation_line", .int(invocationLine)),
            ])
        }
    }

    public static func finding(_ f: Finding) -> JSONValue {
        .object([
            ("file", .string(f.location.path)),
            ("line", .int(f.location.line)),
            ("column", .int(f.location.column)),
            ("severity", .string(f.severity.rawValue)),
            ("rule", .string(f.ruleID)),
            ("message", .string(f.message)),
        ])
    }
}

extension Doctest {
    /// Whether `rustdoc --test` would build *and run* this test on the host: not ignored, not
    /// `no_run`, not `compile_fail`.
    public var isRunnable: Bool {
        attributes.ignore == .none && !attributes.noRun && !attributes.compileFail
    }

    /// `text` format: `path:line: item [attributes]`.
    public var textLine: String {
        var text = Array(file.utf8)
        text.append(UInt8(ascii: ":"))
        text += String(line).utf8
        text += ": ".utf8
        // The item, as rustdoc's test name spells it, without the file and line it repeats.
        let full = name, prefix = file + " - ", suffix = " (line \(line))"
        var item = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
        if item.hasSuffix(suffix) { item.removeLast(suffix.count) } else if item == "(line \(line))" { item = "" }
        text += (item.isEmpty ? "(crate)" : item).utf8
        if !attributes.original.isEmpty {
            text += " [".utf8
            text += attributes.original.utf8
            text.append(UInt8(ascii: "]"))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
