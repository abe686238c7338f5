import Foundation

/// What a finished process printed, and how it ended.
public struct ToolOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Everything the program printed, for failure messages.
    public var output: String { stdout + stderr }
}

/// Runs programs for the tests: the built `kunitgen`, rustdoc (the oracle), rustc, cc, git, Chromium.
public enum Tool {
    /// Runs the program `name` (see `find`), with `$HOME/.cargo/bin` on its `PATH` too (rustc
    /// and clippy-driver find their tools there); a missing program is an error that says so.
    public static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:],
                           cwd: String? = nil, mergingStderr: Bool = false) throws -> ToolOutput {
        guard let executable = find(name) else { throw Failure(description: "\(name) not found on PATH or in $HOME/.cargo/bin") }
        let current = ProcessInfo.processInfo.environment
        var environment = environment
        if environment["PATH"] == nil, let home = current["HOME"] {
            environment["PATH"] = (current["PATH"] ?? "/usr/bin:/bin") + ":" + home + "/.cargo/bin"
        }
        return try run(executable, arguments, environment: environment, cwd: cwd, mergingStderr: mergingStderr)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// `name` on `PATH`, else in `$HOME/.cargo/bin` (where rustup puts rustdoc and rustc).
    /// An absolute path is taken as it is.
    public static func find(_ name: String) -> URL? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let environment = ProcessInfo.processInfo.environment
        var directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        if let home = environment["HOME"] { directories.append(home + "/.cargo/bin") }
        return directories.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `executable` to the end. stdout and stderr are drained concurrently (a child that
    /// fills one pipe while the other is being read would otherwise deadlock); `stdin` is written
    /// to the child's standard input (empty input when nil). `environment` adds to this process's.
    /// With `mergingStderr`, both streams go to `stdout`, interleaved as written (`stderr` is empty).
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           cwd: String? = nil, stdin: String? = nil,
                           mergingStderr: Bool = false) throws -> ToolOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = mergingStderr ? out : err
        process.standardInput = input
        do { try process.run() } catch {
            throw Failure(description: "cannot start \(executable.path): \(error)")
        }
        let errors = mergingStderr ? nil : Drain(err.fileHandleForReading)
        try? input.fileHandleForWriting.write(contentsOf: Data((stdin ?? "").utf8))
        try? input.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errorOutput = errors?.wait() ?? Data()
        process.waitUntilExit()
        return ToolOutput(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                          stderr: String(decoding: errorOutput, as: UTF8.self))
    }

    /// Reads a pipe to its end on a thread of its own.
    private final class Drain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}

/// rustdoc's own doctest collection, the oracle the tests compare kunitgen with.
public enum Rustdoc {
    /// rustdoc from `PATH` or `$HOME/.cargo/bin`. Missing rustdoc is a test failure, never a skip:
    /// the differential suite is the project's main safety net.
    public static func executable() throws -> URL {
        guard let found = Tool.find("rustdoc") else {
            throw Tool.Failure(description: """
                rustdoc not found (looked on PATH and in $HOME/.cargo/bin). The differential tests need \
                rustdoc >= 1.89 (for `--output-format=doctest`); install it with rustup and re-run.
                """)
        }
        return found
    }

    /// `rustdoc --output-format=doctest` on `path` as the root of crate `kernel` (edition 2021), with
    /// `--cfg` for each of `cfgs`. rustdoc prints the JSON even when names do not resolve (it then
    /// exits 1), so the status is left to the caller.
    public static func doctests(path: String, cfgs: [String] = [], crateName: String = "kernel",
                                cwd: String? = nil) throws -> ToolOutput {
        try Tool.run(executable(), doctestArguments(path: path, cfgs: cfgs, crateName: crateName),
                     environment: ["RUSTC_BOOTSTRAP": "1"], cwd: cwd)
    }

    /// The arguments `doctests` gives rustdoc (part of the rustdoc cache's key).
    public static func doctestArguments(path: String, cfgs: [String] = [], crateName: String = "kernel") -> [String] {
        var arguments = ["-Zunstable-options", "--output-format=doctest", "--crate-type", "lib",
                         "--edition", "2021", "--crate-name", crateName]
        for cfg in cfgs { arguments += ["--cfg", cfg] }
        arguments.append(path)
        return arguments
    }
}
