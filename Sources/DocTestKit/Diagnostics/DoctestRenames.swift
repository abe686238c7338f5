import Foundation

/// Which KUnit case names the working tree gives differently from a git revision. The kernel
/// names tests `{file}_{n}`, so one example added to a file renames every later test of it; CI
/// that keys test histories by name can carry them over with this list.
///
/// Doctests are matched between the revisions by file, item path and code (hidden lines
/// processed), never by name or line: a moved example keeps its identity, an edited one is
/// removed and added.
public struct DoctestRenames: Sendable {
    public struct Case: Hashable, Sendable {
        public var name: String
        public var file: String
        public var line: Int
    }

    public var revision: String
    /// Same doctest, another name: old → new.
    public var renamed: [(old: Case, new: Case)]
    public var added: [Case]
    public var removed: [Case]
    public var unchanged: Int

    /// Old name → new name, for every case whose doctest still exists (renamed or not).
    public var oldToNew: [String: String]

    /// One line per change: `renamed: OLD -> NEW (FILE:LINE)`, `added: NEW (FILE:LINE)`,
    /// `removed: OLD (FILE:LINE at REV)`, then a count.
    public var lines: [String] {
        var out = renamed.map { "renamed: \($0.old.name) -> \($0.new.name) (\($0.new.file):\($0.new.line))" }
        out += added.map { "added: \($0.name) (\($0.file):\($0.line))" }
        out += removed.map { "removed: \($0.name) (\($0.file):\($0.line) at \(revision))" }
        out.append("\(renamed.count) renamed, \(added.count) added, \(removed.count) removed, \(unchanged) unchanged since \(revision)")
        return out
    }

    /// Matches the cases of two generations (`old` from the revision).
    public static func compare(old: [KUnitCase], new: [KUnitCase], revision: String) -> DoctestRenames {
        func key(_ c: KUnitCase) -> [String] {
            [c.doctest.file, c.doctest.itemPath.joined(separator: "::"),
             c.doctest.originalCode.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")]
        }
        func info(_ c: KUnitCase) -> Case { Case(name: c.name, file: c.doctest.file, line: c.doctest.line) }
        var pool: [[String]: [KUnitCase]] = [:]
        for c in old { pool[key(c), default: []].append(c) }
        var result = DoctestRenames(revision: revision, renamed: [], added: [], removed: [], unchanged: 0, oldToNew: [:])
        for c in new {
            let k = key(c)
            guard var candidates = pool[k], !candidates.isEmpty else { result.added.append(info(c)); continue }
            // Several identical doctests in one item: the one of the same name, else the first.
            let index = candidates.firstIndex { $0.name == c.name } ?? 0
            let match = candidates.remove(at: index)
            pool[k] = candidates
            result.oldToNew[match.name] = c.name
            if match.name == c.name { result.unchanged += 1 } else { result.renamed.append((info(match), info(c))) }
        }
        let left = Set(pool.values.flatMap { $0 }.map(\.name))
        result.removed = old.filter { left.contains($0.name) }.map(info)
        return result
    }

    /// Generates the crate of `request.srctree` and of the same tree at git revision `revision`
    /// (its `rust/` and `scripts/rustdoc_test_gen.rs`, read with `git archive`; same
    /// configuration file), and compares them.
    public static func since(_ revision: String, request: GenerateCommand.Request, git: String = "/usr/bin/git")
        throws(GitError) -> DoctestRenames {
        let old = try RevisionTree.materialise(revision, srctree: request.srctree, git: git)
        defer { try? FileManager.default.removeItem(atPath: old.scratch) }
        var oldRequest = request
        oldRequest.srctree = old.srctree
        oldRequest.dryRun = true
        let newGeneration: GenerateCommand.InMemory, oldGeneration: GenerateCommand.InMemory
        do {
            newGeneration = try GenerateCommand.generate(request)
            oldGeneration = try GenerateCommand.generate(oldRequest)
        } catch {
            throw GitError("cannot generate the doctests at \(revision): \(error.description)")
        }
        return compare(old: oldGeneration.generation.cases, new: newGeneration.generation.cases, revision: revision)
    }

    /// `results --renames REV`'s one call: `log` (a KTAP log of the tree at `revision`) with its
    /// case names as the working tree of `request.srctree` gives them.
    public static func translate(_ log: String, since revision: String, request: GenerateCommand.Request)
        throws(GitError) -> String {
        try since(revision, request: request).translating(log)
    }

    /// A KTAP/KUnit log of revision `revision` with every case name this tree gives differently
    /// replaced by the new one (whole names only), so that `results` can compare it with a newer
    /// run. For the `results --renames REV` option.
    public func translating(_ log: String) -> String {
        let changes = oldToNew.filter { $0.key != $0.value }
        guard !changes.isEmpty else { return log }
        var out = ""
        var word = ""
        func flush() {
            out += changes[word] ?? word
            word = ""
        }
        for character in log {
            if character.isLetter || character.isNumber || character == "_" { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }
}

/// A revision's files of a kernel tree, unpacked into a scratch directory with `git archive`
/// (git run with `GitRunner`'s neutralising options: nothing of the tree's configuration runs).
struct RevisionTree {
    var scratch: String
    var srctree: String

    static func materialise(_ revision: String, srctree: String, git: String) throws(GitError) -> RevisionTree {
        if revision.hasPrefix("-") { throw GitError("'\(revision)' is not a revision (it starts with '-')") }
        let runner = GitRunner(executable: git, directory: srctree)
        let prefixBytes = try runner.run(["rev-parse", "--show-prefix"], failure: {
            "\(srctree) is not inside a git work tree (drop --renames, or run on a clone)"
        })
        let prefix = String(decoding: prefixBytes, as: UTF8.self).trimmingCharacters(in: .newlines)
        let commitBytes = try runner.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], failure: {
            "unknown revision '\(revision)' (check the spelling, or fetch it first)"
        })
        let commit = String(decoding: commitBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var paths = [prefix + "rust"]
        let script = prefix + KernelDialect.scriptPath
        if (try? runner.run(["cat-file", "-e", "\(commit):\(script)"], failure: { "" })) != nil { paths.append(script) }
        // `:(top)`: paths from the repository's top, wherever git runs.
        let archive = try runner.run(["archive", "--format=tar", commit, "--"] + paths.map { ":(top,literal)" + $0 }, failure: {
            "git archive \(revision) failed (does \(revision) have \(prefix)rust?)"
        })
        let scratch = NSTemporaryDirectory() + "kunitgen-renames-\(getpid())-\(UUID().uuidString)"
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            let tarFile = scratch + "/rev.tar"
            try Data(archive).write(to: URL(fileURLWithPath: tarFile))
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            tar.arguments = ["tar", "-xf", tarFile, "-C", scratch, "--no-same-owner", "--no-same-permissions"]
            tar.standardInput = FileHandle.nullDevice
            try tar.run()
            tar.waitUntilExit()
            try? FileManager.default.removeItem(atPath: tarFile)
            guard tar.terminationStatus == 0 else { throw GitError("cannot unpack \(revision)'s files (tar failed)") }
        } catch let error as GitError {
            throw error
        } catch {
            throw GitError("cannot unpack \(revision)'s files into \(scratch): \(error.localizedDescription)")
        }
        return RevisionTree(scratch: scratch, srctree: scratch + "/" + prefix)
    }
}
