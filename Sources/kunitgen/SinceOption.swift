import ArgumentParser
import DocTestKit
import Foundation

/// `--since REV`: restrict a command to the files changed since a git revision, the check a
/// contributor runs before `git send-email`. What "changed" means is `GitChangedFiles`'s job.
struct SinceOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Only files changed since the git revision REV: commits since REV's merge base with HEAD, staged and unstaged edits, and new untracked files.",
        valueName: "REV"))
    var since: String?

    /// The changed files of the repositories holding `locations` (nil without `--since`). A git
    /// problem (not a repository, unknown revision, no git) is printed and exits with status 2:
    /// the user asked for a selection that cannot be made, so checking everything would mislead.
    func changedFiles(in locations: [String]) throws -> ChangedFileSet? {
        guard let since else { return nil }
        var set = ChangedFileSet()
        var seenTopLevels = Set<String>()
        for location in locations where FileManager.default.fileExists(atPath: location) {
            do throws(GitError) {
                let changed = try GitChangedFiles.since(since, in: location)
                if seenTopLevels.insert(changed.topLevel).inserted { set.paths.formUnion(changed.paths) }
            } catch {
                FileHandle.standardError.write(Data("kunitgen: error: --since \(since): \(error.message)\n".utf8))
                throw ExitCode(2)
            }
        }
        return set
    }

    /// `extract`'s inputs narrowed to the changed `*.rs` files, walked as `extract` walks them (so
    /// the order and the per-file output are the same as without `--since`).
    func select(_ paths: [String]) throws -> (paths: [String], findings: [Finding]) {
        guard let changed = try changedFiles(in: paths) else { return (paths, []) }
        var files: [String] = []
        var findings: [Finding] = []
        for path in paths {
            let listing = RustSourceWalker.rustFiles(at: path)
            findings += listing.findings
            files += listing.files.filter { changed.contains($0) }
        }
        return (files, findings)
    }
}

/// Canonical paths of the changed files of one or more work trees.
struct ChangedFileSet {
    var paths = Set<String>()

    /// `base`: the directory a relative path may also be relative to (generate's files are
    /// relative to --srctree, whatever the current directory).
    func contains(_ path: String, base: String? = nil) -> Bool {
        if paths.contains(GitChangedFiles.canonicalPath(path)) { return true }
        guard let base, !path.hasPrefix("/") else { return false }
        return paths.contains(GitChangedFiles.canonicalPath(base + "/" + path))
    }

    /// Findings about changed files, plus those about no source file at all (configuration,
    /// setup, libclang missing), which hold whatever was changed.
    func relevant(_ findings: [Finding], base: String? = nil) -> [Finding] {
        findings.filter { finding in
            let path = finding.location.path
            let isSource = path.hasSuffix(".rs") || path.hasSuffix(".c") || path.hasSuffix(".h")
            return !isSource || contains(path, base: base)
        }
    }

    /// `generate --dry-run --since`: the cases of the changed files, one per line. The generated
    /// files always hold the whole crate (case names and numbers depend on every file), so the
    /// selection is reported, never written.
    func report(_ cases: [KUnitCase], srctree: String) -> (lines: [String], doctests: Int, files: Int) {
        let selected = cases.filter { contains($0.doctest.file, base: srctree) }
        let lines = selected.map { c -> String in
            let disposition = switch c.disposition {
            case .run: "run"
            case .compileOnly: "compiled only"
            case .excluded: "excluded"
            }
            return "case \(c.name): \(c.doctest.file):\(c.doctest.line) (\(disposition))"
        }
        return (lines, selected.count, Set(selected.map(\.doctest.file)).count)
    }

    /// The helper files of `scan` that changed (what `helpers --fix --since` may edit).
    func only(_ scan: HelperScanResult) -> HelperScanResult {
        var kept = scan
        kept.aggregate = scan.aggregate.flatMap { contains($0.path) ? $0 : nil }
        kept.helperFiles = scan.helperFiles.filter { contains($0.path) }
        return kept
    }
}
