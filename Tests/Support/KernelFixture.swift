import Foundation

/// The real Linux 7.1.5 tree and the kernel's own generated doctest files, from `Fixtures/kernel/`
/// (copies of `../shared/kernel/linux-7.1.5-rust.tar.xz` and its `anchor-7.1.5/`, compressed), unpacked
/// once per test process into the scratch directory. A missing archive or `tar` is a test failure,
/// never a skip: the real kernel is the oracle.
public enum KernelFixture {
    /// The package root (the directory holding `Package.swift`).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    public static var fixturesDirectory: String { packageRoot + "/Fixtures/kernel" }

    /// `../shared/kernel` beside the package (CI lays `shared/` next to the clone), or nil.
    public static var sharedKernelDirectory: String? {
        let candidates = [packageRoot + "/../shared/kernel", packageRoot + "/../../shared/kernel"]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/typecheck") }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var unpacked: [String: Result<String, Tool.Failure>] = [:]

    /// Unpacks `Fixtures/kernel/ARCHIVE` once; returns the directory it was unpacked into.
    public static func unpack(_ archive: String) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let done = unpacked[archive] { return try done.get() }
        let destination = Scratch.directory("kernel-" + archive)
        let result: Result<String, Tool.Failure>
        do {
            let out = try Tool.run("tar", ["-xJf", fixturesDirectory + "/" + archive, "-C", destination])
            result = out.status == 0 ? .success(destination)
                : .failure(Tool.Failure(description: "tar -xJf \(archive) failed: \(out.output)"))
        } catch let error as Tool.Failure {
            result = .failure(error)
        }
        unpacked[archive] = result
        return try result.get()
    }

    /// The unpacked 7.1.5 tree (`…/linux-7.1.5`).
    public static func linux715() throws -> String {
        try unpack("linux-7.1.5-rust.tar.xz") + "/linux-7.1.5"
    }

    /// The kernel's own output for 7.1.5 under one configuration: `none`, `x86_64-kunit` or
    /// `x86_64-wide` (`doctests_kernel_generated.rs`, `_kunit.c`, `rustdoc-test.log`, `config`).
    public static func anchor715(_ configuration: String) throws -> String {
        try unpack("anchor-7.1.5.tar.xz") + "/anchor-7.1.5/" + configuration
    }
}
