import Foundation

/// An earlier `kunitgen report --format json` (schema version 1 or 2), as `--compare` reads it.
public struct OldReport: Sendable {
    public struct Doctest: Sendable, Hashable {
        public var file: String
        public var line: Int
        public var item: String
        public var kind: String
    }

    public var path: String
    public var srctree: String
    public var summary: [String: Int]
    public var findings: [Finding]
    public var doctests: [Doctest]
    /// Per-file counts, vendored files left out (as `ReportSummary.subsystems` does).
    public var files: [(path: String, counts: DoctestCounts)]

    public static func load(path: String) throws(SourceError) -> OldReport {
        func fail(_ message: String) -> SourceError { SourceError(path: path, line: 0, message: "--compare: \(message)") }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read the file") }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              root["schema"] as? String == ReportJSON.schema, let version = root["version"] as? Int else {
            throw fail("not a kunitgen report (--format json)")
        }
        guard (1...ReportJSON.version).contains(version) else { throw fail("schema version \(version) is newer than this kunitgen's (\(ReportJSON.version))") }
        let list = { (key: String) in root[key] as? [[String: Any]] ?? [] }
        var summary: [String: Int] = [:]
        for (key, value) in root["summary"] as? [String: Any] ?? [:] {
            if let n = value as? Int { summary[key] = n }
            if key == "findings", let bySeverity = value as? [String: Any] {
                for (severity, n) in bySeverity { summary["findings_" + severity] = n as? Int ?? 0 }
            }
        }
        let findings = list("findings").map { f in
            Finding(location: SourceLocation(path: f["file"] as? String ?? "", line: f["line"] as? Int ?? 0),
                    severity: Severity(rawValue: f["severity"] as? String ?? "") ?? .note, ruleID: f["rule"] as? String ?? "",
                    message: f["message"] as? String ?? "", fix: f["fix"] as? String)
        }
        let doctests = list("doctests").map { d in
            Doctest(file: d["file"] as? String ?? "", line: d["line"] as? Int ?? 0,
                    item: (d["item_path"] as? [String] ?? []).joined(separator: "::"), kind: d["kind"] as? String ?? "")
        }
        let files = list("files").filter { $0["runner"] as? String != DoctestRunner.upstream.rawValue }.map { f in
            var c = DoctestCounts()
            c.total = f["doctests"] as? Int ?? 0
            c.publicItems = f["public_items"] as? Int ?? 0
            c.publicItemsWithExample = f["public_items_with_example"] as? Int ?? 0
            c.kunitRun = f["kunit_run"] as? Int ?? 0
            return (path: f["path"] as? String ?? "", counts: c)
        }
        return OldReport(path: path, srctree: root["srctree"] as? String ?? "", summary: summary, findings: findings,
                         doctests: doctests, files: files)
    }
}

/// What changed between an earlier JSON report and this one. Findings are matched by rule, path
/// and message (not line: an edit above a finding moves it without changing it); doctests by
/// file, item path and kind. Within one key, equal lines pair first, then the rest in order;
/// what is left over is new (or added) on one side, fixed (or removed) on the other.
public struct ReportComparison: Sendable {
    public struct Delta: Sendable {
        public var name: String
        public var old: Int
        public var new: Int
    }

    public struct SubsystemDelta: Sendable {
        public var name: String
        public var old: DoctestCounts
        public var new: DoctestCounts
    }

    public var oldPath: String
    public var newFindings: [Finding]
    public var fixedFindings: [Finding]
    public var addedDoctests: [OldReport.Doctest]
    public var removedDoctests: [OldReport.Doctest]
    /// Totals, in a fixed order (see `deltaKeys`).
    public var totals: [Delta]
    /// Subsystems whose doctests or example coverage changed.
    public var subsystems: [SubsystemDelta]

    static let deltaKeys: [(key: String, label: String)] = [
        ("doctests", "doctests"), ("kunit_run", "run by KUnit"), ("runnable", "runnable"), ("no_run", "no_run"),
        ("ignore", "ignore"), ("public_items", "public items"), ("public_items_with_example", "public items with an example"),
        ("helpers_not_annotated", "helpers not `__rust_helper`"),
        ("findings_error", "errors"), ("findings_warning", "warnings"), ("findings_note", "notes"),
    ]

    public init(old: OldReport, new summary: ReportSummary) {
        oldPath = old.path
        let findingKey = { (f: Finding) in "\(f.ruleID)\u{0}\(f.location.path)\u{0}\(f.message)" }
        (newFindings, fixedFindings) = Self.unmatched(summary.findingsBySeverity, old.findings, key: findingKey, line: \.location.line)
        let current = summary.analysis.doctests.map {
            OldReport.Doctest(file: $0.doctest.file, line: $0.doctest.line, item: $0.doctest.itemPath.joined(separator: "::"),
                              kind: $0.kind.rawValue)
        }
        (addedDoctests, removedDoctests) = Self.unmatched(current, old.doctests, key: { "\($0.file)\u{0}\($0.item)\u{0}\($0.kind)" },
                                                          line: \.line)
        let t = summary.total
        let now: [String: Int] = [
            "doctests": t.total, "kunit_run": t.kunitRun, "runnable": t[.runnable], "no_run": t[.noRun], "ignore": t[.ignore],
            "public_items": t.publicItems, "public_items_with_example": t.publicItemsWithExample,
            "helpers_not_annotated": summary.helpersNotAnnotated, "findings_error": summary.count(.error),
            "findings_warning": summary.count(.warning), "findings_note": summary.count(.note),
        ]
        totals = Self.deltaKeys.map { Delta(name: $0.label, old: old.summary[$0.key] ?? 0, new: now[$0.key] ?? 0) }
        var before: [String: DoctestCounts] = [:]
        for file in old.files { before[SubsystemRow.name(of: file.path), default: DoctestCounts()].merge(file.counts) }
        var after: [String: DoctestCounts] = [:]
        for row in summary.subsystems { after[row.name] = row.counts }
        subsystems = Set(before.keys).union(after.keys).sorted().compactMap { name in
            let o = before[name] ?? DoctestCounts(), n = after[name] ?? DoctestCounts()
            let changed = o.total != n.total || o.publicItems != n.publicItems || o.publicItemsWithExample != n.publicItemsWithExample
            return changed ? SubsystemDelta(name: name, old: o, new: n) : nil
        }
    }

    /// (only in `new`, only in `old`), keeping each side's order.
    static func unmatched<T>(_ new: [T], _ old: [T], key: (T) -> String, line: (T) -> Int) -> ([T], [T]) {
        var oldByKey: [String: [Int]] = [:]
        for (index, value) in old.enumerated() { oldByKey[key(value), default: []].append(index) }
        var newByKey: [String: [Int]] = [:]
        for (index, value) in new.enumerated() { newByKey[key(value), default: []].append(index) }
        var matchedOld = Set<Int>(), matchedNew = Set<Int>()
        for (k, newIndices) in newByKey {
            var candidates = oldByKey[k] ?? []
            var rest: [Int] = []
            for n in newIndices {
                if let o = candidates.firstIndex(where: { line(old[$0]) == line(new[n]) }) {
                    matchedOld.insert(candidates.remove(at: o)); matchedNew.insert(n)
                } else {
                    rest.append(n)
                }
            }
            for (n, o) in zip(rest, candidates) { matchedOld.insert(o); matchedNew.insert(n) }
        }
        return (new.indices.filter { !matchedNew.contains($0) }.map { new[$0] },
                old.indices.filter { !matchedOld.contains($0) }.map { old[$0] })
    }

    /// One line: "+3 new, 1 fixed finding(s); +1 / -0 doctests".
    public var headline: String {
        "\(newFindings.count) new and \(fixedFindings.count) fixed findings; \(addedDoctests.count) doctests added, \(removedDoctests.count) removed"
    }
}
