import Foundation
import Testing
import TestSupport

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

    typealias Output = ToolOutput

    static func run(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws -> Output {
        try Tool.run(binary, arguments, environment: environment, cwd: cwd)
    }
}

@Test func helpExitsZero() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("extract"))
}
