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
        /// Why the rule exists and what to do (SARIF `help`).
        public var help: String?
        /// The severity it reports at unless re-graded (SARIF `defaultConfiguration.level`).
        public var defaultLevel: Severity?
        public init(id: String, description: String, help: String? = nil, defaultLevel: Severity? = nil) {
            self.id = id
            self.description = description
            self.help = help
            self.defaultLevel = defaultLevel
        }
    }

    /// How `render` lays findings out beyond the format itself.
    public struct Options: Sendable {
        /// Text: end with checkpatch's `total: N errors, M warnings, K notes` line.
        public var totals = false
        /// A line after the totals (e.g. how many findings a baseline held back).
        public var totalsSuffix: String?
        /// GitHub: findings in these files (relative paths) come first.
        public var changedPaths: Set<String> = []
        /// GitHub: annotations shown per type and step; the rest become log lines and a summary.
        public var githubLimit = 10
        /// Text: the source line and a caret under the column, as compilers print them; paths are
        /// read relative to this directory (nil: no snippets).
        public var snippetRoot: String?
        /// Text: severities in colour (ANSI), as gcc and rustc print them on a terminal.
        public var colour = false
        public init(totals: Bool = false, totalsSuffix: String? = nil, changedPaths: Set<String> = [], githubLimit: Int = 10) {
            self.totals = totals
            self.totalsSuffix = totalsSuffix
            self.changedPaths = changedPaths
            self.githubLimit = githubLimit
        }
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
        "usage-error", "io-error", "libclang-missing", "compile-commands-invalid", "config-invalid", "since-invalid",
    ]

    /// 0 nothing but notes, 1 warnings or errors found, 2 the tool could not run properly.
    public static func exitCode(for findings: [Finding]) -> Int32 {
        if findings.contains(where: { toolErrorRuleIDs.contains($0.ruleID) }) { return 2 }
        return findings.contains { $0.severity >= .warning } ? 1 : 0
    }

    /// - Parameter extra: fields put before `findings` in the JSON form (e.g. the helpers found).
    public func render(_ findings: [Finding], format: FindingFormat, extra: [(String, JSONValue)] = [],
                       options: Options = Options()) -> String {
        switch format {
        case .text: return text(findings, options: options)
        case .json: return JSONValue.object(extra + [("findings", .array(findings.map(Self.json)))]).pretty + "\n"
        case .sarif: return sarif(findings).pretty + "\n"
        case .github: return github(findings, options: options)
        }
    }

    /// gcc style, one line per finding, the suggested fix on an indented line after it.
    func text(_ findings: [Finding], options: Options = Options()) -> String {
        var out = ""
        var snippets = SourceSnippets(root: options.snippetRoot)
        for finding in findings {
            out += options.colour ? Self.coloured(finding) : finding.gccStyle
            out += "\n"
            if let snippet = snippets.snippet(for: finding.location) { out += snippet }
            if let fix = finding.fix { out += "    fix: \(Finding.escaped(fix))\n" }
        }
        if options.totals {
            out += Self.totals(findings) + "\n"
            if let suffix = options.totalsSuffix { out += suffix + "\n" }
        }
        return out
    }

    /// `total: 1 errors, 2 warnings, 47 notes` (checkpatch's wording).
    public static func totals(_ findings: [Finding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        return "total: \(errors) errors, \(warnings) warnings, \(findings.count - errors - warnings) notes"
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
        var ruleIDs = rules.map(\.id)
        var ruleInfos = rules
        // A finding of a rule the renderer was not told about still gets a rule entry.
        for finding in findings where !ruleIDs.contains(finding.ruleID) {
            ruleIDs.append(finding.ruleID)
            ruleInfos.append(RuleInfo(id: finding.ruleID, description: finding.ruleID))
        }
        let index = Dictionary(ruleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let results: [JSONValue] = findings.map { finding in
            let region: JSONValue = .object([("startLine", .int(max(1, finding.location.line))),
                                             ("startColumn", .int(max(1, finding.location.column)))])
            let artifact: JSONValue = .object([("uri", .string(Self.sarifURI(finding.location.path)))])
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleID)),
                ("ruleIndex", .int(index[finding.ruleID] ?? 0)),
                ("level", .string(finding.severity.rawValue)),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifact), ("region", region)]))])])),
                // Stable across line moves: the rule, the file and the message (as the baseline matches).
                ("partialFingerprints", .object([("kunitgen/v1", .string(Self.fingerprint(finding)))])),
            ]
            if let fix = finding.fix {
                // The fix is described in words; the schema wants at least one change, so the change
                // is an empty replacement at the finding (a tool that applies it edits nothing).
                let change: JSONValue = .object([
                    ("artifactLocation", artifact),
                    ("replacements", .array([.object([("deletedRegion", .object([
                        ("startLine", .int(max(1, finding.location.line))), ("startColumn", .int(max(1, finding.location.column))),
                        ("endLine", .int(max(1, finding.location.line))), ("endColumn", .int(max(1, finding.location.column))),
                    ]))])])),
                ])
                fields.append(("fixes", .array([.object([("description", .object([("text", .string(fix))])),
                                                          ("artifactChanges", .array([change]))])])))
                fields.append(("properties", .object([("fix", .string(fix))])))
            }
            return .object(fields)
        }
        let ruleObjects: [JSONValue] = ruleInfos.map { rule in
            var fields: [(String, JSONValue)] = [("id", .string(rule.id)), ("shortDescription", .object([("text", .string(rule.description))]))]
            fields.append(("help", .object([("text", .string(rule.help ?? rule.description))])))
            if let level = rule.defaultLevel { fields.append(("defaultConfiguration", .object([("level", .string(level.rawValue))]))) }
            return .object(fields)
        }
        let driver: JSONValue = .object([
            ("name", .string(toolName)), ("version", .string(toolVersion)),
            ("informationUri", .string(informationURI)), ("rules", .array(ruleObjects)),
        ])
        // A run that could not complete (exit status 2) is still a valid SARIF file that says so.
        let toolErrors = findings.filter { Self.toolErrorRuleIDs.contains($0.ruleID) }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(toolErrors.isEmpty))]
        if !toolErrors.isEmpty {
            invocation.append(("toolExecutionNotifications", .array(toolErrors.map {
                .object([("level", .string("error")), ("message", .object([("text", .string($0.message))])),
                         ("descriptor", .object([("id", .string($0.ruleID))]))])
            })))
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([("tool", .object([("driver", driver)])), ("invocations", .array([.object(invocation)])),
                                      ("results", .array(results))])])),
        ])
    }

    /// FNV-1a (64 bits, hex) of rule, path and message: what identifies a finding across edits.
    public static func fingerprint(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array("\(finding.ruleID)\u{0}\(finding.location.path)\u{0}\(finding.message)".utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// GitHub workflow commands: findings in `changedPaths` first (GitHub shows only the first
    /// `githubLimit` annotations of each type per step), the rest of each type as plain log
    /// lines, and a `::notice` saying how many were not annotated.
    func github(_ findings: [Finding], options: Options) -> String {
        let ordered = findings.filter { options.changedPaths.contains($0.location.path) }
            + findings.filter { !options.changedPaths.contains($0.location.path) }
        var shown: [String: Int] = [:]
        var out = "", overflow: [String] = []
        var hidden: [String: Int] = [:]
        for finding in ordered {
            let type = Self.githubCommand(finding.severity)
            if shown[type, default: 0] < options.githubLimit {
                shown[type, default: 0] += 1
                out += Self.github(finding) + "\n"
            } else {
                hidden[type, default: 0] += 1
                overflow.append(finding.gccStyle)
            }
        }
        if !overflow.isEmpty {
            let counts = ["error", "warning", "notice"].compactMap { type in hidden[type].map { "\($0) more \(type)\($0 == 1 ? "" : "s")" } }
            out += "::notice title=kunitgen::\(Self.data(counts.joined(separator: ", "))) not annotated "
                + "(GitHub shows \(options.githubLimit) annotations per type and step); they follow in the log\n"
            out += overflow.map { $0 + "\n" }.joined()
        }
        return out
    }

    static func githubCommand(_ severity: Severity) -> String {
        severity == .error ? "error" : severity == .warning ? "warning" : "notice"
    }

    /// A GitHub Actions workflow command: `::warning file=..,line=..,col=..,title=..::message`.
    static func github(_ finding: Finding) -> String {
        let command = githubCommand(finding.severity)
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

    /// A relative path as a SARIF `artifactLocation.uri` (RFC 3986): every byte outside the
    /// unreserved set and `/` percent-encoded, so `#`, `?`, `%`, spaces and newlines stay data.
    static func sarifURI(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// gcc's colours: the location bold, `error:` bold red, `warning:` bold magenta, `note:` bold cyan.
    static func coloured(_ finding: Finding) -> String {
        let colour = switch finding.severity {
        case .error: "31"
        case .warning: "35"
        default: "36"
        }
        let location = "\(Finding.escaped(finding.location.path)):\(finding.location.line):\(finding.location.column):"
        return "\u{1b}[1m\(location)\u{1b}[0m \u{1b}[1;\(colour)m\(finding.severity.rawValue):\u{1b}[0m \(Finding.escaped(finding.message)) [\(finding.ruleID)]"
    }
}
