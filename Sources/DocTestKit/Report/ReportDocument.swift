import Foundation

/// `kunitgen report`'s formats.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, json
}

/// The one entry point of `kunitgen report`: the page, in one format, from an analysis and its
/// findings, with source links (`--source-url`) and what changed against an earlier JSON report
/// (`--compare`).
public enum ReportDocument {
    public static func render(analysis: TreeAnalysis, findings: [Finding], format: ReportFormat,
                              sourceURL: String? = nil, compare: String? = nil) throws(SourceError) -> String {
        var summary = ReportSummary(analysis: analysis, findings: findings)
        summary.links = SourceLinks(template: sourceURL)
        if let compare { summary.comparison = ReportComparison(old: try OldReport.load(path: compare), new: summary) }
        switch format {
        case .md: return MarkdownReport.render(summary)
        case .html: return HTMLReport.render(summary)
        case .json: return ReportJSON.document(summary).pretty + "\n"
        }
    }
}

/// `--source-url TEMPLATE`: `{path}` (percent-encoded, `/` kept) and `{line}` replaced, e.g.
/// `https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/{path}?h=v7.1.5#n{line}`.
public struct SourceLinks: Sendable {
    public var template: String?

    public init(template: String?) { self.template = template }

    public func url(_ path: String, _ line: Int) -> String? {
        guard let template, !template.isEmpty else { return nil }
        return template.replacingOccurrences(of: "{path}", with: Self.encode(path))
            .replacingOccurrences(of: "{line}", with: String(line))
    }

    static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}

/// A subsystem, for the per-subsystem chart: the first three components of a file's directory
/// (`rust/kernel/sync/lock/mutex.rs` → `rust/kernel/sync`, `drivers/gpu/nova-core/gsp/fw.rs` →
/// `drivers/gpu/nova-core`), fewer for a shallower file (`rust/kernel/lib.rs` → `rust/kernel`,
/// `samples/rust/rust_minimal.rs` → `samples/rust`). Vendored crates' files are left out (one
/// row of the crate table holds them); a subsystem without doctests or public items is not shown.
public struct SubsystemRow: Sendable {
    public var name: String
    public var counts: DoctestCounts

    public static func name(of path: String) -> String {
        let directory = path.split(separator: "/").dropLast()
        return directory.isEmpty ? "." : directory.prefix(3).joined(separator: "/")
    }
}

extension ReportSummary {
    /// Subsystems by doctests (most first), then name.
    public var subsystems: [SubsystemRow] {
        var rows: [String: DoctestCounts] = [:]
        for file in files where file.runner != .upstream { rows[SubsystemRow.name(of: file.name), default: DoctestCounts()].merge(file.counts) }
        return rows.filter { $0.value.total > 0 || $0.value.publicItems > 0 }
            .map { SubsystemRow(name: $0.key, counts: $0.value) }
            .sorted { ($0.counts.total, $1.name) > ($1.counts.total, $0.name) }
    }

    /// Findings as a maintainer reads them: error, warning, note; then rule, path, line.
    public var findingsBySeverity: [Finding] {
        findings.sorted {
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if $0.ruleID != $1.ruleID { return $0.ruleID < $1.ruleID }
            if $0.location.path != $1.location.path { return $0.location.path < $1.location.path }
            return $0.location.line < $1.location.line
        }
    }

    /// (rule, severity, count), in the order of `findingsBySeverity`.
    public var findingsByRule: [(rule: String, severity: Severity, count: Int)] {
        var out: [(rule: String, severity: Severity, count: Int)] = []
        for finding in findingsBySeverity {
            if let last = out.last, last.rule == finding.ruleID, last.severity == finding.severity {
                out[out.count - 1].count += 1
            } else {
                out.append((finding.ruleID, finding.severity, 1))
            }
        }
        return out
    }
}
