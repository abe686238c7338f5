import Foundation

/// Writes generated files into one output directory: only when the content changed (so `make`
/// sees an unchanged timestamp and rebuilds nothing), atomically (a temporary file in the same
/// directory, then `rename`), and never anywhere but directly inside that directory.
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
        let path = try target(file.name)
        let bytes = Array(file.contents.utf8)
        if existing(path) == bytes { return .unchanged }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw SourceError(path: directory, line: 1, message: "cannot create output directory: \(error.localizedDescription)")
            }
        } else if !isDirectory.boolValue {
            throw SourceError(path: directory, line: 1, message: "output path is not a directory")
        }
        let temporary = (directory as NSString).appendingPathComponent(".\(file.name).tmp.\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw SourceError(path: temporary, line: 1, message: "cannot write temporary file (permission denied?)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SourceError(path: path, line: 1, message: "cannot replace file: \(reason)")
        }
        return .written
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
}
