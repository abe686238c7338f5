import DocTestKit
import Foundation

/// `swift run -c release kunitgen-bench [--runs N] [--scales 1,10,100] [--no-rustdoc] [TREE...]`
///
/// Measures extraction over each tree (default `Fixtures/rust-src`), runs rustdoc's own doctest
/// collection on the same files in the same run, and prints the ratio; then times synthetic trees
/// 1×, 10×, 100× the size of the first tree to show that cost grows linearly.
struct BenchArguments {
    var runs = 5
    var scales = [1, 10, 100]
    var rustdoc = true
    var trees: [String] = []

    init(_ args: [String]) {
        var it = args.makeIterator()
        while let arg = it.next() {
            switch arg {
            case "--runs": runs = Int(it.next() ?? "") ?? runs
            case "--scales": scales = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--no-rustdoc": rustdoc = false
            default: trees.append(arg)
            }
        }
        if trees.isEmpty { trees = ["Fixtures/rust-src"] }
    }
}

let arguments = BenchArguments(Array(CommandLine.arguments.dropFirst()))
let extractor = DoctestExtractor(options: ExtractionOptions(cfg: .rustdocDefault))

for tree in arguments.trees {
    let files = RustSourceWalker.rustFiles(at: tree).files
    let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    print("## \(tree): \(files.count) .rs files, \(Measure.formatBytes(Double(bytes)))\n")
    var count = 0
    let extraction = Measure.time(runs: arguments.runs) { count = extractor.extract(paths: files).doctests.count }
    print("| step | median | min | throughput |")
    print("|---|---|---|---|")
    print("| kunitgen extract (\(count) doctests) | \(Measure.formatSeconds(extraction.median)) | \(Measure.formatSeconds(extraction.min)) | \(Measure.formatBytes(Double(bytes) / extraction.median))/s |")
    if let root = CrateWalker.rootFile(forCrate: "kernel"),
       FileManager.default.fileExists(atPath: (tree as NSString).appendingPathComponent(root)) {
        var cases = 0
        let generation = Measure.time(runs: arguments.runs) {
            let crate = CrateDoctests.extract(srctree: tree, root: root, options: ExtractionOptions(cfg: .rustdocDefault))
            cases = KUnitGenerator.generate(crate.doctests, options: KUnitGenerationOptions()).cases.count
        }
        print("| kunitgen generate, crate `kernel` (\(cases) KUnit cases, files not written) | \(Measure.formatSeconds(generation.median)) | \(Measure.formatSeconds(generation.min)) | |")
    }
    let helperFiles = RustSourceWalker.rustFiles(at: (tree as NSString).appendingPathComponent("rust/helpers"), extensions: ["c"]).files
    if !helperFiles.isEmpty {
        var helpers = 0
        let check = Measure.time(runs: arguments.runs) { helpers = HelperChecker().run(srctree: tree).scan.functions.count }
        print("| kunitgen helpers (\(helperFiles.count) C files, \(helpers) helpers, no kernel headers) | \(Measure.formatSeconds(check.median)) | \(Measure.formatSeconds(check.min)) | |")
    }
    if arguments.rustdoc {
        let rustdoc = RustdocRunner()
        let perFile = Measure.time(runs: 1) { rustdoc.collect(files: files) }
        print("| rustdoc --output-format=doctest, each file as crate root | \(Measure.formatSeconds(perFile.median)) | | \(Measure.formatBytes(Double(bytes) / perFile.median))/s |")
        print("\nrustdoc / kunitgen on the same files: \(String(format: "%.0f", perFile.median / extraction.median))×")
        let roots = files.filter { $0.hasSuffix("/lib.rs") }
        if !roots.isEmpty {
            let crateWide = Measure.time(runs: 1) { rustdoc.collect(files: roots) }
            print("rustdoc crate-wide collection from \(roots.count) crate root(s) (follows `mod`): \(Measure.formatSeconds(crateWide.median)), \(String(format: "%.0f", crateWide.median / extraction.median))× kunitgen")
        }
    }
    print("")
}

if let first = arguments.trees.first, !arguments.scales.isEmpty {
    print("## Scaling (synthetic copies of \(first))\n")
    print("| scale | files | size | median | per MB |")
    print("|---|---|---|---|---|")
    var basePerByte: Double?
    for scale in arguments.scales {
        let synthetic = try SyntheticTree.make(from: first, copies: scale)
        defer { try? FileManager.default.removeItem(atPath: synthetic.root) }
        let t = Measure.time(runs: scale >= 100 ? max(1, arguments.runs / 2) : arguments.runs) {
            _ = extractor.extract(paths: [synthetic.root])
        }
        let perByte = t.median / Double(max(synthetic.bytes, 1))
        basePerByte = basePerByte ?? perByte
        print("| \(scale)× | \(synthetic.files) | \(Measure.formatBytes(Double(synthetic.bytes))) | \(Measure.formatSeconds(t.median)) | \(Measure.formatSeconds(perByte * 1_048_576)) (\(String(format: "%.2f", perByte / basePerByte!))× of 1×) |")
    }
    print("")
}
print("peak memory (whole benchmark process): \(Measure.formatBytes(Double(Measure.peakResidentBytes)))")
