import Foundation

/// Writes generated files into one output directory: only when the content changed (so `make`
/// sees an unchanged timestamp and rebuilds nothing), atomically (`AtomicFileWriter`), as one
/// unit (every changed file staged first, then all renamed: on any failure none is replaced),
/// under a lock on the directory (two runs into one `--out` never mix their files), and never
/// anywhere but directly inside that directory.
public struct GeneratedFileWriter: Sendable {
    public enum Outcome: String, Sendable {
        case written, unchanged
    }

    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// What writing `file` would do, without writing.
    public func plannedOutcome(_ file: GeneratedFile) throws(SourceError) -> Outcome {
        let path = try target(file.name)
        return existing(path) == Array(file.contents.utf8) ? .unchanged : .written
    }

    @discardableResult
    public func write(_ file: GeneratedFile) throws(SourceError) -> Outcome {
        try writeAll([file])[0]
    }

    /// Writes `files` as one unit; the outcomes are in the same order.
    @discardableResult
    public func writeAll(_ files: [GeneratedFile]) throws(SourceError) -> [Outcome] {
        let paths = try files.map { (file) throws(SourceError) -> String in try target(file.name) }
        try ensureDirectory()
        let lock = try Lock(directory: directory)
        defer { lock.release() }
        AtomicFileWriter.removeStaleTemporaries(in: directory, for: files.map(\.name))
        var staged: [AtomicFileWriter.Staged] = []
        var outcomes: [Outcome] = []
        for (file, path) in zip(files, paths) {
            let bytes = Array(file.contents.utf8)
            if existing(path) == bytes { outcomes.append(.unchanged); continue }
            var info = stat()
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
                AtomicFileWriter.discard(staged)
                throw SourceError(path: path, line: 1, message: "refusing to replace: not a regular file (a link or a directory)")
            }
            do { staged.append(try AtomicFileWriter.stage(bytes, for: path)) } catch {
                AtomicFileWriter.discard(staged)
                throw error
            }
            outcomes.append(.written)
        }
        try AtomicFileWriter.commit(staged)
        return outcomes
    }

    private func ensureDirectory() throws(SourceError) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw SourceError(path: directory, line: 1, message: "cannot create output directory: \(error.localizedDescription)")
            }
        } else if !isDirectory.boolValue {
            throw SourceError(path: directory, line: 1, message: "output path is not a directory")
        }
    }

    /// `directory/name`, refusing names that would leave the directory.
    func target(_ name: String) throws(SourceError) -> String {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            throw SourceError(path: name, line: 1, message: "refusing to write `\(name)`: not a plain file name inside the output directory")
        }
        return (directory as NSString).appendingPathComponent(name)
    }

    private func existing(_ path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    /// An exclusive `flock` on the output directory itself (Linux locks directories too), held
    /// while files are replaced: no lock file is left behind.
    struct Lock {
        let fd: Int32

        init(directory: String) throws(SourceError) {
            fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else {
                throw SourceError(path: directory, line: 1, message: "cannot open the output directory: \(String(cString: strerror(errno)))")
            }
            while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        }

        func release() {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}
