import Foundation
import TestSupport
@testable import DocTestKit

/// Every `.rs` file of the Linux 7.1.5 tarball, each extracted by kunitgen and by rustdoc as a
/// crate root of its own (what `kunitgen extract` models), compared file by file. Computed once
/// per test process; rustdoc runs on every core at once and its JSON is cached (`RustdocCache`).
struct KernelCorpus {
    var root: String
    var files: [FileFidelity]
    var seconds: Double
    var cacheHits: Int
    var cacheMisses: Int

    static let archive = "linux-7.1.5-rust.tar.xz"
    static let expectationsPath = Fixtures.packageRoot + "/Tests/KernelCorpus/fidelity-7.1.5-expected.txt"

    /// The comparison, or why it could not be made (a missing rustdoc or tarball fails the tests).
    static let linux715: Result<KernelCorpus, Tool.Failure> = {
        do {
            return .success(try KernelCorpus(root: try KernelFixture.linux715()))
        } catch let error as Tool.Failure {
            return .failure(error)
        } catch {
            return .failure(Tool.Failure(description: "\(error)"))
        }
    }()

    /// Every `.rs` under `root`, relative and sorted.
    static func rustFiles(under root: String) -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let entry = enumerator?.nextObject() as? String {
            if entry.hasSuffix(".rs") { paths.append(entry) }
        }
        return paths.sorted()
    }

    init(root: String) throws {
        let start = Date()
        self.root = root
        let archiveBytes = try Data(contentsOf: URL(fileURLWithPath: KernelFixture.fixturesDirectory + "/" + Self.archive))
        let cache = RustdocCache(treeDigest: SHA256.hex(archiveBytes))
        let paths = Self.rustFiles(under: root)
        let options = ExtractionOptions(crateName: "kernel", edition: "2021", cfg: CfgSet.rustdocDefault)
        let results = ConcurrentMap.map(paths) { relative -> Result<FileFidelity, Tool.Failure> in
            do {
                return .success(try Self.compare(relative, root: root, cache: cache, options: options))
            } catch let error as Tool.Failure {
                return .failure(error)
            } catch {
                return .failure(Tool.Failure(description: "\(relative): \(error)"))
            }
        }
        files = try results.map { try $0.get() }
        seconds = Date().timeIntervalSince(start)
        cacheHits = cache.counters.hits
        cacheMisses = cache.counters.misses
    }

    static func compare(_ relative: String, root: String, cache: RustdocCache, options: ExtractionOptions) throws -> FileFidelity {
        let absolute = root + "/" + relative
        let file = try SourceFile.read(path: absolute)
        let json = try cache.doctestJSON(root: root, relativePath: relative, content: file.bytes)
        let document = try JSONTree.parse(json)
        guard document["format_version"]?.intValue == 2, let all = document["doctests"]?.arrayValue else {
            throw Tool.Failure(description: "\(relative): rustdoc's JSON is not doctest format_version 2")
        }
        // A crate root also pulls in its child modules' files: those are compared as their own roots.
        let oracle = all.filter { $0["file"]?.stringValue == relative }
        // Read by absolute path (so `include_str!` resolves), named by the relative path as rustdoc names it.
        let ours = DoctestExtractor(options: options).extract(from: file).doctests.map { test in
            var renamed = test
            renamed.file = relative
            return renamed
        }
        return try FileFidelity(file: relative, ours: ours, oracle: oracle, lines: try Fixtures.lines(ofFile: absolute))
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
            Kernel 7.1.5 extraction fidelity (every file its own crate root, rustdoc as the oracle):
              files: \(files.count) (\(files.filter { $0.rustdocTests > 0 }.count) with rustdoc doctests)
              rustdoc tests: \(rustdoc); kunitgen tests: \(kunitgen); paired: \(paired)
              recall: \(percent(paired, rustdoc)); precision: \(percent(paired, kunitgen))
              rustdoc line equal: \(percent(sum(\.sameLine), rustdoc)); code equal: \(percent(sum(\.sameCode), rustdoc)); \
            every field equal: \(percent(sum(\.identical), rustdoc))
              differences: \(differences.count) (\(categories.joined(separator: ", "))); \
            listed \(expected.entries.count), unexpected \(unexpected.count), stale \(stale.count)
              time: \(String(format: "%.1f", seconds)) s (rustdoc cache: \(cacheHits) hits, \(cacheMisses) runs)
            """
    }
}
