import Foundation

/// `check --rules FILE`: which rules run, at what severity, over which files. JSON:
///
/// ```json
/// {"disabled_rules": ["vendored-crate"], "only_rules": [], "opt_in_rules": ["ignore-without-reason"],
///  "severity": {"missing-rust-helper": "error"}, "excluded": ["drivers/gpu/**", "samples/", "*_test.rs"]}
/// ```
///
/// Rule names are those of `TreeCheck.allRules`; an unknown rule or an unknown key is an error
/// (a typo must not silently check nothing). `excluded` entries are globs over paths relative
/// to the source tree: `*` and `?` within one path component, `**` across components, a
/// trailing `/` or a plain directory for everything under it, a pattern without `/` for a file
/// name anywhere (`helpers.c`, `*.c`).
public struct CheckConfiguration: Sendable, Equatable {
    public var disabledRules: [String] = []
    /// When non-empty, only these rules run (opt-in rules included).
    public var onlyRules: [String] = []
    /// Opt-in rules to turn on (`CheckRule.optIn`); `"*"` turns on all of them.
    public var optInRules: [String] = []
    public var severity: [String: Severity] = [:]
    public var excluded: [String] = []

    public init(disabledRules: [String] = [], onlyRules: [String] = [], optInRules: [String] = [],
                severity: [String: Severity] = [:], excluded: [String] = []) {
        self.disabledRules = disabledRules
        self.onlyRules = onlyRules
        self.optInRules = optInRules
        self.severity = severity
        self.excluded = excluded
    }

    public static let keys = ["disabled_rules", "only_rules", "opt_in_rules", "severity", "excluded"]

    public struct LoadError: Error, Sendable, Equatable { public var message: String }

    /// Reads and validates `path`.
    public static func load(path: String) throws(LoadError) -> CheckConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(message: "cannot read \(path)") }
        return try parse(data, name: path)
    }

    public static func parse(_ data: Data, name: String) throws(LoadError) -> CheckConfiguration {
        guard let object = try? JSONSerialization.jsonObject(with: data), let top = object as? [String: Any] else {
            throw LoadError(message: "\(name) is not a JSON object")
        }
        if let unknown = top.keys.sorted().first(where: { !keys.contains($0) }) {
            throw LoadError(message: "\(name): unknown key '\(unknown)' (known: \(keys.joined(separator: ", ")))")
        }
        func strings(_ key: String) throws(LoadError) -> [String] {
            guard let value = top[key] else { return [] }
            guard let list = value as? [String] else { throw LoadError(message: "\(name): '\(key)' must be a list of strings") }
            return list
        }
        var configuration = CheckConfiguration()
        configuration.disabledRules = try strings("disabled_rules")
        configuration.onlyRules = try strings("only_rules")
        configuration.optInRules = try strings("opt_in_rules")
        configuration.excluded = try strings("excluded")
        if let value = top["severity"] {
            guard let map = value as? [String: String] else { throw LoadError(message: "\(name): 'severity' must map rules to severities") }
            for (rule, level) in map {
                guard let severity = Severity(rawValue: level) else {
                    throw LoadError(message: "\(name): severity '\(level)' of '\(rule)' is not note, warning or error")
                }
                configuration.severity[rule] = severity
            }
        }
        let known = Set(TreeCheck.allRules.map(\.id))
        let named = configuration.disabledRules + configuration.onlyRules + configuration.optInRules.filter { $0 != "*" }
            + configuration.severity.keys.sorted()
        if let unknown = named.first(where: { !known.contains($0) }) { throw LoadError(message: "\(name): unknown rule '\(unknown)'") }
        if let bad = configuration.excluded.first(where: { $0.isEmpty || $0.hasPrefix("/") }) {
            throw LoadError(message: "\(name): excluded pattern '\(bad)' must be a non-empty path relative to the source tree")
        }
        return configuration
    }

    /// Whether `rule` reports: not disabled, in `only_rules` if given, opted into if opt-in.
    public func enables(_ rule: String) -> Bool {
        if disabledRules.contains(rule) { return false }
        if !onlyRules.isEmpty { return onlyRules.contains(rule) }
        if CheckRules.rule(rule)?.optIn == true { return optInRules.contains(rule) || optInRules.contains("*") }
        return true
    }

    public func excludes(relativePath path: String) -> Bool {
        excluded.contains { PathGlob.matches($0, path) }
    }

    /// The helper checker's share (helper rules only, no exclusions: `check` applies its globs).
    public var helperConfiguration: HelperConfiguration {
        let helperIDs = Set(HelperChecker.allRules.map(\.id))
        var helpers = HelperConfiguration()
        helpers.disabledRules = disabledRules.filter(helperIDs.contains)
        let only = onlyRules.filter(helperIDs.contains)
        // `only_rules` naming no helper rule turns every helper rule off.
        helpers.onlyRules = onlyRules.isEmpty ? [] : (only.isEmpty ? ["-none-"] : only)
        helpers.severity = severity.filter { helperIDs.contains($0.key) }
        return helpers
    }
}

/// Globs over `/`-separated relative paths (see `CheckConfiguration`).
public enum PathGlob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        if !pattern.contains("/") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return match(Array(pattern.utf8)[...], Array(name.utf8)[...])
        }
        var pattern = pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasSuffix("/") { pattern += "**" }
        let patternParts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // A plain directory (no wildcard in its last part) covers what is under it.
        if matchParts(patternParts[...], pathParts[...]) { return true }
        return !(patternParts.last ?? "").contains("*") && matchParts((patternParts + ["**"])[...], pathParts[...])
    }

    private static func matchParts(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var k = path.startIndex
            while true {
                if matchParts(rest, path[k...]) { return true }
                if k == path.endIndex { return false }
                k += 1
            }
        }
        guard let head = path.first, match(Array(first.utf8)[...], Array(head.utf8)[...]) else { return false }
        return matchParts(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` (any run), `?` (one byte), anything else literally, over one component.
    static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let p = pattern.first else { return text.isEmpty }
        if p == UInt8(ascii: "*") {
            var k = text.startIndex
            while true {
                if match(pattern.dropFirst(), text[k...]) { return true }
                if k == text.endIndex { return false }
                k += 1
            }
        }
        guard let t = text.first, p == UInt8(ascii: "?") || p == t else { return false }
        return match(pattern.dropFirst(), text.dropFirst())
    }
}
