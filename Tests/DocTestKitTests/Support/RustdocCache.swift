import Foundation
import TestSupport

/// rustdoc's doctest JSON for files of a fixed tree, kept on disk between test runs (about 0.15 s
/// of rustdoc per file, 349 files in the 7.1.5 tree). The key is the SHA-256 of everything the
/// output depends on: rustdoc's `--version --verbose`, its arguments, the file's path and
/// content, and a digest of the whole tree (a file's doctests can come from other files: child
/// modules' macros, `include_str!`). Only output that is doctest JSON is stored; entries are
/// written atomically, so concurrent test processes can share the directory.
struct RustdocCache {
    /// `$KUNITGEN_RUSTDOC_CACHE`, else `/tmp/kunitgen-rustdoc-cache`.
    static var defaultDirectory: String {
        ProcessInfo.processInfo.environment["KUNITGEN_RUSTDOC_CACHE"] ?? "/tmp/kunitgen-rustdoc-cache"
    }

    /// rustdoc's full version (commit hash and LLVM included), so an update invalidates everything.
    static let rustdocVersion: Result<String, Tool.Failure> = {
        do {
            let out = try Tool.run(try Rustdoc.executable(), ["--version", "--verbose"])
            guard out.status == 0, !out.stdout.isEmpty else {
                return .failure(Tool.Failure(description: "rustdoc --version --verbose failed: \(out.output)"))
            }
            return .success(out.stdout)
        } catch let error as Tool.Failure {
            return .failure(error)
        } catch {
            return .failure(Tool.Failure(description: "\(error)"))
        }
    }()

    var directory: String = Self.defaultDirectory
    /// Identifies the tree's whole content (e.g. the SHA-256 of the archive it was unpacked from).
    var treeDigest: String

    /// Counts of this process's lookups, for the summary line.
    final class Counters: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var hits = 0
        private(set) var misses = 0
        func record(hit: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if hit { hits += 1 } else { misses += 1 }
        }
    }
    let counters = Counters()

    /// rustdoc's doctest JSON for `relativePath` of `root` (run with `root` as its working
    /// directory, so `file` fields are relative; `cfgs` as `--cfg`), from the cache or from rustdoc.
    func doctestJSON(root: String, relativePath: String, cfgs: [String] = [], crateName: String = "kernel",
                     content: [UInt8]) throws -> String {
        var hasher = SHA256()
        hasher.update("kunitgen-rustdoc-cache 1\n")
        hasher.update(try Self.rustdocVersion.get())
        hasher.update(Rustdoc.doctestArguments(path: relativePath, cfgs: cfgs, crateName: crateName).joined(separator: "\u{0}"))
        hasher.update("\n\(treeDigest)\n")
        hasher.update(content)
        let entry = "\(directory)/\(hasher.hexDigest()).json"
        if let cached = FileManager.default.contents(atPath: entry) {
            counters.record(hit: true)
            return String(decoding: cached, as: UTF8.self)
        }
        counters.record(hit: false)
        let result = try Rustdoc.doctests(path: relativePath, cfgs: cfgs, crateName: crateName, cwd: root)
        // rustdoc prints the JSON even when names do not resolve (status 1): keep any JSON output.
        guard result.stdout.hasPrefix("{\"format_version\":") else {
            let diagnostics = result.stderr.split(separator: "\n").prefix(20).joined(separator: "\n")
            throw Tool.Failure(description: """
                rustdoc on \(relativePath) (exit status \(result.status)) printed no doctest JSON. \
                First diagnostics:
                \(diagnostics)
                """)
        }
        try store(result.stdout, at: entry)
        return result.stdout
    }

    private func store(_ json: String, at entry: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = "\(entry).tmp-\(getpid())-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(json.utf8)) else {
            throw Tool.Failure(description: "cannot write the rustdoc cache entry \(temporary)")
        }
        guard rename(temporary, entry) == 0 else {
            unlink(temporary)
            throw Tool.Failure(description: "cannot rename \(temporary) to \(entry): errno \(errno)")
        }
    }
}
