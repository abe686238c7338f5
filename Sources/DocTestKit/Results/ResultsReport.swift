import Foundation

/// JSON and Markdown renderings of doctest results read back from KTAP.
public enum ResultsReport {
    public static func json(_ results: [DoctestResult], findings: [Finding], truncated: Bool) -> JSONValue {
        func location(_ l: SourceLocation?) -> JSONValue {
            l.map { .object([("file", .string($0.path)), ("line", .int($0.line))]) } ?? .null
        }
        return .object([
            ("schema", .string("kunitgen-results")),
            ("version", .int(1)),
            ("truncated", .bool(truncated)),
            ("results", .array(results.map { r in
                .object([
                    ("case", .string(r.caseName)),
                    ("suite", .string(r.suite)),
                    ("status", .string(r.status.rawValue)),
                    ("location", location(r.location)),
                    ("failure", location(r.failure)),
                    ("message", r.message.map(JSONValue.string) ?? .null),
                    ("directive", r.directive.map(JSONValue.string) ?? .null),
                    ("item_path", r.itemPath.map { .array($0.map(JSONValue.string)) } ?? .null),
                ])
            })),
            ("findings", .array(findings.map(DoctestJSON.finding))),
        ])
    }

    public static func markdown(_ results: [DoctestResult], truncated: Bool) -> String {
        var out = "# Doctest results\n\n"
        if truncated { out += "**The log is truncated**: some suites never reported a result.\n\n" }
        out += "| case | status | where | message |\n|---|---|---|---|\n"
        for r in results {
            let place = (r.failure ?? r.location).map { "\($0.path):\($0.line)" } ?? ""
            let message = (r.message ?? r.directive ?? "").replacingOccurrences(of: "|", with: "\\|")
            out += "| `\(r.caseName)` | \(r.status.rawValue) | \(place) | \(message) |\n"
        }
        return out
    }
}
