import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one way kunitgen replaces a file: a temporary created next to it with
/// `O_CREAT|O_EXCL|O_NOFOLLOW` under an unpredictable name (so a planted link or file is never
/// written through), filled, `fsync`ed, given the mode to keep, then `rename`d over the target.
/// A reader sees the old file or the new one, never half of one; an interrupted run leaves at
/// most a temporary named `.NAME.kunitgen-tmp-*`, which the next run in that directory removes.
public enum AtomicFileWriter {
    /// A temporary written and synced, not yet renamed.
    public struct Staged: Sendable {
        public var temporary: String
        public var target: String
    }

    static let temporaryMarker = ".kunitgen-tmp-"

    /// Writes `bytes` to a fresh temporary beside `target` (mode `mode`, default 0644 less the umask).
    public static func stage(_ bytes: [UInt8], for target: String, mode: mode_t? = nil) throws(SourceError) -> Staged {
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var lastError: Int32 = 0
        for _ in 0..<16 {
            let temporary = (directory.isEmpty ? "." : directory) + "/." + name + temporaryMarker + randomSuffix()
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode ?? 0o644)
            if fd < 0 {
                lastError = errno
                if lastError == EEXIST { continue }
                break
            }
            defer { close(fd) }
            if let mode { fchmod(fd, mode) }
            var written = 0
            let failed: Int32? = bytes.withUnsafeBytes { raw -> Int32? in
                while written < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                    if n < 0 { if errno == EINTR { continue }; return errno }
                    written += n
                }
                return nil
            }
            if let failed {
                unlink(temporary)
                throw SourceError(path: target, line: 1, message: "cannot write: \(String(cString: strerror(failed)))")
            }
            if fsync(fd) != 0 {
                let reason = errno
                unlink(temporary)
                throw SourceError(path: target, line: 1, message: "cannot write: \(String(cString: strerror(reason)))")
            }
            return Staged(temporary: temporary, target: target)
        }
        throw SourceError(path: target, line: 1, message: "cannot create a temporary file beside it: \(String(cString: strerror(lastError)))")
    }

    /// Renames staged files over their targets, in order.
    public static func commit(_ staged: [Staged]) throws(SourceError) {
        for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
            let reason = String(cString: strerror(errno))
            discard(Array(staged[index...]))
            throw SourceError(path: file.target, line: 1, message: "cannot replace file: \(reason)")
        }
    }

    public static func discard(_ staged: [Staged]) {
        for file in staged { unlink(file.temporary) }
    }

    /// Writes one file atomically, keeping the mode of the regular file it replaces.
    public static func write(_ bytes: [UInt8], to target: String) throws(SourceError) {
        var info = stat()
        let mode: mode_t? = lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? info.st_mode & 0o7777 : nil
        try commit([stage(bytes, for: target, mode: mode)])
    }

    /// Replaces the source file `target` with `bytes` — an edit the user asked for (`--fix`) — if it
    /// still holds `expected` (what was read and fixed): an edit saved meanwhile is never lost.
    /// A symbolic link is refused (replacing it would turn it into a file and leave its target
    /// unfixed); the file's mode is kept.
    public static func replaceSource(_ target: String, with bytes: [UInt8], expecting expected: [UInt8]) throws(SourceError) {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            throw SourceError(path: target, line: 1, message: "cannot replace: \(String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw SourceError(path: target, line: 1, message: "not fixed: it is a symbolic link or not a regular file (run on the file it points to)")
        }
        let staged = try stage(bytes, for: target, mode: info.st_mode & 0o7777)
        let current = try? SourceFile.readBytes(path: target)
        guard current == expected else {
            discard([staged])
            throw SourceError(path: target, line: 1, message: "not fixed: the file changed while it was being fixed (run again)")
        }
        try commit([staged])
    }

    /// Removes temporaries of `names` that earlier, killed runs left in `directory`.
    public static func removeStaleTemporaries(in directory: String, for names: [String]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where names.contains(where: { entry.hasPrefix("." + $0 + temporaryMarker) }) {
            var info = stat()
            let path = directory + "/" + entry
            // Only regular files this process could have made; never follow a link.
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { unlink(path) }
        }
    }

    private static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() & 0xFFFF_FFFF_FFFF, radix: 36)
    }
}
