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

/// `--version` says the package version (the `VERSION` file) and the git revision it was built from.
@Test func versionNamesThePackageVersionAndRevision() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0)
    let version = try String(contentsOfFile: KernelFixture.packageRoot + "/VERSION", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(result.stdout.hasPrefix("kunitgen \(version) ("), "\(result.stdout)")
    // The revision the binary was built from: a commit of this repository (`-dirty` when the
    // work tree had changes then).
    let stamped = try #require(result.stdout.split(separator: "(").last?.split(separator: ")").first.map(String.init))
    let commit = stamped.hasSuffix("-dirty") ? String(stamped.dropLast(6)) : stamped
    #expect(commit.count == 12, "\(result.stdout)")
    let known = try Tool.run("git", ["-C", KernelFixture.packageRoot, "cat-file", "-e", commit + "^{commit}"])
    #expect(known.status == 0, "\(commit) is not a commit of this repository")
}
