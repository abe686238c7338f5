import Foundation

/// `--fix`: inserts `__rust_helper ` where `missing-rust-helper` would report, at the start of the
/// declaration on its own line, so the layout stays as it was. Files are replaced atomically.
public struct HelperFixer: Sendable {
    public struct Change: Sendable, Hashable {
        public var location: SourceLocation
        public var function: String
        public var description: String { "\(location.path):\(location.line):\(location.column): inserted __rust_helper before '\(function)'" }
    }

    public init() {}

    /// The edits for one file's contents: the new bytes and what changed.
    public func fixed(_ file: HelperFileScan) -> (bytes: [UInt8], changes: [Change]) {
        let targets = file.functions.filter { $0.isRustHelper && $0.isDefinition && !$0.annotated && $0.origin != .macro }
        var bytes = file.bytes
        let insertion = Array("__rust_helper ".utf8)
        var changes: [Change] = []
        for function in targets.sorted(by: { $0.declarationOffset > $1.declarationOffset }) {
            guard function.declarationOffset >= 0, function.declarationOffset <= bytes.count else { continue }
            bytes.insert(contentsOf: insertion, at: function.declarationOffset)
            changes.append(Change(location: function.location, function: function.name))
        }
        return (bytes, changes.reversed())
    }

    /// Fixes every helper file of `scan` on disk. Problems (unwritable files) come back as findings.
    public func apply(to scan: HelperScanResult, annotationDefined: Bool) -> (changes: [Change], problems: [Finding]) {
        guard annotationDefined else { return ([], []) }
        var changes: [Change] = []
        var problems: [Finding] = []
        for file in scan.allFiles {
            let (bytes, fileChanges) = fixed(file)
            guard !fileChanges.isEmpty else { continue }
            do {
                try Self.writeAtomically(bytes, to: file.path)
                changes += fileChanges
            } catch {
                problems.append(Finding(location: SourceLocation(path: file.path, line: 1), severity: .error,
                                        ruleID: "io-error", message: "cannot write \(file.path): \(error)"))
            }
        }
        return (changes, problems)
    }

    /// Writes a temporary file beside `path` and renames it over `path`, keeping the permissions.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).kunitgen-\(getpid())")
        try Data(bytes).write(to: temporary)
        if let permissions = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
