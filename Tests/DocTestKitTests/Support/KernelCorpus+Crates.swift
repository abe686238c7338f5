import Foundation
import TestSupport
@testable import DocTestKit

/// The same comparison crate by crate, as `generate` and `report` see the tree: rustdoc on each
/// crate root (`--crate-name` the crate's), against `CrateDoctests` from that root. This is where
/// item paths get their module prefixes and `mod x;` declarations decide which files count.
extension KernelCorpus {
    /// Every crate of the tree, found as `report` finds them (the kernel's known roots, then
    /// every file no `mod` reaches), with rustdoc's default cfgs.
    static let linux715Crates: Result<KernelCorpus, Tool.Failure> = load {
        let root = try KernelFixture.linux715()
        let analysis = TreeAnalysis.analyse(srctree: root, cfg: .rustdocDefault, helperChecker: nil)
        let crates = Dictionary(analysis.crates.map { ($0.root, $0) }, uniquingKeysWith: { first, _ in first })
        let configuration = Configuration(name: "crates", cfgs: [],
                                          expectationsPath: expectationsDirectory + "/fidelity-7.1.5-crates-expected.txt")
        return try KernelCorpus(root: root, units: crates.keys.sorted(), configuration: configuration) { crateRoot, cache in
            try compareCrate(crates[crateRoot]!, root: root, cache: cache)
        }
    }

    /// One crate: every file that kunitgen's walk or rustdoc's output names, compared as in the
    /// per-file corpus.
    static func compareCrate(_ crate: CrateSummary, root: String, cache: RustdocCache) throws -> [FileFidelity] {
        let content = try SourceFile.read(path: root + "/" + crate.root).bytes
        let json = try cache.doctestJSON(root: root, relativePath: crate.root, crateName: crate.name, content: content)
        let document = try JSONTree.parse(json)
        guard document["format_version"]?.intValue == 2, let oracle = document["doctests"]?.arrayValue else {
            throw Tool.Failure(description: "\(crate.root): rustdoc's JSON is not doctest format_version 2")
        }
        let options = ExtractionOptions(crateName: crate.name, edition: "2021", cfg: .rustdocDefault)
        let ours = CrateDoctests.extract(srctree: root, root: crate.root, options: options)
        var files = ours.files.map(\.path)
        for entry in oracle {
            if let file = entry["file"]?.stringValue, !files.contains(file) { files.append(file) }
        }
        let errors = ours.findings.filter { ["syntax-error", "lex-error", "cfg-unparsable"].contains($0.ruleID) }
        return try files.map { file in
            var fidelity = try FileFidelity(
                file: file, ours: ours.doctests.filter { $0.file == file },
                oracle: oracle.filter { $0["file"]?.stringValue == file },
                lines: try Fixtures.lines(ofFile: root + "/" + file))
            fidelity.readErrors = errors.filter { $0.location.path.hasSuffix(file) }
                .map { $0.gccStyle.replacingOccurrences(of: root + "/", with: "") }
            return fidelity
        }
    }
}
