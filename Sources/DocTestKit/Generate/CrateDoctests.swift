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
    /// `options` (whose `cfg` also decides which `mod` declarations count). `walker` and
    /// `extractFile` replace the real scanner-based walker and `DoctestExtractor` (for tests).
    public static func extract(srctree: String, root: String, options: ExtractionOptions,
                               walker: CrateWalker? = nil,
                               extractFile: ((SourceFile) -> ExtractionResult)? = nil) -> CrateDoctests {
        let walk = (walker ?? CrateWalker(srctree: srctree, cfg: options.cfg)).walk(root: root)
        let extractor = DoctestExtractor(options: options)
        var result = CrateDoctests(doctests: [], findings: walk.findings, files: walk.files.map(\.file))
        for (file, source) in walk.files {
            let one = extractFile?(source) ?? extractor.extract(from: source)
            result.findings += one.findings
            for var doctest in one.doctests {
                doctest.file = file.path
                doctest.itemPath = file.modulePath + doctest.itemPath
                result.doctests.append(doctest)
            }
        }
        return result
    }
}
