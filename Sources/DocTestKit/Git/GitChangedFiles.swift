import Foundation

/// The files a contributor changed since a git revision: what `git send-email` would send plus
/// what is not committed yet. That is every file that differs between the working tree and the
/// merge base of REV and HEAD (`git diff $(git merge-base REV HEAD)`: commits since REV, staged and
/// unstaged edits) plus new untracked files that are not ignored. The merge base, not REV itself,
/// so that `--since origin/master` on a branch that is behind upstream does not pick up
/// upstream's own changes. Deleted files are left out: they have no doctests or helpers left.
public struct GitChangedFiles: Sendable {
    /// Absolute, symlink-resolved paths (see `canonicalPath`).
    public var paths: Set<String>
    /// The work tree's top directory.
    public var topLevel: String
    /// For files that differ from the merge base: the line ranges of the working tree's version
    /// that were added or changed (`git diff -U0` hunks), by canonical path. A changed path
    /// without an entry (a new untracked file) counts as changed on every line.
    public var lines: [String: [ClosedRange<Int>]] = [:]

    public init(paths: Set<String>, topLevel: String, lines: [String: [ClosedRange<Int>]] = [:]) {
        self.paths = paths
        self.topLevel = topLevel
        self.lines = lines
    }

    /// Whether `line` of `path` is new or changed (every line of a new file is).
    public func containsLine(_ path: String, _ line: Int) -> Bool {
        let canonical = Self.canonicalPath(path)
        guard paths.contains(canonical) else { return false }
        guard let ranges = lines[canonical] else { return true }
        return ranges.contains { $0.contains(line) }
    }

    /// Hunks of `git diff -U0` output: `+++ b/PATH` then `@@ -a,b +c,d @@` (d = 0: nothing added).
    static func parseHunks(_ diff: [UInt8], topLevel: String) -> [String: [ClosedRange<Int>]] {
        var out: [String: [ClosedRange<Int>]] = [:]
        var current: String?
        for raw in diff.split(separator: 10) {
            let line = String(decoding: raw, as: UTF8.self)
            if line.hasPrefix("+++ ") {
                let name = line.dropFirst(4)
                current = name.hasPrefix("b/") ? canonicalPath(topLevel + "/" + name.dropFirst(2)) : nil
                if let current, out[current] == nil { out[current] = [] }
            } else if line.hasPrefix("@@ "), let current {
                let fields = line.split(separator: " ")
                guard fields.count >= 3, fields[2].hasPrefix("+") else { continue }
                let parts = fields[2].dropFirst().split(separator: ",")
                guard let start = Int(parts[0]) else { continue }
                let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
                if count > 0 { out[current, default: []].append(start...(start + count - 1)) }
            }
        }
        return out
    }

    public func contains(_ path: String) -> Bool {
        paths.contains(Self.canonicalPath(path))
    }

    /// The changed files of the repository holding `directory` (a file's directory is used for a file).
    public static func since(_ revision: String, in directory: String, git: String = "/usr/bin/git") throws(GitError) -> GitChangedFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw GitError("\(directory) does not exist")
        }
        let workDirectory = isDirectory.boolValue ? directory : (directory as NSString).deletingLastPathComponent
        let runner = GitRunner(executable: git, directory: workDirectory.isEmpty ? "." : workDirectory)

        let top = try runner.run(["rev-parse", "--show-toplevel"], failure: {
            "\(workDirectory.isEmpty ? "." : workDirectory) is not inside a git work tree (drop --since, or run on a clone)"
        })
        let topLevel = String(decoding: top, as: UTF8.self).trimmingCharacters(in: .newlines)
        if revision.hasPrefix("-") { throw GitError("'\(revision)' is not a revision (it starts with '-')") }
        _ = try runner.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], failure: {
            "unknown revision '\(revision)' in \(topLevel) (check the spelling, or fetch it first)"
        })
        let base = try runner.run(["merge-base", revision, "HEAD"], failure: {
            "'\(revision)' and HEAD have no common ancestor in \(topLevel)"
        })
        let baseCommit = String(decoding: base, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let topRunner = GitRunner(executable: git, directory: topLevel)
        // -z: paths with any bytes, no quoting. --no-renames: a renamed file counts as added.
        let changed = try topRunner.run(["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", "--diff-filter=d", baseCommit, "--"],
                                        failure: { "git diff against \(revision) failed in \(topLevel)" })
        let untracked = try topRunner.run(["ls-files", "--others", "--exclude-standard", "-z"],
                                          failure: { "git ls-files failed in \(topLevel)" })
        var paths = Set<String>()
        for output in [changed, untracked] {
            for name in output.split(separator: 0) where !name.isEmpty {
                paths.insert(canonicalPath(topLevel + "/" + String(decoding: name, as: UTF8.self)))
            }
        }
        let diff = try topRunner.run(["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--diff-filter=d", baseCommit, "--"],
                                     failure: { "git diff -U0 against \(revision) failed in \(topLevel)" })
        return GitChangedFiles(paths: paths, topLevel: topLevel, lines: parseHunks(diff, topLevel: topLevel))
    }

    /// Absolute path with symbolic links resolved, so that `rust/kernel/x.rs`, `./rust/kernel/x.rs`
    /// and git's own spelling of the same file compare equal.
    public static func canonicalPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return (absolute as NSString).standardizingPath
    }
}

/// Why the changed files could not be listed; `message` says what to do.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Runs git without a shell; stdout is returned, stderr kept for the error message.
struct GitRunner {
    var executable: String
    var directory: String

    /// Options that make a repository's own configuration unable to run anything: a tree's
    /// `core.fsmonitor`, hooks, pager, external diff and textconv drivers are all commands.
    static let neutralisingOptions = [
        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat", "-c", "diff.external=",
        "-c", "core.untrackedCache=false", "-c", "core.sshCommand=false", "-c", "protocol.allow=never",
        "--no-pager",
    ]

    func run(_ arguments: [String], failure: () -> String) throws(GitError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-C", directory] + Self.neutralisingOptions + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_OPTIONAL_LOCKS"] = "0"  // a read-only query must not take the index lock
        // The checked tree is untrusted: nothing of its configuration may run a program.
        for name in ["GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER", "GIT_DIFF_OPTS", "GIT_CONFIG_PARAMETERS"] { environment[name] = nil }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw GitError("cannot run \(executable): \(error.localizedDescription) (is git installed?)")
        }
        // Read both pipes to the end before waiting, so a large listing cannot block git.
        let errorData = ConcurrentPipeReader(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorText = errorData.finish()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = errorText.trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(failure() + (detail.isEmpty ? "" : " [git: \(detail.split(separator: "\n").first ?? "")]"))
        }
        return [UInt8](output)
    }
}

/// Drains a pipe on another thread (git's stderr) while the caller reads stdout.
final class ConcurrentPipeReader: @unchecked Sendable {
    private let handle: FileHandle
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        self.handle = handle
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
