import DocTestKit
import Foundation
import Testing
@testable import kunitgen_bench

/// The benchmark's synthetic trees are what the scaling and target figures in BENCHMARKS.md are
/// measured on: they must be the size they claim and still be the fixture's code.
@Suite struct BenchSyntheticTreeTests {
    static let fixture = TreeCLI.srctree

    static func onDisk(_ root: String, extensions: Set<String> = ["rs"]) -> (files: Int, bytes: Int) {
        let files = RustSourceWalker.rustFiles(at: root, extensions: extensions).files
        return (files.count, files.reduce(0) { $0 + ((try? Data(contentsOf: URL(fileURLWithPath: $1)).count) ?? 0) })
    }

    @Test func copiesMultiplyFilesBytesAndDoctests() throws {
        let tree = try SyntheticTree.copies(of: Self.fixture, 3)
        defer { tree.remove() }
        let original = Self.onDisk(Self.fixture)
        #expect(Self.onDisk(tree.root) == (3 * original.files, 3 * original.bytes))
        #expect((tree.files, tree.bytes) == (3 * original.files, 3 * original.bytes))
        let extractor = DoctestExtractor(options: ExtractionOptions(cfg: .rustdocDefault))
        #expect(extractor.extract(paths: [tree.root]).doctests.count == 3 * extractor.extract(paths: [Self.fixture]).doctests.count)
    }

    @Test func kernelShapedTreeHasTheAskedSizeAndParsesCleanly() throws {
        let tree = try SyntheticTree.kernelShaped(from: Self.fixture, files: 30, bytes: 400_000)
        defer { tree.remove() }
        let disk = Self.onDisk(tree.root)
        #expect(disk == (30, tree.bytes))
        let largestPart = RustSourceWalker.rustFiles(at: Self.fixture).files
            .map { (try? Data(contentsOf: URL(fileURLWithPath: $0)).count) ?? 0 }.max() ?? 0
        #expect(tree.bytes >= 400_000 && tree.bytes < 400_000 + largestPart + 64)
        // Wrapping each part in `pub mod part_N { .. }` keeps the code well-formed: no new errors.
        let extractor = DoctestExtractor(options: ExtractionOptions(cfg: .rustdocDefault))
        #expect(!extractor.extract(paths: [Self.fixture]).findings.contains { $0.severity == .error })
        let result = extractor.extract(paths: [tree.root])
        #expect(!result.findings.contains { $0.severity == .error })
        #expect(result.doctests.count > 200)
        #expect(Set(result.doctests.compactMap { $0.itemPath.first }).allSatisfy { $0.hasPrefix("part_") })
    }

    @Test func helpersTreeHasSixtyCopiesOfTheFixtureHelpers() throws {
        let tree = try SyntheticTree.helpers(from: Self.fixture, files: 60)
        defer { tree.remove() }
        let files = RustSourceWalker.rustFiles(at: tree.root + "/rust/helpers", extensions: ["c"]).files
        #expect(files.count == 60 && Set(files).count == 60)
        let originals = Set(RustSourceWalker.rustFiles(at: Self.fixture + "/rust/helpers", extensions: ["c"]).files
            .map { try? Data(contentsOf: URL(fileURLWithPath: $0)) })
        #expect(files.allSatisfy { originals.contains(try? Data(contentsOf: URL(fileURLWithPath: $0))) })
    }
}
