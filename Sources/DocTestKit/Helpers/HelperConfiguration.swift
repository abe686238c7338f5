import Foundation

/// `--rules FILE`: which rules run, at what severity, over which files. JSON, e.g.
/// `{"disabled_rules": ["helpers-include-unsorted"], "severity": {"static-rust-helper": "error"},
///   "excluded": ["rust/helpers/atomic.c"]}`.
public struct HelperConfiguration: Sendable, Codable {
    public var disabledRules: [String] = []
    /// When non-empty, only these rules run.
    public var onlyRules: [String] = []
    public var severity: [String: Severity] = [:]
    /// Paths relative to the source tree (or bare file names) not to check.
    public var excluded: [String] = []

    enum CodingKeys: String, CodingKey {
        case disabledRules = "disabled_rules", onlyRules = "only_rules", severity, excluded
    }

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        disabledRules = try container.decodeIfPresent([String].self, forKey: .disabledRules) ?? []
        onlyRules = try container.decodeIfPresent([String].self, forKey: .onlyRules) ?? []
        severity = try container.decodeIfPresent([String: Severity].self, forKey: .severity) ?? [:]
        excluded = try container.decodeIfPresent([String].self, forKey: .excluded) ?? []
    }

    public struct LoadError: Error, Sendable { public var message: String }

    public static func load(path: String) throws(LoadError) -> HelperConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(message: "cannot read \(path)") }
        let configuration: HelperConfiguration
        do { configuration = try JSONDecoder().decode(HelperConfiguration.self, from: data) } catch {
            throw LoadError(message: "\(path) is not a valid configuration: \(error)")
        }
        let known = Set(HelperChecker.allRules.map(\.id))
        let unknown = (configuration.disabledRules + configuration.onlyRules + configuration.severity.keys).filter { !known.contains($0) }
        if let first = unknown.first { throw LoadError(message: "\(path): unknown rule '\(first)'") }
        return configuration
    }

    public func enables(_ rule: String) -> Bool {
        !disabledRules.contains(rule) && (onlyRules.isEmpty || onlyRules.contains(rule))
    }

    public func excludes(relativePath: String) -> Bool {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return excluded.contains(relativePath) || excluded.contains(name)
    }
}
