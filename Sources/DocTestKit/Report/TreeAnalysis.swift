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
    /// Its file is a module of the crate that this configuration compiles out.
    public var compiledOut = false

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

/// A file of a crate that this configuration compiles out: no `mod` reaches it because a
/// declaration on its way is `#[cfg]`'d out (`#[cfg(CONFIG_BLOCK)] mod block;` without
/// `CONFIG_BLOCK`). It is still a module of its crate, never a crate root of its own, and the
/// module files it declares are not looked for.
public struct CompiledOutModule: Hashable, Sendable {
    public var file: String
    public var crate: String
    public var modulePath: [String]
    /// The attribute that compiles it (or a module above it) out, e.g. `#[cfg(CONFIG_BLOCK)]`;
    /// nil when the declaration carries none that could be found.
    public var condition: String?
    /// Where that declaration is, `path:line`.
    public var declaredAt: String?
}

/// What a vendored crate holds, for one summary line instead of findings per file.
public struct VendoredCrateSummary: Hashable, Sendable {
    public var name: String
    public var root: String
    public var files: Int
    public var doctests: Int
    /// Findings of its files that were dropped (they are upstream's to fix).
    public var findingsDropped: Int
}

/// Everything `check` and `report` know about a source tree, computed once: every crate's
/// doctests, the KUnit cases `generate` would emit, the declared items, the C helpers, and the
/// raw findings of each stage (before `CheckConfiguration` filters them).
///
/// Crates are those kbuild builds (`RustMakefile`: `rust/kernel`, `rust/macros`, `ffi`,
/// `bindings`, `uapi`, the vendored `syn`, `quote`, `proc-macro2`, `pin-init`), each file
/// scanned with the `--cfg` flags its crate is built with; every other `*.rs` file is a module
/// of one (`CompiledOutModule`, when a `mod` on its way is cfg'd out) or a crate root of its own
/// (drivers, samples, `scripts/*.rs`).
public struct TreeAnalysis: Sendable {
    public var srctree: String
    public var configurationDescription: String
    public var crates: [CrateSummary] = []
    public var doctests: [InventoryEntry] = []
    public var items: [ItemCoverage] = []
    /// nil when libclang is missing (the problem is in `findings`).
    public var helpers: HelperScanResult?
    /// Findings of every stage, paths relative to `srctree` (none about vendored crates' files).
    public var findings: [Finding] = []
    public var filesScanned = 0
    /// Files of kbuild's crates compiled out under this configuration.
    public var compiledOut: [CompiledOutModule] = []
    public var vendored: [VendoredCrateSummary] = []
    /// Findings of `TreeCheck.docExampleRules` (opt-in rules: `check` decides whether to report them).
    public var ruleFindings: [String: [Finding]] = [:]
    /// The doc example rules this analysis runs.
    var docExampleRules: [any DocExampleRule] = TreeCheck.docExampleRules
    /// Invocations of the macro of each unextracted `doctest-in-macro` note, keyed `path:line`.
    public var macroInvocations: [String: [SourceLocation]] = [:]
    /// Files read through another file's `include!("..")` (file → the including file).
    public var included: [String: String] = [:]
    /// The crates and flags used (from the tree's `rust/Makefile`, else `KbuildCrates.fallback`).
    public var kbuildCrates: [KbuildCrate] = []

    /// Files whose doctests nobody runs but that are no crate's part either are treated as crate
    /// roots; generated build outputs are skipped.
    static func isGenerated(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.contains("_generated")
    }

    /// - Parameters:
    ///   - cfg: the configuration (`doc`, `doctest` and the kernel's `CONFIG_*`).
    ///   - helperChecker: runs the helper rules; nil skips them.
    ///   - docExampleRules: IDs of `TreeCheck.docExampleRules` to run (nil: all; `check` runs
    ///     only the enabled ones).
    ///   - progress: called with (files done, files in the tree) as files are scanned.
    public static func analyse(srctree: String, cfg: CfgSet, configurationDescription: String = "none",
                               helperChecker: HelperChecker? = HelperChecker(),
                               docExampleRules: Set<String>? = nil,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> TreeAnalysis {
        var analysis = TreeAnalysis(srctree: srctree, configurationDescription: configurationDescription)
        analysis.docExampleRules = TreeCheck.docExampleRules.filter { docExampleRules?.contains($0.id) ?? true }
        let root = srctree.hasSuffix("/") && srctree.count > 1 ? String(srctree.dropLast()) : srctree
        // The C helpers (libclang) are independent of the Rust side: checked meanwhile.
        let helperRun = helperChecker.map { checker in BackgroundResult { checker.run(srctree: root) } }
        let listing = RustSourceWalker.rustFiles(at: root)
        analysis.findings += listing.findings
        let prefix = root + "/"
        let allFiles = listing.files.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
            .filter { !isGenerated($0) }
        let kbuild = (RustMakefile.crates(srctree: root) ?? KbuildCrates.fallback)
            .filter { FileManager.default.fileExists(atPath: prefix + $0.root) }
        analysis.kbuildCrates = kbuild
        let cache = ScanCache(cfg: cfg, crates: kbuild, total: allFiles.count, progress: progress)
        // Files are independent: scan them all concurrently first; the walks then hit the cache.
        let sources = ConcurrentMap.map(allFiles) { path -> SourceFile? in
            guard let source = try? SourceFile.read(path: prefix + path) else { return nil }
            let file = SourceFile(path: path, bytes: source.bytes)
            _ = cache.scan(file)
            return file
        }
        let texts = Dictionary(zip(allFiles, sources).compactMap { path, source in source.map { (path, $0) } },
                               uniquingKeysWith: { first, _ in first })
        let walker = CrateWalker(srctree: root, scan: { cache.scan($0) })

        // The crates the kernel's build knows, then every other file as a module or a crate root.
        var claimed: [String: (crate: String, modulePath: [String])] = [:]
        var walks: [(crate: KbuildCrate, walk: CrateWalker.Walk)] = []
        func claim(_ crate: KbuildCrate, _ walk: CrateWalker.Walk) {
            for file in walk.files where claimed[file.file.path] == nil { claimed[file.file.path] = (crate.name, file.file.modulePath) }
            walks.append((crate, walk))
        }
        for crate in kbuild { claim(crate, walker.walk(root: crate.root)) }
        let kbuildRoots = Set(kbuild.map(\.root))
        // Files another file pulls in with `include!("..")` are part of it (bindgen output).
        var included: [String: String] = [:]
        for file in allFiles {
            guard let bytes = texts[file]?.bytes, ModuleParents.contains(bytes, Array("include!(\"".utf8)) else { continue }
            for target in ModuleParents.includes(of: file, in: bytes) where texts[target] != nil { included[target] = file }
        }
        analysis.included = included
        // Files no `mod` declares (in any configuration) are crate roots: drivers, samples, scripts.
        let unclaimed = allFiles.filter { claimed[$0] == nil && included[$0] == nil }
        let modules = ModuleParents(files: allFiles, texts: texts, isRoot: { kbuildRoots.contains($0) || claimed[$0] == nil })
        var declarations: [String: ModuleParents.Declaration] = [:]
        for file in unclaimed {
            if let declaration = modules.declaration(of: file) { declarations[file] = declaration }
        }
        for file in unclaimed where declarations[file] == nil && claimed[file] == nil {
            claim(KbuildCrate(name: CrateNaming.name(forRoot: file), root: file), walker.walk(root: file))
        }
        // The rest are modules whose declaration (or one above it) this configuration compiles out.
        var compiledOut: [String: CompiledOutModule] = [:]
        func resolve(_ file: String, depth: Int) -> CompiledOutModule? {
            if let known = compiledOut[file] { return known }
            guard depth < 64, let declaration = declarations[file] else { return nil }
            let parentText = texts[declaration.parent]?.bytes ?? []
            let own = ModuleParents.condition(above: declaration.line, in: parentText)
            var module: CompiledOutModule
            if let parent = claimed[declaration.parent] {
                module = CompiledOutModule(file: file, crate: parent.crate, modulePath: parent.modulePath + declaration.names,
                                           condition: own, declaredAt: "\(declaration.parent):\(declaration.line)")
            } else if let parent = resolve(declaration.parent, depth: depth + 1) {
                module = CompiledOutModule(file: file, crate: parent.crate, modulePath: parent.modulePath + declaration.names,
                                           condition: own ?? parent.condition,
                                           declaredAt: own == nil ? parent.declaredAt : "\(declaration.parent):\(declaration.line)")
            } else {
                return nil
            }
            compiledOut[file] = module
            return module
        }
        for file in unclaimed where claimed[file] == nil && resolve(file, depth: 0) == nil {
            // A declaration that leads nowhere (a cycle, a parent outside every crate): a root.
            claim(KbuildCrate(name: CrateNaming.name(forRoot: file), root: file), walker.walk(root: file))
        }

        analysis.compiledOut = compiledOut.values.sorted { $0.file < $1.file }
        for (crate, walk) in walks {
            let extra = analysis.compiledOut.filter { $0.crate == crate.name }.compactMap { module -> (CrateFile, SourceFile, RustFileScan)? in
                guard let source = texts[module.file] else { return nil }
                return (CrateFile(path: module.file, modulePath: module.modulePath), source, cache.scan(source))
            }
            analysis.add(crate: crate, walk: walk, compiledOut: extra, cfg: cache.cfg(forFile: crate.root))
        }
        analysis.filesScanned = cache.count

        if let helperRun {
            let (scan, findings) = helperRun.value
            analysis.findings += findings.map { relative($0, prefix: prefix) }
            if !findings.contains(where: { $0.ruleID == "libclang-missing" }) { analysis.helpers = scan }
        }
        return analysis
    }

    /// For each scanner note about a doc example in a `macro_rules!` body that no extraction
    /// produced, the invocations of that macro in the crate (its own file first).
    private mutating func locateInvocations(files: [(CrateFile, SourceFile, RustFileScan)], doctests: [Doctest]) {
        let extracted = Set(doctests.map { "\($0.file):\($0.line)" })
        var found: [String: [SourceLocation]] = [:]
        for (file, _, scan) in files {
            for note in scan.findings where note.ruleID == "doctest-in-macro" {
                let key = "\(note.location.path):\(note.location.line)"
                guard !extracted.contains(key), macroInvocations[key] == nil,
                      let name = MacroExampleRule.macroName(in: note.message) else { continue }
                let needle = Array((name + "!").utf8)
                var sites: [SourceLocation] = []
                let ordered = files.filter { $0.0.path == file.path } + files.filter { $0.0.path != file.path }
                for (other, source, _) in ordered where ModuleParents.contains(source.bytes, needle) {
                    if found[other.path + "|" + name] == nil {
                        found[other.path + "|" + name] = MacroExampleRule.invocations(of: name, in: source)
                            .map { SourceLocation(path: other.path, line: $0) }
                    }
                    sites += found[other.path + "|" + name] ?? []
                }
                macroInvocations[key] = sites
            }
        }
    }

    static func relative(_ finding: Finding, prefix: String) -> Finding {
        var finding = finding
        if finding.location.path.hasPrefix(prefix) { finding.location.path.removeFirst(prefix.count) }
        return finding
    }

    private mutating func add(crate: KbuildCrate, walk: CrateWalker.Walk,
                              compiledOut extra: [(CrateFile, SourceFile, RustFileScan)], cfg: CfgSet) {
        let name = crate.name
        let crateRoot = crate.root
        let runner = DoctestRunner.forCrate(root: crateRoot)
        let files = walk.files.map { ($0.file, $0.source, $0.scan) } + extra
        let outFiles = Set(extra.map(\.0.path))
        crates.append(CrateSummary(name: name, root: crateRoot, runner: runner, files: files.map(\.0.path),
                                   compiledOut: extra.map(\.0.path)))
        let extractor = DoctestExtractor(options: ExtractionOptions(crateName: name, edition: crate.edition ?? "2021", cfg: cfg))
        let rules = docExampleRules
        let perFile = ConcurrentMap.map(files) { _, source, scan -> (ExtractionResult, [Finding]) in
            // Vendored crates are fixed upstream, not in a kernel patch.
            let ruleFindings = runner == .upstream ? [] : rules.flatMap { $0.check(source, scan: scan) }
            return (extractor.extract(from: source, scan: scan), ruleFindings)
        }
        var crateDoctests: [Doctest] = []
        var dropped = walk.findings.count
        if runner != .upstream { findings += walk.findings }
        for ((file, _, scan), (one, ruleFindings)) in zip(files, perFile) {
            for finding in ruleFindings { self.ruleFindings[finding.ruleID, default: []].append(finding) }
            if runner == .upstream { dropped += one.findings.count } else { findings += one.findings }
            let placed = file.place(one.doctests)
            crateDoctests += placed
            let withExamples = Set(placed.map(\.itemPath))
            for var item in scan.items {
                item.itemPath = file.modulePath + item.itemPath
                items.append(ItemCoverage(file: file.path, crate: name, item: item, hasExample: withExamples.contains(item.itemPath)))
            }
        }
        if runner != .upstream { locateInvocations(files: files, doctests: crateDoctests) }
        if runner == .upstream {
            // One summary per vendored project: its examples and tools count with its crate.
            let owner = DoctestRunner.vendoredRoot(of: crateRoot) ?? crateRoot
            if let k = vendored.firstIndex(where: { $0.root == owner }) {
                vendored[k].files += files.count
                vendored[k].doctests += crateDoctests.count
                vendored[k].findingsDropped += dropped
            } else {
                vendored.append(VendoredCrateSummary(name: owner == crateRoot ? name : CrateNaming.name(forRoot: owner), root: owner,
                                                     files: files.count, doctests: crateDoctests.count, findingsDropped: dropped))
            }
        }
        var names: [Doctest: KUnitCase] = [:]
        if runner == .kunit {
            // Compiled-out files are not part of this configuration's KUnit suite.
            let generation = KUnitGenerator.generate(
                crateDoctests.filter { !outFiles.contains($0.file) },
                options: KUnitGenerationOptions(crateName: name, crateDirectory: CrateWalker.directory(of: crateRoot),
                                                naming: .kernel, configurationDescription: configurationDescription))
            findings += generation.findings
            for kunitCase in generation.cases { names[kunitCase.doctest] = kunitCase }
        }
        for doctest in crateDoctests {
            let kunitCase = names[doctest]
            let isOut = outFiles.contains(doctest.file)
            doctests.append(InventoryEntry(
                doctest: doctest, crate: name, runner: isOut && runner != .upstream ? .never : runner,
                kind: DoctestKind(doctest.attributes), kunitName: kunitCase?.name,
                disposition: runner == .kunit ? (kunitCase?.disposition ?? .excluded) : nil,
                compiledOut: isOut))
        }
    }
}

/// A value computed on another thread, waited for on first use.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        // libclang recurses deeply on nested macros and headers: the main thread's stack size.
        thread.stackSize = 8 << 20
        thread.start()
    }

    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}

/// Scans each file once, whichever crate walk asks first, under the `--cfg` flags of the kbuild
/// crate whose directory holds it; counts files for the progress report.
final class ScanCache: @unchecked Sendable {
    private let lock = NSLock()
    private var scans: [String: RustFileScan] = [:]
    private let scanner: RustFileScanner
    /// Directory-owning crates (`rust/syn/`, `rust/pin-init/src/`), longest directory first.
    private let crateScanners: [(directory: String, scanner: RustFileScanner)]
    private let total: Int
    private let progress: (@Sendable (Int, Int) -> Void)?

    init(cfg: CfgSet, crates: [KbuildCrate] = [], total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.scanner = RustFileScanner(cfg: cfg)
        self.crateScanners = crates.filter { $0.ownsDirectory }.sorted { $0.directory.count > $1.directory.count }.map { crate in
            var crateCfg = cfg
            for spec in crate.cfgs { crateCfg.add(spec: spec) }
            return (crate.directory, RustFileScanner(cfg: crateCfg))
        }
        self.total = total
        self.progress = progress
    }

    var count: Int { lock.withLock { scans.count } }

    func scanner(forFile path: String) -> RustFileScanner {
        crateScanners.first { path.hasPrefix($0.directory) }?.scanner ?? scanner
    }

    func cfg(forFile path: String) -> CfgSet { scanner(forFile: path).cfg }

    func scan(_ source: SourceFile) -> RustFileScan {
        if let cached = lock.withLock({ scans[source.path] }) { return cached }
        let scan = scanner(forFile: source.path).scan(source)
        let done = lock.withLock { () -> Int in
            scans[source.path] = scan
            return scans.count
        }
        progress?(done, max(total, done))
        return scan
    }
}
