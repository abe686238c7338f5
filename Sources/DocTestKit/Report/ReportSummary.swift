import Foundation

/// Counts of one row of the summary table (a crate or a file).
public struct DoctestCounts: Hashable, Sendable {
    public var total = 0
    public var byKind: [DoctestKind: Int] = [:]
    public var fromMacros = 0
    /// KUnit cases `generate` registers (run at boot) and emits compiled only (`no_run`).
    public var kunitRun = 0
    public var kunitCompiledOnly = 0
    public var publicItems = 0
    public var publicItemsWithExample = 0
    public var publicItemsDocumented = 0

    public subscript(kind: DoctestKind) -> Int { byKind[kind] ?? 0 }

    mutating func add(_ entry: InventoryEntry) {
        total += 1
        byKind[entry.kind, default: 0] += 1
        if entry.fromMacro { fromMacros += 1 }
        if entry.kunitName != nil {
            if entry.disposition == .run { kunitRun += 1 } else if entry.disposition == .compileOnly { kunitCompiledOnly += 1 }
        }
    }

    mutating func add(_ item: ItemCoverage) {
        guard item.item.isPublic else { return }
        publicItems += 1
        if item.hasExample { publicItemsWithExample += 1 }
        if item.item.hasDocs { publicItemsDocumented += 1 }
    }
}

/// What the report shows, computed from an analysis and the check's findings.
public struct ReportSummary: Sendable {
    public struct Row: Sendable {
        /// Crate name, or file path.
        public var name: String
        public var crate: String
        public var runner: DoctestRunner
        public var counts: DoctestCounts
    }

    public var analysis: TreeAnalysis
    public var findings: [Finding]
    public var crates: [Row] = []
    public var files: [Row] = []
    public var total = DoctestCounts()
    public var helpersAnnotated = 0
    public var helpersNotAnnotated = 0
    /// `--source-url`: where each `file:line` links to.
    public var links = SourceLinks(template: nil)
    /// `--compare OLD.json`: what changed since that report.
    public var comparison: ReportComparison?

    public init(analysis: TreeAnalysis, findings: [Finding]) {
        self.analysis = analysis
        self.findings = findings
        var perFile: [String: DoctestCounts] = [:]
        for entry in analysis.doctests { perFile[entry.doctest.file, default: DoctestCounts()].add(entry) }
        for item in analysis.items { perFile[item.file, default: DoctestCounts()].add(item) }
        for crate in analysis.crates {
            var crateCounts = DoctestCounts()
            for file in crate.files {
                let counts = perFile[file] ?? DoctestCounts()
                files.append(Row(name: file, crate: crate.name, runner: crate.runner, counts: counts))
                crateCounts.merge(counts)
            }
            crates.append(Row(name: crate.name, crate: crate.name, runner: crate.runner, counts: crateCounts))
            total.merge(crateCounts)
        }
        for function in analysis.helpers?.functions ?? [] where function.isHelper {
            if function.annotated { helpersAnnotated += 1 } else { helpersNotAnnotated += 1 }
        }
    }

    /// Findings per severity, for the headline.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

extension DoctestCounts {
    mutating func merge(_ other: DoctestCounts) {
        total += other.total
        for (kind, n) in other.byKind { byKind[kind, default: 0] += n }
        fromMacros += other.fromMacros
        kunitRun += other.kunitRun
        kunitCompiledOnly += other.kunitCompiledOnly
        publicItems += other.publicItems
        publicItemsWithExample += other.publicItemsWithExample
        publicItemsDocumented += other.publicItemsDocumented
    }
}

/// The tree's configuration, read the same way by `generate`, `helpers`, `check` and `report`:
/// the `CONFIG_*` of `explicit`, else SRCTREE/.config, else SRCTREE/include/config/auto.conf.
public struct TreeConfiguration: Sendable {
    /// `doc`, `doctest`, the kernel's `CONFIG_*` cfgs and its target's (`KernelTarget`), as the
    /// kernel's rustdoc run sees them.
    public var cfg: CfgSet
    /// The same configuration as C `-D` flags (what autoconf.h would say), for libclang.
    public var defines: [String]
    /// Which file was used, for the output ("none found ..." without one).
    public var description: String
    public var findings: [Finding]

    public static func load(srctree: String, explicit: String?, objtree: String? = nil) -> TreeConfiguration {
        var cfg = CfgSet(names: ["doc", "doctest"])
        guard let path = KernelConfig.locate(srctree: srctree, explicit: explicit, objtree: objtree) else {
            return TreeConfiguration(cfg: cfg, defines: [], description: "none found (no .config or include/config/auto.conf): no CONFIG_ cfg set", findings: [])
        }
        let parsed = KernelConfig.read(path: path)
        cfg = cfg.union(parsed.cfgSet)
        var description = "\(path) (\(parsed.entries.count) symbols set)"
        if let target = KernelTarget(parsed) {
            cfg = cfg.union(target.cfgSet)
            description += ", target \(target.arch)"
        }
        return TreeConfiguration(cfg: cfg, defines: parsed.cDefines, description: description, findings: parsed.findings)
    }
}

/// `report -o FILE`: written through `GeneratedFileWriter` (a temporary file in the same
/// directory, then `rename`), so a reader never sees half a report.
public enum ReportFileWriter {
    public static func write(_ text: String, to path: String) throws(SourceError) {
        let directory = (path as NSString).deletingLastPathComponent
        let writer = GeneratedFileWriter(directory: directory.isEmpty ? "." : directory)
        try writer.write(GeneratedFile(name: (path as NSString).lastPathComponent, contents: text))
    }
}
