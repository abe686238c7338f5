import Foundation
import Testing

/// Runs the built `kunitgen` binary, as users do.
enum CLI {
    static var binary: URL {
        // Tests run from the package's build directory: the binary is beside the test bundle.
        var url = Bundle.main.bundleURL
        while url.path != "/" {
            let candidate = url.appendingPathComponent("kunitgen")
            if FileManager.default.isExecutableFile(atPath: candidate.path),
               !candidate.hasDirectoryPath { return candidate }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/kunitgen")
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

@Test func helpExitsZero() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("extract"))
}
