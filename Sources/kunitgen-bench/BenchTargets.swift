/// The performance issue's targets, filled in as the benchmark measures, printed at the end.
struct BenchTargets {
    var rustdocRatio: Double?
    var kernelShaped: Double?
    var helpers60: Double?
    var peakMemory: Int?
    /// Time for 10× the input, in multiples of the 1× time (scaled to exactly 10× the bytes).
    var tenfold: Double?

    func print() {
        Swift.print("## Targets\n")
        Swift.print("| target | measured | |")
        Swift.print("|---|---|---|")
        row("extraction ≥ 20× faster than rustdoc's crate-wide collection", rustdocRatio.map { String(format: "%.0f×", $0) },
            rustdocRatio.map { $0 >= 20 })
        row("300 files / 4 MB extracted in ≤ 100 ms", kernelShaped.map(Measure.formatSeconds), kernelShaped.map { $0 <= 0.1 })
        row("helper check of 60 files ≤ 1 s", helpers60.map(Measure.formatSeconds), helpers60.map { $0 <= 1 })
        row("peak memory ≤ 100 MB (each step in its own process)", peakMemory.map { Measure.formatBytes(Double($0)) },
            peakMemory.map { $0 <= 100 << 20 })
        row("10× input ≤ 11× time", tenfold.map { String(format: "%.1f×", $0) }, tenfold.map { $0 <= 11 })
    }

    private func row(_ target: String, _ measured: String?, _ met: Bool?) {
        Swift.print("| \(target) | \(measured ?? "not measured") | \(met.map { $0 ? "met" : "NOT met" } ?? "") |")
    }
}
