/// The doctests of a whole crate, as rustdoc finds them from the crate root: every file the crate
/// includes, each item path prefixed with its file's module path, each `file` relative to the
/// source tree.
public struct CrateDoctests: Sendable {
    public var doctests: [Doctest]
    public var findings: [Finding]
    /// Files read, relative to the source tree, with their module paths.
    public var files: [CrateFile]
    /// For each doctest (same order), whether its `line` holds the opening fence.
    public var opensWithFence: [Bool] { doctests.map(\.isFenced) }

    /// Walks the crate rooted at `root` (relative to `srctree`) and extracts its doctests with
    /// `options` (whose `cfg` also decides which `mod` declarations count). Doctests come from the
    /// walk's own scans, so each file is read and scanned once; files are prepared concurrently.
    /// `walker` and `extractFile` replace the real scanner-based walker and `DoctestExtractor`
    /// (for tests).
    public static func extract(srctree: String, root: String, options: ExtractionOptions,
                               walker: CrateWalker? = nil,
                               extractFile: (@Sendable (SourceFile) -> ExtractionResult)? = nil) -> CrateDoctests {
        let scanner = options.scanner
        let walk = (walker ?? CrateWalker(srctree: srctree, scan: { scanner.scan($0) })).walk(root: root)
        let extractor = DoctestExtractor(options: options)
        let perFile = ConcurrentMap.map(walk.files) { file, source, scan in
            extractFile?(source) ?? extractor.extract(from: source, scan: scan)
        }
        var result = CrateDoctests(doctests: [], findings: walk.findings, files: walk.files.map(\.file))
        for (file, one) in zip(result.files, perFile) {
            result.findings += one.findings
            result.doctests += file.place(one.doctests)
        }
        return result
    }
}

extension CrateFile {
    /// `doctests` extracted from this file read on its own, as the crate sees them: `file`
    /// relative to the source tree and item paths under the file's module path.
    public func place(_ doctests: [Doctest]) -> [Doctest] {
        doctests.map { doctest in
            var placed = doctest
            placed.file = path
            placed.itemPath = modulePath + doctest.itemPath
            return placed
        }
    }
}
