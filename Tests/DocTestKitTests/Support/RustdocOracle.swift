import Foundation

/// Runs the real rustdoc on one file as a crate root and returns its doctests (the oracle the
/// differential suite compares kunitgen with). Nothing is cached on disk: every call runs
/// rustdoc afresh (about 0.2 s per file).
enum RustdocOracle {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// rustdoc from `PATH`, else `$HOME/.cargo/bin`. Missing rustdoc is a test failure, never a skip:
    /// the differential suite is the project's main safety net.
    static func rustdocPath() throws -> String {
        let env = ProcessInfo.processInfo.environment
        var candidates = (env["PATH"] ?? "").split(separator: ":").map { "\($0)/rustdoc" }
        if let home = env["HOME"] { candidates.append("\(home)/.cargo/bin/rustdoc") }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return found
        }
        throw Failure(description: """
            rustdoc not found (looked on PATH and in $HOME/.cargo/bin). The differential tests need \
            rustdoc >= 1.89 (for `--output-format=doctest`); install it with rustup and re-run.
            """)
    }

    /// The doctests rustdoc reports for `path` (absolute), keeping only entries whose `file` is
    /// `path` itself (a crate root also pulls in its child modules). `cfgs` become `--cfg` flags.
    static func doctests(path: String, cfgs: [String] = []) throws -> [JSONTree] {
        let document = try run(path: path, cfgs: cfgs)
        guard document["format_version"]?.intValue == 2 else {
            throw Failure(description: "rustdoc's doctest JSON for \(path) has format_version \(document["format_version"]?.description ?? "missing"), expected 2")
        }
        guard let all = document["doctests"]?.arrayValue else {
            throw Failure(description: "rustdoc's doctest JSON for \(path) has no `doctests` array")
        }
        return all.filter { $0["file"]?.stringValue == path }
    }

    /// Runs rustdoc and parses its stdout. Names need not resolve: rustdoc prints the JSON even when
    /// it reports errors (exit status 1), so a non-zero status only fails if stdout is not JSON.
    static func run(path: String, cfgs: [String]) throws -> JSONTree {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try rustdocPath())
        var arguments = [
            "-Zunstable-options", "--output-format=doctest", "--crate-type", "lib",
            "--edition", "2021", "--crate-name", "kernel",
        ]
        for cfg in cfgs { arguments += ["--cfg", cfg] }
        arguments.append(path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["RUSTC_BOOTSTRAP"] = "1"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(description: "cannot start rustdoc: \(error)")
        }
        // Read stderr on another thread: rustdoc's diagnostics for unresolved names can exceed a
        // pipe buffer, and reading only stdout would then deadlock.
        let errorBox = OutputBox()
        let reader = Thread { errorBox.data = stderr.fileHandleForReading.readDataToEndOfFile(); errorBox.done.signal() }
        reader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        errorBox.done.wait()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        do {
            return try JSONTree.parse(text)
        } catch {
            let diagnostics = String(decoding: errorBox.data, as: UTF8.self)
                .split(separator: "\n").prefix(20).joined(separator: "\n")
            throw Failure(description: """
                rustdoc on \(path) (exit status \(process.terminationStatus)) did not print doctest JSON \
                (\(error)); the fixture must stay parseable. First diagnostics:
                \(diagnostics)
                """)
        }
    }

    private final class OutputBox: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
