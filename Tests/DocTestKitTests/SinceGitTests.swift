import DocTestKit
import Foundation
import Testing
import TestSupport

/// A throw-away git repository in the temporary directory.
struct ScratchRepository {
    let root: String

    init(_ name: String) throws {
        root = GitChangedFiles.canonicalPath(Scratch.path("since-\(name)"))
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        // Identity and config given here: the test must not depend on the machine's git config.
        let result = try Tool.run(URL(fileURLWithPath: "/usr/bin/git"),
                                  ["-C", root, "-c", "user.name=Test", "-c", "user.email=test@example.org",
                                   "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments)
        guard result.status == 0 else { throw GitError("git \(arguments.joined(separator: " ")) failed") }
        return result.stdout
    }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Suite struct SinceGitTests {
    @Test func committedStagedUnstagedAndUntrackedCountIgnoredAndDeletedDoNot() throws {
        let repo = try ScratchRepository("kinds")
        defer { repo.remove() }
        for name in ["committed", "staged", "unstaged", "untouched", "deleted", "renamed"] {
            try repo.write("rust/kernel/\(name).rs", "// \(name)\n")
        }
        try repo.write(".gitignore", "*.o\n")
        try repo.commitAll("base")
        try repo.git("tag", "base")

        try repo.write("rust/kernel/committed.rs", "// changed\n")
        try repo.commitAll("change")
        try repo.write("rust/kernel/staged.rs", "// staged edit\n")
        try repo.git("add", "rust/kernel/staged.rs")
        try repo.write("rust/kernel/unstaged.rs", "// unstaged edit\n")
        try repo.write("rust/kernel/new file.rs", "// untracked, with a space\n")
        try repo.write("rust/kernel/build.o", "ignored")
        try repo.git("rm", "-q", "rust/kernel/deleted.rs")
        try repo.git("mv", "rust/kernel/renamed.rs", "rust/kernel/moved.rs")

        let changed = try GitChangedFiles.since("base", in: repo.root + "/rust/kernel")
        let names = Set(changed.paths.map { String($0.dropFirst(repo.root.count + 1)) })
        #expect(names == ["rust/kernel/committed.rs", "rust/kernel/staged.rs", "rust/kernel/unstaged.rs",
                          "rust/kernel/new file.rs", "rust/kernel/moved.rs"])
        #expect(changed.topLevel == repo.root)
        // Any spelling of a changed file matches.
        #expect(changed.contains(repo.root + "/rust/kernel/../kernel/staged.rs"))
        #expect(!changed.contains(repo.root + "/rust/kernel/untouched.rs"))
    }

    @Test func changesOnlyUpstreamMadeAreNotTheContributors() throws {
        // `--since origin/master` on a branch behind upstream: upstream's own commits do not count.
        let repo = try ScratchRepository("mergebase")
        defer { repo.remove() }
        try repo.write("a.rs", "// a\n")
        try repo.write("b.rs", "// b\n")
        try repo.commitAll("base")
        try repo.git("checkout", "-q", "-b", "topic")
        try repo.write("a.rs", "// mine\n")
        try repo.commitAll("mine")
        try repo.git("checkout", "-q", "main")
        try repo.write("b.rs", "// upstream\n")
        try repo.commitAll("upstream")
        try repo.git("checkout", "-q", "topic")

        let changed = try GitChangedFiles.since("main", in: repo.root)
        #expect(changed.paths == [repo.root + "/a.rs"])
    }

    @Test func nothingChangedGivesNoFiles() throws {
        let repo = try ScratchRepository("clean")
        defer { repo.remove() }
        try repo.write("a.rs", "// a\n")
        try repo.commitAll("base")
        #expect(try GitChangedFiles.since("HEAD", in: repo.root).paths.isEmpty)
    }

    @Test func notARepositoryUnknownRevisionAndOptionLikeRevisionAreErrorsThatSayWhatToDo() throws {
        let outside = Scratch.path("since-norepo")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        // GIT_CEILING_DIRECTORIES is not needed: the temporary directory is not inside a work tree.
        #expect(throws: GitError.self) { try GitChangedFiles.since("HEAD", in: outside) }
        do { _ = try GitChangedFiles.since("HEAD", in: outside) } catch {
            #expect(error.message.contains("is not inside a git work tree"), "\(error.message)")
        }

        let repo = try ScratchRepository("badrev")
        defer { repo.remove() }
        try repo.write("a.rs", "// a\n")
        try repo.commitAll("base")
        do { _ = try GitChangedFiles.since("no-such-branch", in: repo.root); Issue.record("no error") } catch {
            #expect(error.message.contains("unknown revision 'no-such-branch'"), "\(error.message)")
        }
        do { _ = try GitChangedFiles.since("--output=/tmp/x", in: repo.root); Issue.record("no error") } catch {
            #expect(error.message.contains("is not a revision"), "\(error.message)")
        }
        do { _ = try GitChangedFiles.since("HEAD", in: repo.root + "/missing"); Issue.record("no error") } catch {
            #expect(error.message.contains("does not exist"), "\(error.message)")
        }
    }
}
