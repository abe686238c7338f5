import Foundation

/// `--fix`: inserts `__rust_helper ` where `missing-rust-helper` would report, at the start of the
/// declaration on its own line, so the layout stays as it was, and moves a misplaced one there.
/// Files are replaced atomically.
public struct HelperFixer: Sendable {
    public struct Change: Sendable, Hashable {
        public var location: SourceLocation
        public var function: String
        /// `inserted` or `moved`.
        public var action: String
        public var description: String {
            "\(location.path):\(location.line):\(location.column): \(action) __rust_helper \(action == "moved" ? "to the start of" : "before") '\(function)'"
        }
    }

    /// What to fix: the CLI turns these off for disabled rules and for kernels without the macro.
    public var insertMissing: Bool
    public var moveMisplaced: Bool

    public init(insertMissing: Bool = true, moveMisplaced: Bool = true) {
        self.insertMissing = insertMissing
        self.moveMisplaced = moveMisplaced
    }

    /// The edits for one file's contents: the new bytes and what changed. Inserts the missing
    /// annotations and moves misplaced ones to the start of their declaration.
    public func fixed(_ file: HelperFileScan) -> (bytes: [UInt8], changes: [Change]) {
        struct Edit { var offset: Int; var remove: Int; var insert: [UInt8] }
        let annotation = Array("__rust_helper ".utf8)
        var edits: [Edit] = []
        var changes: [Change] = []
        // Helpers made by one macro body share its edit: one edit per offset.
        var edited = Set<Int>()
        for function in file.functions where function.fixable {
            if insertMissing && function.isHelper && !function.annotated {
                if edited.insert(function.declarationOffset).inserted {
                    edits.append(Edit(offset: function.declarationOffset, remove: 0, insert: annotation))
                }
                changes.append(Change(location: function.location, function: function.name, action: "inserted"))
            } else if moveMisplaced, [.afterReturnType, .afterParameters].contains(function.annotationPosition),
                      let at = function.annotationOffset {
                // `void __rust_helper f` / `struct page *__rust_helper f`: drop it and one following blank
                // (or the blank before it, at the end of a parameter list).
                var from = at, remove = "__rust_helper".utf8.count
                if at + remove < file.bytes.count, file.bytes[at + remove] == 0x20 || file.bytes[at + remove] == 0x09 {
                    remove += 1
                } else if at > 0, file.bytes[at - 1] == 0x20 || file.bytes[at - 1] == 0x09 {
                    from -= 1
                    remove += 1
                }
                if edited.insert(at).inserted {
                    edits.append(Edit(offset: from, remove: remove, insert: []))
                    edits.append(Edit(offset: function.declarationOffset, remove: 0, insert: annotation))
                }
                changes.append(Change(location: function.location, function: function.name, action: "moved"))
            }
        }
        var bytes = file.bytes
        for edit in edits.sorted(by: { $0.offset > $1.offset }) {
            guard edit.offset >= 0, edit.offset + edit.remove <= bytes.count else { continue }
            bytes.replaceSubrange(edit.offset..<edit.offset + edit.remove, with: edit.insert)
        }
        return (bytes, changes)
    }

    /// Fixes every helper file of `scan` on disk. Problems (unwritable files) come back as findings.
    public func apply(to scan: HelperScanResult) -> (changes: [Change], problems: [Finding]) {
        var changes: [Change] = []
        var problems: [Finding] = []
        for file in scan.allFiles {
            let (bytes, fileChanges) = fixed(file)
            guard !fileChanges.isEmpty else { continue }
            do throws(SourceError) {
                try AtomicFileWriter.replaceSource(file.path, with: bytes, expecting: file.bytes)
                changes += fileChanges
            } catch {
                problems.append(Finding(location: SourceLocation(path: file.path, line: 1), severity: .error,
                                        ruleID: "io-error", message: error.message))
            }
        }
        return (changes, problems)
    }
}
