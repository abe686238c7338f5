import Foundation
import TestSupport
@testable import DocTestKit

/// Every `.rs` file of the Linux 7.1.5 tarball, each extracted by kunitgen and by rustdoc as a
/// crate root of its own (what `kunitgen extract` models), compared file by file; or every crate
/// from its root (`KernelCorpus+Crates`). Computed once per test process; rustdoc runs on every
/// core at once and its JSON is cached (`RustdocCache`).
struct KernelCorpus {
    /// The cfgs both sides get on top of rustdoc's defaults, and the files compared under them.
    struct Configuration: Sendable {
        var name: String
        /// rustc `--cfg` specs (`CONFIG_X`, `CONFIG_X="y"`).
        var cfgs: [String]
        /// The known differences under this configuration.
        var expectationsPath: String
    }

    var root: String
    var configuration: Configuration
    var files: [FileFidelity]
    var seconds: Double
    var cacheHits: Int
    var cacheMisses: Int

    static let archive = "linux-7.1.5-rust.tar.xz"
    static let expectationsDirectory = Fixtures.packageRoot + "/Tests/KernelCorpus"

    /// No `--cfg`: what `kunitgen extract FILE` and `rustdoc FILE` see. Every file.
    static let linux715: Result<KernelCorpus, Tool.Failure> = load {
        let root = try KernelFixture.linux715()
        let configuration = Configuration(name: "rustdoc-default", cfgs: [],
                                          expectationsPath: expectationsDirectory + "/fidelity-7.1.5-expected.txt")
        return try KernelCorpus(root: root, units: rustFiles(under: root), configuration: configuration) { file, cache in
            [try compare(file, root: root, cfgs: [], cache: cache)]
        }
    }

    /// The kernel's `x86_64-wide` configuration (its `include/generated/rustc_cfg`, from the
    /// anchor files), on every file that mentions a `CONFIG_` symbol: only those can change.
    static let linux715Wide: Result<KernelCorpus, Tool.Failure> = load {
        let root = try KernelFixture.linux715()
        let rustcCfg = try String(contentsOfFile: try KernelFixture.anchor715("x86_64-wide") + "/rustc_cfg", encoding: .utf8)
        let cfgs = rustcCfg.split(separator: "\n").map { $0.hasPrefix("--cfg=") ? String($0.dropFirst(6)) : String($0) }
        let paths = try rustFiles(under: root).filter {
            try String(contentsOfFile: root + "/" + $0, encoding: .utf8).contains("CONFIG_")
        }
        let configuration = Configuration(name: "x86_64-wide", cfgs: cfgs,
                                          expectationsPath: expectationsDirectory + "/fidelity-7.1.5-x86_64-wide-expected.txt")
        return try KernelCorpus(root: root, units: paths, configuration: configuration) { file, cache in
            [try compare(file, root: root, cfgs: cfgs, cache: cache)]
        }
    }

    static func named(_ name: String) throws -> KernelCorpus {
        switch name {
        case "rustdoc-default": return try linux715.get()
        case "x86_64-wide": return try linux715Wide.get()
        case "crates": return try linux715Crates.get()
        default: throw Tool.Failure(description: "no kernel corpus configuration \(name)")
        }
    }

    static func load<T>(_ body: () throws -> T) -> Result<T, Tool.Failure> {
        do {
            return .success(try body())
        } catch let error as Tool.Failure {
            return .failure(error)
        } catch {
            return .failure(Tool.Failure(description: "\(error)"))
        }
    }

    /// Every `.rs` under `root`, relative and sorted.
    static func rustFiles(under root: String) -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let entry = enumerator?.nextObject() as? String {
            if entry.hasSuffix(".rs") { paths.append(entry) }
        }
        return paths.sorted()
    }

    /// The digest of the tarball the tree comes from (the rustdoc cache's `treeDigest`).
    static let treeDigest: Result<String, Tool.Failure> = load {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: KernelFixture.fixturesDirectory + "/" + archive))
        return SHA256.hex(bytes)
    }

    /// Compares `units` (files, or crate roots) concurrently, each giving the comparisons of the
    /// files it covers.
    init(root: String, units: [String], configuration: Configuration,
         compare: @Sendable (String, RustdocCache) throws -> [FileFidelity]) throws {
        let start = Date()
        self.root = root
        self.configuration = configuration
        let cache = RustdocCache(treeDigest: try Self.treeDigest.get())
        let results = ConcurrentMap.map(units) { unit -> Result<[FileFidelity], Tool.Failure> in
            do {
                return .success(try compare(unit, cache))
            } catch let error as Tool.Failure {
                return .failure(error)
            } catch {
                return .failure(Tool.Failure(description: "\(unit): \(error)"))
            }
        }
        files = try results.flatMap { try $0.get() }
        seconds = Date().timeIntervalSince(start)
        cacheHits = cache.counters.hits
        cacheMisses = cache.counters.misses
    }

    /// One file, both sides given the `cfgs` whose name the file mentions: no other can change
    /// its doctests, and rustdoc takes three times as long with all 3,463 of x86_64-wide's.
    static func compare(_ relative: String, root: String, cfgs allCfgs: [String], cache: RustdocCache) throws -> FileFidelity {
        let absolute = root + "/" + relative
        let file = try SourceFile.read(path: absolute)
        let mentioned = Self.configSymbols(in: file.bytes)
        let cfgs = allCfgs.filter { mentioned.contains(String($0.prefix { $0 != "=" })) }
        let (cfg, invalid) = CfgSet.rustdocDefault(adding: cfgs)
        guard invalid.isEmpty else { throw Tool.Failure(description: "invalid cfg specs: \(invalid.prefix(5))") }
        let options = ExtractionOptions(crateName: "kernel", edition: "2021", cfg: cfg)
        let json = try cache.doctestJSON(root: root, relativePath: relative, cfgs: cfgs, content: file.bytes)
        let document = try JSONTree.parse(json)
        guard document["format_version"]?.intValue == 2, let all = document["doctests"]?.arrayValue else {
            throw Tool.Failure(description: "\(relative): rustdoc's JSON is not doctest format_version 2")
        }
        // A crate root also pulls in its child modules' files: those are compared as their own roots.
        let oracle = all.filter { $0["file"]?.stringValue == relative }
        // Read by absolute path (so `include_str!` resolves), named by the relative path as rustdoc names it.
        let extraction = DoctestExtractor(options: options).extract(from: file)
        let ours = extraction.doctests.map { test in
            var renamed = test
            renamed.file = relative
            return renamed
        }
        var fidelity = try FileFidelity(file: relative, ours: ours, oracle: oracle, lines: try Fixtures.lines(ofFile: absolute))
        fidelity.readErrors = extraction.findings
            .filter { ["syntax-error", "lex-error", "cfg-unparsable"].contains($0.ruleID) }
            .map { $0.gccStyle.replacingOccurrences(of: root + "/", with: "") }
        return fidelity
    }

    /// Every `CONFIG_…` word in `bytes`.
    static func configSymbols(in bytes: [UInt8]) -> Set<String> {
        let prefix = Array("CONFIG_".utf8)
        func isWordByte(_ b: UInt8) -> Bool { b == 0x5F || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        var symbols = Set<String>()
        var i = 0
        while i + prefix.count <= bytes.count {
            guard bytes[i] == prefix[0], (i == 0 || !isWordByte(bytes[i - 1])), bytes[i..<i + prefix.count].elementsEqual(prefix) else {
                i += 1
                continue
            }
            var end = i + prefix.count
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            symbols.insert(String(decoding: bytes[i..<end], as: UTF8.self))
            i = end
        }
        return symbols
    }

    var differences: [ObservedDifference] {
        files.flatMap(\.differences).sorted { $0.difference < $1.difference }
    }

    /// The figures of the issue: files, tests, recall, precision, lines and code, by category.
    func summary(expected: FidelityExpectations) -> String {
        func sum(_ field: KeyPath<FileFidelity, Int>) -> Int { files.reduce(0) { $0 + $1[keyPath: field] } }
        let rustdoc = sum(\.rustdocTests), kunitgen = sum(\.kunitgenTests), paired = sum(\.paired)
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "n/a" : String(format: "%.2f%%", 100 * Double(part) / Double(whole))
        }
        var byCategory: [FidelityDifference.Category: Int] = [:]
        for difference in differences { byCategory[difference.difference.category, default: 0] += 1 }
        let categories = FidelityDifference.Category.allCases.map { "\($0.rawValue) \(byCategory[$0] ?? 0)" }
        let (unexpected, stale) = expected.unexpectedAndStale(differences)
        return """
            Kernel 7.1.5 extraction fidelity, \(configuration.name) (each file its own crate root, rustdoc the oracle):
              files: \(files.count) (\(files.filter { $0.rustdocTests > 0 }.count) with rustdoc doctests)
              rustdoc tests: \(rustdoc); kunitgen tests: \(kunitgen); paired: \(paired)
              recall: \(percent(paired, rustdoc)); precision: \(percent(paired, kunitgen))
              of the \(paired) paired: rustdoc line equal \(percent(sum(\.sameLine), paired)) (\(sum(\.rustdocLineWrong)) where \
            rustdoc's line is not the fence's: kunitgen's true line is), code equal \(percent(sum(\.sameCode), paired)), \
            every field equal \(percent(sum(\.identical), paired))
              differences: \(differences.count) (\(categories.joined(separator: ", "))); \
            listed \(expected.entries.count), unexpected \(unexpected.count), stale \(stale.count)
              time: \(String(format: "%.1f", seconds)) s (rustdoc cache: \(cacheHits) hits, \(cacheMisses) runs)
            """
    }
}
