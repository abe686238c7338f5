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

    /// Peak resident set size of this process so far, in bytes (Linux reports kB).
    static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    /// Peak resident set size of finished child processes, in bytes.
    static var peakChildResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    static func formatSeconds(_ s: Double) -> String {
        s < 1 ? String(format: "%.1f ms", s * 1000) : String(format: "%.2f s", s)
    }

    static func formatBytes(_ b: Double) -> String {
        b >= 1_048_576 ? String(format: "%.1f MB", b / 1_048_576) : String(format: "%.1f kB", b / 1024)
    }
}
