import Foundation

/// Wall-clock timing and peak memory, for the benchmark only (never in unit tests).
enum Measure {
    /// Median and minimum of `runs` timings of `body`, in seconds.
    static func time(runs: Int, _ body: () throws -> Void) rethrows -> (median: Double, min: Double) {
        var samples: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        return (samples[samples.count / 2], samples[0])
    }

    /// Peak resident set size of this process so far, in bytes: `VmHWM` of /proc/self/status.
    /// (Not `getrusage`: Linux carries `ru_maxrss` across `execve`, so a child spawned by a big
    /// parent would report the parent's peak.)
    static var peakResidentBytes: Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }

    /// `a / b` as "N×".
    static func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.0f×", a / b) }

    /// Wall time of running the `kunitgen` executable built beside this one with `arguments`,
    /// output discarded; nil if there is no such executable.
    static func commandLine(_ arguments: [String], runs: Int) -> (median: Double, min: Double)? {
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let executable = bench.deletingLastPathComponent().appendingPathComponent("kunitgen")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { return nil }
        return time(runs: runs) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
        }
    }

    static func formatSeconds(_ s: Double) -> String {
        s < 1 ? String(format: "%.1f ms", s * 1000) : String(format: "%.2f s", s)
    }

    static func formatBytes(_ b: Double) -> String {
        b >= 1_048_576 ? String(format: "%.1f MB", b / 1_048_576) : String(format: "%.1f kB", b / 1024)
    }
}
