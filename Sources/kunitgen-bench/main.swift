import DocTestKit
import Foundation

/// `swift build -c release --product kunitgen-bench && .build/release/kunitgen-bench
///  [--runs N] [--scales 1,10,100] [--no-rustdoc] [TREE...]`
///
/// For each tree (default `Fixtures/rust-src`): times extraction, generation and the helper check
/// in process, measures each step's peak memory in a process of its own, and runs rustdoc's own
/// doctest collection on the same files for the ratio. Then, from the first tree: a kernel-shaped
/// tree (300 files, 4 MB), a 60-file helpers tree, and copies 1×, 10×, 100× the tree's size to
/// show how cost grows. Ends with the issue's targets, each met or not.
if ResultsBench.child(Array(CommandLine.arguments.dropFirst())) { exit(0) }
let arguments = BenchArguments(Array(CommandLine.arguments.dropFirst()))

if let step = arguments.step {
    // Child process of `BenchStep.peakMemory`: one step, then this process's peak memory.
    _ = step.run(tree: arguments.trees[0])
    print(Measure.peakResidentBytes)
    exit(0)
}

if arguments.onlyResults {
    try ResultsBench.run(megabytes: arguments.resultsMegabytes)
    exit(0)
}

var targets = BenchTargets()

for tree in arguments.trees {
    let files = RustSourceWalker.rustFiles(at: tree).files
    let bytes = files.reduce(0) { $0 + ((try? Data(contentsOf: URL(fileURLWithPath: $1)).count) ?? 0) }
    print("## \(tree): \(files.count) .rs files, \(Measure.formatBytes(Double(bytes)))\n")
    print("| step | median | min | throughput | peak memory (own process) |")
    print("|---|---|---|---|---|")
    var timings: [BenchStep: Double] = [:]
    for step in BenchStep.allCases where step.applies(to: tree) {
        var count = 0
        let t = Measure.time(runs: arguments.runs) { count = step.run(tree: tree) }
        timings[step] = t.median
        let memory = step.peakMemory(tree: tree)
        targets.peakMemory = max(targets.peakMemory ?? 0, memory ?? 0)
        let what = switch step {
        case .extract: "kunitgen extract (\(count) doctests)"
        case .generate: "kunitgen generate, crate `kernel` (\(count) KUnit cases, files not written)"
        case .helpers: "kunitgen helpers (\(count) helpers, no kernel headers)"
        }
        let throughput = step == .extract ? "\(Measure.formatBytes(Double(bytes) / t.median))/s" : ""
        print("| \(what) | \(Measure.formatSeconds(t.median)) | \(Measure.formatSeconds(t.min)) | \(throughput) | \(memory.map { Measure.formatBytes(Double($0)) } ?? "?") |")
    }
    if arguments.rustdoc, let extraction = timings[.extract] {
        let rustdoc = RustdocRunner()
        let perFile = Measure.time(runs: 1) { rustdoc.collect(files: files) }
        print("| rustdoc --output-format=doctest, each file as crate root | \(Measure.formatSeconds(perFile.median)) | | \(Measure.formatBytes(Double(bytes) / perFile.median))/s | |")
        let roots = files.filter { $0.hasSuffix("/lib.rs") }
        var crateWide: Double?
        if !roots.isEmpty {
            crateWide = Measure.time(runs: 1) { rustdoc.collect(files: roots) }.median
            print("| rustdoc crate-wide collection from \(roots.count) crate root(s) (follows `mod`) | \(Measure.formatSeconds(crateWide!)) | | | |")
        }
        print("\nrustdoc / kunitgen extract on the same files: \(Measure.ratio(perFile.median, extraction))")
        if let crateWide {
            print("rustdoc crate-wide / kunitgen extract: \(Measure.ratio(crateWide, extraction))")
            targets.rustdocRatio = min(targets.rustdocRatio ?? .infinity, crateWide / extraction)
        }
    }
    print("")
}

let first = arguments.trees[0]

let kernelShaped = try SyntheticTree.kernelShaped(from: first, files: 300, bytes: 4 << 20)
defer { kernelShaped.remove() }
print("## Kernel-shaped tree: \(kernelShaped.files) files, \(Measure.formatBytes(Double(kernelShaped.bytes))) (from \(first))\n")
var shapedCount = 0
let shaped = Measure.time(runs: arguments.runs) { shapedCount = BenchStep.extract.run(tree: kernelShaped.root) }
let shapedMemory = BenchStep.extract.peakMemory(tree: kernelShaped.root)
targets.kernelShaped = shaped.median
targets.peakMemory = max(targets.peakMemory ?? 0, shapedMemory ?? 0)
print("| step | median | min | throughput | peak memory (own process) |")
print("|---|---|---|---|---|")
print("| kunitgen extract (\(shapedCount) doctests) | \(Measure.formatSeconds(shaped.median)) | \(Measure.formatSeconds(shaped.min)) | \(Measure.formatBytes(Double(kernelShaped.bytes) / shaped.median))/s | \(shapedMemory.map { Measure.formatBytes(Double($0)) } ?? "?") |")
if let cli = Measure.commandLine(["extract", "--format", "json", kernelShaped.root], runs: arguments.runs) {
    print("| the same as a command, `kunitgen extract --format json` (process start-up and output included) | \(Measure.formatSeconds(cli.median)) | \(Measure.formatSeconds(cli.min)) | | |")
}
print("")

let helperTree = try SyntheticTree.helpers(from: first, files: 60)
defer { helperTree.remove() }
if helperTree.files > 0 {
    var helpers = 0
    let check = Measure.time(runs: arguments.runs) { helpers = BenchStep.helpers.run(tree: helperTree.root) }
    targets.helpers60 = check.median
    let memory = BenchStep.helpers.peakMemory(tree: helperTree.root)
    targets.peakMemory = max(targets.peakMemory ?? 0, memory ?? 0)
    print("## Helpers tree: \(helperTree.files) C files, \(Measure.formatBytes(Double(helperTree.bytes))), \(helpers) helpers\n")
    print("kunitgen helpers: median \(Measure.formatSeconds(check.median)), min \(Measure.formatSeconds(check.min)), peak memory (own process) \(memory.map { Measure.formatBytes(Double($0)) } ?? "?")\n")
}

if !arguments.scales.isEmpty {
    print("## Scaling (copies of \(first))\n")
    print("| scale | files | size | median | time vs 1× |")
    print("|---|---|---|---|---|")
    var base: (time: Double, bytes: Int)?
    for scale in arguments.scales {
        let synthetic = try SyntheticTree.copies(of: first, scale)
        defer { synthetic.remove() }
        let t = Measure.time(runs: scale >= 100 ? max(1, arguments.runs / 2) : arguments.runs) {
            _ = BenchStep.extract.run(tree: synthetic.root)
        }
        base = base ?? (t.median, synthetic.bytes)
        let growth = t.median / base!.time
        let sizeGrowth = Double(synthetic.bytes) / Double(base!.bytes)
        if scale == 10 { targets.tenfold = growth / sizeGrowth * 10 }
        print("| \(scale)× | \(synthetic.files) | \(Measure.formatBytes(Double(synthetic.bytes))) | \(Measure.formatSeconds(t.median)) | \(String(format: "%.1f", growth))× for \(String(format: "%.0f", sizeGrowth))× the input |")
    }
    print("")
}

if arguments.resultsMegabytes > 0 { try ResultsBench.run(megabytes: arguments.resultsMegabytes) }

targets.print()
print("\nPeak memory of the benchmark process itself (every tree above, in turn): \(Measure.formatBytes(Double(Measure.peakResidentBytes)))")
