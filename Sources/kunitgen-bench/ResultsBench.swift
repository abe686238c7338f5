import DocTestKit
import Foundation

/// `kunitgen results` on generated logs of `megabytes` MB (default 200): its time and its peak
/// memory, each run in a process of its own (this executable again, with `--results-step`).
///
/// - `suites`: a kernel-shaped KUnit run in dmesg form: suites of 50 cases, each case printing
///   its `.location` line and four lines of kernel noise, one case in 97 failing with
///   KUnit's assertion lines;
/// - `noise`: one failing case whose diagnostics are the whole log (kernel noise, and one line
///   of 16 MB without a line end): what capping the messages is for.
enum ResultsBench {
    enum Shape: String, CaseIterable { case suites, noise }

    /// In the child: analyse and write `format` to /dev/null; print peak memory and output size.
    static func child(_ args: [String]) -> Bool {
        guard args.count == 3, args[0] == "--results-step", let format = ResultsCommand.Format(rawValue: args[1]) else { return false }
        guard let analysis = try? ResultsCommand.analyse(path: args[2]) else { print("0 0"); return true }
        let null = open("/dev/null", O_WRONLY)
        let out = ResultsOutput(fd: null)
        ResultsCommand.write(analysis, format: format, to: out)
        print("\(Measure.peakResidentBytes) \(out.bytesWritten) \(analysis.run.nodes.count)")
        return true
    }

    static func generate(_ shape: Shape, megabytes: Int) throws -> String {
        let path = NSTemporaryDirectory() + "kunitgen-bench-\(getpid())-\(shape).log"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let target = megabytes << 20
        var written = 0
        var buffer = ""
        var clock = 0
        func line(_ text: String) {
            clock += 1
            buffer += String(format: "[%5d.%06d] ", clock / 1_000_000, clock % 1_000_000) + text + "\n"
        }
        func flush() {
            written += buffer.utf8.count
            handle.write(Data(buffer.utf8))
            buffer = ""
        }
        let noise = "usb 1-1: new high-speed USB device number 2 using xhci_hcd, idVendor=0bda idProduct=8153"
        switch shape {
        case .suites:
            let perSuite = 29_000  // bytes a suite of the shape below takes, measured
            let suites = target / perSuite
            line("KTAP version 1")
            line("1..\(suites)")
            for s in 0..<suites {
                line("    KTAP version 1")
                line("    # Subtest: bench_suite_\(s)")
                line("    1..50")
                var suiteFailed = false
                for c in 1...50 {
                    let name = "rust_doctest_kernel_bench_\(s)_rs_\(c)"
                    line("    # \(name).location: rust/kernel/bench/s\(s).rs:\(c * 10)")
                    for _ in 0..<4 { line(noise) }
                    if (s * 50 + c) % 97 == 0 {
                        suiteFailed = true
                        line("    # \(name): ASSERTION FAILED at rust/kernel/bench/s\(s).rs:\(c * 10 + 3)")
                        line("    Expected x == y to be true, but x == 1 and y == 2")
                        line("    not ok \(c) \(name)")
                    } else {
                        line("    ok \(c) \(name)")
                    }
                }
                line("\(suiteFailed ? "not ok" : "ok") \(s + 1) bench_suite_\(s)")
                if buffer.utf8.count > 1 << 20 { flush() }
            }
        case .noise:
            line("KTAP version 1")
            line("1..1")
            line("    KTAP version 1")
            line("    # Subtest: noisy")
            line("    1..1")
            buffer += String(repeating: "x", count: 16 << 20) + "\n"
            while written + buffer.utf8.count < target {
                line(noise)
                if buffer.utf8.count > 1 << 20 { flush() }
            }
            line("    not ok 1 noisy_case")
            line("not ok 1 noisy")
        }
        flush()
        return path
    }

    static func measure(_ format: ResultsCommand.Format, _ path: String) -> (seconds: Double, peak: Int, output: Int, tests: Int)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--results-step", format.rawValue, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let numbers = String(decoding: output, as: UTF8.self).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard numbers.count == 3 else { return nil }
        return (seconds, numbers[0], numbers[1], numbers[2])
    }

    /// Prints the table; returns the largest peak memory measured.
    @discardableResult
    static func run(megabytes: Int) throws -> Int {
        print("## kunitgen results on generated \(megabytes) MB logs (each in a process of its own)\n")
        print("| log | format | tests | time | peak memory | output |")
        print("|---|---|---|---|---|---|")
        var worst = 0
        for shape in Shape.allCases {
            let path = try generate(shape, megabytes: megabytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            for format in [ResultsCommand.Format.text, .json, .junit, .kunitJSON] {
                guard let m = measure(format, path) else { print("| \(shape) | \(format.rawValue) | failed | | | |"); continue }
                worst = max(worst, m.peak)
                print("| \(shape), \(Measure.formatBytes(Double(size))) | \(format.rawValue) | \(m.tests) | \(Measure.formatSeconds(m.seconds)) | \(Measure.formatBytes(Double(m.peak))) | \(Measure.formatBytes(Double(m.output))) |")
            }
        }
        print("")
        return worst
    }
}
