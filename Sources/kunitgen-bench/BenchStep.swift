import DocTestKit
import Foundation

/// The three measured steps, each as the CLI runs it (minus argument parsing and output).
enum BenchStep: String, CaseIterable {
    case extract, generate, helpers

    static let options = ExtractionOptions(cfg: .rustdocDefault)

    /// Runs the step on `tree` once; returns what it counted (doctests, KUnit cases, helpers).
    func run(tree: String) -> Int {
        switch self {
        case .extract:
            return DoctestExtractor(options: Self.options).extract(paths: [tree]).doctests.count
        case .generate:
            guard let root = CrateWalker.rootFile(forCrate: "kernel") else { return 0 }
            let crate = CrateDoctests.extract(srctree: tree, root: root, options: Self.options)
            return KUnitGenerator.generate(crate.doctests, options: KUnitGenerationOptions()).cases.count
        case .helpers:
            return HelperChecker().run(srctree: tree).scan.functions.count
        }
    }

    /// Whether `tree` has what the step reads.
    func applies(to tree: String) -> Bool {
        let fm = FileManager.default
        switch self {
        case .extract: return true
        case .generate: return fm.fileExists(atPath: tree + "/rust/kernel/lib.rs")
        case .helpers: return fm.fileExists(atPath: tree + "/rust/helpers")
        }
    }

    /// Peak resident memory of a fresh process that runs only this step on `tree` (this
    /// executable started again with `--step`), so each step's figure is its own.
    func peakMemory(tree: String) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--step", rawValue, tree]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
