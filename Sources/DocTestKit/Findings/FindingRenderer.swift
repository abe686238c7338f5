import Foundation

/// Output formats every checking command offers.
public enum FindingFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github
}

/// The one place findings become output and an exit status, for `helpers` and later `check`/`report`.
public struct FindingRenderer: Sendable {
    public struct RuleInfo: Sendable {
        public var id: String
        public var description: String
        public init(id: String, description: String) { self.id = id; self.description = description }
    }

    public var toolName = "kunitgen"
    public var toolVersion = KunitgenVersion.package
    public var informationURI = "https://rust-for-linux.com"
    /// Described in SARIF's `tool.driver.rules`.
    public var rules: [RuleInfo]

    public init(rules: [RuleInfo] = []) { self.rules = rules }

    /// Rules that mean the tool could not do its job (bad arguments, unreadable input, no libclang)
    /// rather than that it found something: they make the exit status 2.
    public static let toolErrorRuleIDs: Set<String> = [
        "usage-error", "io-error", "libclang-missing", "compile-commands-invalid", "config-invalid",
    ]

    /// 0 nothing but notes, 1 warnings or errors found, 2 the tool could not run properly.
    public static func exitCode(for findings: [Finding]) -> Int32 {
        if findings.contains(where: { toolErrorRuleIDs.contains($0.ruleID) }) { return 2 }
        return findings.contains { $0.severity >= .warning } ? 1 : 0
    }

    /// - Parameter extra: fields put before `findings` in the JSON form (e.g. the helpers found).
    public func render(_ findings: [Finding], format: FindingFormat, extra: [(String, JSONValue)] = []) -> String {
        switch format {
        case .text: return text(findings)
        case .json: return JSONValue.object(extra + [("findings", .array(findings.map(Self.json)))]).pretty + "\n"
        case .sarif: return sarif(findings).pretty + "\n"
        case .github: return findings.map(Self.github).map { $0 + "\n" }.joined()
        }
    }

    /// gcc style, one line per finding, the suggested fix on an indented line after it.
    func text(_ findings: [Finding]) -> String {
        var out = ""
        for finding in findings {
            out += finding.gccStyle + "\n"
            if let fix = finding.fix { out += "    fix: \(fix)\n" }
        }
        return out
    }

    public static func json(_ finding: Finding) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("file", .string(finding.location.path)), ("line", .int(finding.location.line)),
            ("column", .int(finding.location.column)), ("severity", .string(finding.severity.rawValue)),
            ("rule", .string(finding.ruleID)), ("message", .string(finding.message)),
        ]
        fields.append(("fix", finding.fix.map(JSONValue.string) ?? .null))
        return .object(fields)
    }

    func sarif(_ findings: [Finding]) -> JSONValue {
        let results: [JSONValue] = findings.map { finding in
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleID)),
                ("level", .string(finding.severity.rawValue)),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(finding.location.path))])),
                    ("region", .object([("startLine", .int(max(1, finding.location.line))),
                                        ("startColumn", .int(max(1, finding.location.column)))])),
                ]))])])),
            ]
            if let fix = finding.fix { fields.append(("properties", .object([("fix", .string(fix))]))) }
            return .object(fields)
        }
        let ruleObjects: [JSONValue] = rules.map {
            .object([("id", .string($0.id)), ("shortDescription", .object([("text", .string($0.description))]))])
        }
        let driver: JSONValue = .object([
            ("name", .string(toolName)), ("version", .string(toolVersion)),
            ("informationUri", .string(informationURI)), ("rules", .array(ruleObjects)),
        ])
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([("tool", .object([("driver", driver)])), ("results", .array(results))])])),
        ])
    }

    /// A GitHub Actions workflow command: `::warning file=..,line=..,col=..,title=..::message`.
    static func github(_ finding: Finding) -> String {
        let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
        var message = finding.message
        if let fix = finding.fix { message += "\nfix: " + fix }
        return "::\(command) file=\(property(finding.location.path)),line=\(finding.location.line),"
            + "col=\(finding.location.column),title=\(property(finding.ruleID))::\(data(message))"
    }

    private static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
