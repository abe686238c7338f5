import Foundation

/// One doctest of the tree with what becomes of it.
public struct InventoryEntry: Hashable, Sendable {
    public var doctest: Doctest
    public var crate: String
    public var runner: DoctestRunner
    public var kind: DoctestKind
    /// The KUnit case `generate` emits for it (kernel crate only; nil when it emits none).
    public var kunitName: String?
    /// What `generate` does with it (kernel crate only).
    public var disposition: CaseDisposition?

    public var fromMacro: Bool {
        if case .macroExpansion = doctest.origin { return true }
        return false
    }
}

/// A declared item and whether its documentation has a doctest.
public struct ItemCoverage: Hashable, Sendable {
    public var file: String
    public var crate: String
    /// The item with its crate-level path (the file's module path prepended).
    public var item: RustItem
    public var hasExample: Bool
}

/// Everything `check` and `report` know about a source tree, computed once: every crate's
/// doctests, the KUnit cases `generate` would emit, the declared items, the C helpers, and the
/// raw findings of each stage (before `CheckConfiguration` filters them).
public struct TreeAnalysis: Sendable {
    public var srctree: String
    public var configurationDescription: String
    public var crates: [CrateSummary] = []
    public var doctests: [InventoryEntry] = []
    public var items: [ItemCoverage] = []
    /// nil when libclang is missing (the problem is in `findings`).
    public var helpers: HelperScanResult?
    /// Findings of every stage, paths relative to `srctree`.
    public var findings: [Finding] = []
    public var filesScanned = 0

    /// Files whose doctests nobody runs but that are no crate's part either are treated as crate
    /// roots; generated build outputs are skipped.
    static func isGenerated(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.contains("_generated")
    }

    /// - Parameters:
    ///   - cfg: the configuration (`doc`, `doctest` and the kernel's `CONFIG_*`).
    ///   - helperChecker: runs the helper rules; nil skips them.
    ///   - progress: called with (files done, files in the tree) as files are scanned.
    public static func analyse(srctree: String, cfg: CfgSet, configurationDescription: String = "none",
                               helperChecker: HelperChecker? = HelperChecker(),
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> TreeAnalysis {
        var analysis = TreeAnalysis(srctree: srctree, configurationDescription: configurationDescription)
        let root = srctree.hasSuffix("/") && srctree.count > 1 ? String(srctree.dropLast()) : srctree
        let listing = RustSourceWalker.rustFiles(at: root)
        analysis.findings += listing.findings
        let prefix = root + "/"
        let allFiles = listing.files.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
            .filter { !isGenerated($0) }
        let cache = ScanCache(cfg: cfg, total: allFiles.count, progress: progress)
        // Files are independent: scan them all concurrently first; the walks then hit the cache.
        _ = ConcurrentMap.map(allFiles) { path -> Bool in
            guard let source = try? SourceFile.read(path: prefix + path) else { return false }
            _ = cache.scan(SourceFile(path: path, bytes: source.bytes))
            return true
        }
        let walker = CrateWalker(srctree: root, scan: { cache.scan($0) })

        // The crates the kernel's build knows, then every other file as (part of) a crate.
        var claimed = Set<String>()
        var walks: [(root: String, walk: CrateWalker.Walk)] = []
        for known in DoctestRunner.knownRoots where FileManager.default.fileExists(atPath: prefix + known) {
            let walk = walker.walk(root: known)
            claimed.formUnion(walk.files.map(\.file.path))
            walks.append((known, walk))
        }
        let leftover = allFiles.filter { !claimed.contains($0) }
        var leftoverWalks: [String: CrateWalker.Walk] = [:]
        var children = Set<String>()
        for file in leftover {
            let walk = walker.walk(root: file)
            leftoverWalks[file] = walk
            children.formUnion(walk.files.dropFirst().map(\.file.path))
        }
        for file in leftover where !children.contains(file) {
            if let walk = leftoverWalks[file] { walks.append((file, walk)) }
        }

        for (crateRoot, walk) in walks {
            analysis.add(crateRoot: crateRoot, walk: walk, cfg: cfg)
        }
        analysis.filesScanned = cache.count

        if let helperChecker {
            let (scan, findings) = helperChecker.run(srctree: root)
            analysis.findings += findings.map { relative($0, prefix: prefix) }
            if !findings.contains(where: { $0.ruleID == "libclang-missing" }) { analysis.helpers = scan }
        }
        return analysis
    }

    static func relative(_ finding: Finding, prefix: String) -> Finding {
        var finding = finding
        if finding.location.path.hasPrefix(prefix) { finding.location.path.removeFirst(prefix.count) }
        return finding
    }

    private mutating func add(crateRoot: String, walk: CrateWalker.Walk, cfg: CfgSet) {
        let name = CrateNaming.name(forRoot: crateRoot)
        let runner = DoctestRunner.forCrate(root: crateRoot)
        crates.append(CrateSummary(name: name, root: crateRoot, runner: runner, files: walk.files.map(\.file.path)))
        findings += walk.findings
        let extractor = DoctestExtractor(options: ExtractionOptions(crateName: name, edition: "2021", cfg: cfg))
        var crateDoctests: [Doctest] = []
        let perFile = ConcurrentMap.map(walk.files) { _, source, scan -> (ExtractionResult, [Finding]) in
            // Vendored crates are fixed upstream, not in a kernel patch.
            let ruleFindings = runner == .upstream ? [] : IgnoreWithoutReasonRule().check(source, scan: scan)
            return (extractor.extract(from: source, scan: scan), ruleFindings)
        }
        for ((file, _, scan), (one, ruleFindings)) in zip(walk.files, perFile) {
            findings += one.findings
            findings += ruleFindings
            let placed = file.place(one.doctests)
            crateDoctests += placed
            let withExamples = Set(placed.map(\.itemPath))
            for var item in scan.items {
                item.itemPath = file.modulePath + item.itemPath
                items.append(ItemCoverage(file: file.path, crate: name, item: item, hasExample: withExamples.contains(item.itemPath)))
            }
        }
        var names: [Doctest: KUnitCase] = [:]
        if runner == .kunit {
            let generation = KUnitGenerator.generate(
                crateDoctests,
                options: KUnitGenerationOptions(crateName: name, crateDirectory: CrateWalker.directory(of: crateRoot),
                                                naming: .kernel, configurationDescription: configurationDescription))
            findings += generation.findings
            for kunitCase in generation.cases { names[kunitCase.doctest] = kunitCase }
        }
        for doctest in crateDoctests {
            let kunitCase = names[doctest]
            doctests.append(InventoryEntry(
                doctest: doctest, crate: name, runner: runner, kind: DoctestKind(doctest.attributes),
                kunitName: kunitCase?.name,
                disposition: runner == .kunit ? (kunitCase?.disposition ?? .excluded) : nil))
        }
    }
}

/// Scans each file once, whichever crate walk asks first; counts files for the progress report.
final class ScanCache: @unchecked Sendable {
    private let lock = NSLock()
    private var scans: [String: RustFileScan] = [:]
    private let scanner: RustFileScanner
    private let total: Int
    private let progress: (@Sendable (Int, Int) -> Void)?

    init(cfg: CfgSet, total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.scanner = RustFileScanner(cfg: cfg)
        self.total = total
        self.progress = progress
    }

    var count: Int { lock.withLock { scans.count } }

    func scan(_ source: SourceFile) -> RustFileScan {
        if let cached = lock.withLock({ scans[source.path] }) { return cached }
        let scan = scanner.scan(source)
        let done = lock.withLock { () -> Int in
            scans[source.path] = scan
            return scans.count
        }
        progress?(done, max(total, done))
        return scan
    }
}
