/// JSON and renderer set-up for `kunitgen helpers`, shared by the CLI and tests.
public enum HelperReport {
    public static func json(_ function: HelperFunction) -> JSONValue {
        .object([
            ("file", .string(function.file)), ("line", .int(function.line)), ("column", .int(function.column)),
            ("name", .string(function.name)), ("annotated", .bool(function.annotated)),
            ("annotation_position", .string(function.annotationPosition.rawValue)),
            ("static", .bool(function.isStatic)), ("definition", .bool(function.isDefinition)),
            ("condition", function.condition.map(JSONValue.string) ?? .null), ("active", .bool(function.active)),
            ("origin", .string(function.origin.rawValue)), ("macro", function.macro.map(JSONValue.string) ?? .null),
            ("expanded_from", function.expandedFrom.map(JSONValue.string) ?? .null),
            ("declaration_line", .int(function.declarationLine)), ("declaration_column", .int(function.declarationColumn)),
            ("fixable", .bool(function.fixable)),
            ("declaration", .string(function.declaration)),
        ])
    }

    /// Every function of every helper file, for `--format json`.
    public static func extraJSON(_ scan: HelperScanResult) -> [(String, JSONValue)] {
        [("helpers", .array(scan.functions.map(json)))]
    }

    public static var renderer: FindingRenderer {
        FindingRenderer(rules: HelperChecker.allRules.map { FindingRenderer.RuleInfo(id: $0.id, description: $0.description) })
    }
}
