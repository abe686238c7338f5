import DocTestKit
import Foundation

/// Runs rustdoc's own doctest collection, the way the differential tests do.
struct RustdocRunner {
    let executable: String

    init() {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/rustdoc" }
            + ["\(NSHomeDirectory())/.cargo/bin/rustdoc"]
        executable = candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "rustdoc"
    }

    /// One rustdoc process per file, sequentially (as a user would run it per file).
    func collect(files: [String]) {
        for file in files {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-Zunstable-options", "--output-format=doctest", "--crate-type", "lib",
                                 "--edition", "2021", "--crate-name", "kernel", file]
            var environment = ProcessInfo.processInfo.environment
            environment["RUSTC_BOOTSTRAP"] = "1"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run(); process.waitUntilExit() } catch {
                FileHandle.standardError.write(Data("cannot run \(executable): \(error)\n".utf8))
                return
            }
        }
    }
}
