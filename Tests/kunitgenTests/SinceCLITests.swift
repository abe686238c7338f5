import Foundation
import Testing
import TestSupport

/// `--since REV` on `extract`, `generate --dry-run` and `helpers`, on throw-away git repositories
/// built from the fixture trees.
@Suite struct SinceCLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A copy of a fixture tree, committed, in a new git repository.
    struct Repo {
        let root: String

        init(copying fixture: String, _ name: String) throws {
            let tmp = URL(fileURLWithPath: Scratch.root).resolvingSymlinksInPath().path
            root = tmp + "/kunitgen-since-cli-\(name)-\(UUID().uuidString)"
            try FileManager.default.copyItem(atPath: SinceCLITests.packageRoot + "/" + fixture, toPath: root)
            try git("init", "-q", "-b", "main")
            try commitAll("base")
        }

        @discardableResult
        func git(_ arguments: String...) throws -> Int32 {
            try Tool.run(URL(fileURLWithPath: "/usr/bin/git"),
                         ["-C", root, "-c", "user.name=Test", "-c", "user.email=test@example.org",
                          "-c", "commit.gpgsign=false"] + arguments).status
        }

        func commitAll(_ message: String) throws {
            try git("add", "-A")
            try git("commit", "-q", "-m", message)
        }

        /// Appends a line: the file changes, its doctests and helpers stay the same.
        func touch(_ relative: String, comment: String = "// touched\n") throws {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/" + relative))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(comment.utf8))
            try handle.close()
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    /// An untrusted tree's git configuration runs nothing: its `core.fsmonitor` command (run by
    /// plain `git status`, the control) is not run by `--since`, nor are its pager or diff drivers.
    @Test func theTreesGitConfigurationRunsNothing() throws {
        let repo = try Repo(copying: "Fixtures/generate-cases", "evil")
        defer { repo.remove() }
        let marker = repo.root + "-PWNED"
        try repo.git("config", "core.fsmonitor", "touch '\(marker)'; false")
        try repo.git("config", "core.pager", "touch '\(marker)-pager'")
        try repo.git("config", "diff.external", "touch '\(marker)-diff'")
        try repo.touch("rust/kernel/lib.rs")
        let result = try CLI.run(["generate", "--srctree", repo.root, "--dry-run", "--since", "HEAD"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("of them from 1 changed files"), "\(result.stdout)")
        for suffix in ["", "-pager", "-diff"] { #expect(!FileManager.default.fileExists(atPath: marker + suffix), "\(suffix)") }
        _ = try Tool.run(URL(fileURLWithPath: "/usr/bin/git"), ["-C", repo.root, "status"])
        #expect(FileManager.default.fileExists(atPath: marker), "control: plain git status runs the trap")
        try? FileManager.default.removeItem(atPath: marker)
    }

    @Test func extractSinceGivesExactlyTheOutputOfTheChangedFiles() throws {
        let repo = try Repo(copying: "Fixtures/rust-src/rust/kernel", "extract")
        defer { repo.remove() }
        try repo.touch("error.rs")        // committed after the base
        try repo.commitAll("edit")
        try repo.touch("sync/arc.rs")     // unstaged
        try FileManager.default.copyItem(atPath: repo.root + "/str.rs", toPath: repo.root + "/str_copy.rs")  // untracked

        for format in ["text", "json", "rustdoc-json"] {
            let since = try CLI.run(["extract", "--format", format, "--since", "HEAD~1", "."], cwd: repo.root)
            let direct = try CLI.run(["extract", "--format", format, "./error.rs", "./str_copy.rs", "./sync/arc.rs"], cwd: repo.root)
            #expect(since.status == direct.status)
            #expect(since.stdout == direct.stdout, "\(format)")
            #expect(since.stderr == direct.stderr)
            #expect(!since.stdout.isEmpty)
        }
        let text = try CLI.run(["extract", "--since", "HEAD~1", "."], cwd: repo.root)
        let files = Set(text.stdout.split(separator: "\n").map { $0.split(separator: ":")[0] })
        #expect(files == ["./error.rs", "./str_copy.rs", "./sync/arc.rs"])
    }

    @Test func extractSinceWithNothingChangedPrintsNothing() throws {
        let repo = try Repo(copying: "Fixtures/rust-src/rust/kernel", "extract-clean")
        defer { repo.remove() }
        let result = try CLI.run(["extract", "--since", "HEAD", repo.root])
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test func gitProblemsExitTwoAndSayWhatToDo() throws {
        let outside = Scratch.path("since-cli-norepo")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let notRepo = try CLI.run(["extract", "--since", "HEAD", outside])
        #expect(notRepo.status == 2)
        #expect(notRepo.stderr.contains("--since HEAD: \(outside) is not inside a git work tree"), "\(notRepo.stderr)")

        let repo = try Repo(copying: "Fixtures/generate-cases", "badrev")
        defer { repo.remove() }
        for arguments in [["extract", "--since", "v0.0-nope", repo.root],
                          ["generate", "--srctree", repo.root, "--dry-run", "--since", "v0.0-nope"],
                          ["helpers", "--srctree", repo.root, "--since", "v0.0-nope"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("unknown revision 'v0.0-nope'"), "\(result.stderr)")
            #expect(result.stdout == "")
        }
        let noDryRun = try CLI.run(["generate", "--srctree", repo.root, "--since", "HEAD"])
        #expect(noDryRun.status == 2)
        #expect(noDryRun.stderr.contains("--since needs --dry-run"), "\(noDryRun.stderr)")
    }

    @Test func generateDryRunSinceListsTheCasesOfTheChangedFilesOnly() throws {
        let repo = try Repo(copying: "Fixtures/generate-cases", "generate")
        defer { repo.remove() }
        let out = repo.root + "/out"
        try repo.touch("rust/kernel/sync.rs")
        let all = try CLI.run(["generate", "--srctree", repo.root, "--out", out, "--dry-run"])
        let since = try CLI.run(["generate", "--srctree", repo.root, "--out", out, "--dry-run", "--since", "HEAD"])
        #expect(since.status == all.status)
        // The output without --since, then the selection.
        #expect(since.stdout.hasPrefix(all.stdout))
        let extra = since.stdout.dropFirst(all.stdout.count).split(separator: "\n").map(String.init)
        // sync.rs has two doctests (fences on lines 9 and 14); names and numbers as in the golden
        // files the oracle regenerates (rustdoc orders tests by name: "line 14" before "line 9").
        #expect(extra == ["case rust_doctest_kernel_sync_rs_0: rust/kernel/sync.rs:14 (run)",
                          "case rust_doctest_kernel_sync_rs_1: rust/kernel/sync.rs:9 (run)",
                          "2 of them from 1 changed files"], "\(since.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func helpersSinceReportsTheFindingsOfTheChangedFiles() throws {
        let repo = try Repo(copying: "Fixtures/rust-src", "helpers")
        defer { repo.remove() }
        /// Each finding: its `path:line:col:` line and the indented lines after it.
        func findings(_ output: String) -> [String] {
            var blocks: [String] = []
            for line in output.split(separator: "\n") {
                if line.hasPrefix(" "), !blocks.isEmpty { blocks[blocks.count - 1] += "\n" + line } else { blocks.append(String(line)) }
            }
            return blocks
        }
        let all = try CLI.run(["helpers", "--srctree", "."], cwd: repo.root)
        let files = Set(findings(all.stdout).compactMap { $0.split(separator: ":").first.map(String.init) })
        #expect(files.count >= 2, "\(all.stdout)")

        let clean = try CLI.run(["helpers", "--srctree", ".", "--since", "HEAD"], cwd: repo.root)
        #expect(clean.status == 0)
        #expect(clean.stdout == "", "\(clean.stdout)")

        for chosen in ["rust/helpers/refcount.c", "rust/helpers/uaccess.c"] { try repo.touch(chosen, comment: "/* touched */\n") }
        let since = try CLI.run(["helpers", "--srctree", ".", "--since", "HEAD"], cwd: repo.root)
        let expected = findings(all.stdout).filter { $0.hasPrefix("rust/helpers/refcount.c:") || $0.hasPrefix("rust/helpers/uaccess.c:") }
        #expect(expected.count == 4)
        #expect(findings(since.stdout) == expected, "\(since.stdout)")
        #expect(since.status == all.status)

        // --fix with --since edits the changed files only.
        let fixed = try CLI.run(["helpers", "--srctree", ".", "--since", "HEAD", "--fix"], cwd: repo.root)
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        let after = try CLI.run(["helpers", "--srctree", "."], cwd: repo.root)
        let remaining = Set(findings(after.stdout).compactMap { $0.split(separator: ":").first.map(String.init) })
        #expect(remaining == files.subtracting(["rust/helpers/refcount.c", "rust/helpers/uaccess.c"]), "\(after.stdout)")
    }

    /// `check --since`: line-level findings only on changed lines, so a touched file's old
    /// findings stay quiet and the new example's finding is reported.
    @Test func checkSinceReportsTheFindingsOfTheChangedLines() throws {
        let repo = try Repo(copying: "Fixtures/rust-src", "check")
        defer { repo.remove() }
        func headers(_ output: String) -> [String] { output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init) }
        let all = try CLI.run(["check", "--srctree", "."], cwd: repo.root)
        let clean = try CLI.run(["check", "--srctree", ".", "--since", "HEAD"], cwd: repo.root)
        #expect(!headers(clean.stdout).contains { $0.hasPrefix("rust/") }, "\(clean.stdout)")
        #expect(clean.status == 0, "\(clean.stdout)")

        // Findings already on unchanged lines of the touched file are not the patch's.
        let old = headers(all.stdout).filter { $0.hasPrefix("rust/helpers/refcount.c:") }
        #expect(!old.isEmpty, "\(all.stdout)")
        try repo.touch("rust/helpers/refcount.c", comment: "/* touched */\n")
        let touched = try CLI.run(["check", "--srctree", ".", "--since", "HEAD"], cwd: repo.root)
        #expect(!headers(touched.stdout).contains { $0.hasPrefix("rust/") }, "\(touched.stdout)")

        // A new `should_panic` example at the end of error.rs: its fence line is changed.
        let lines = try String(contentsOfFile: repo.root + "/rust/kernel/error.rs", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        try repo.touch("rust/kernel/error.rs", comment: "\n/// Added.\n///\n/// ```should_panic\n/// panic!();\n/// ```\npub fn added() {}\n")
        let since = try CLI.run(["check", "--srctree", ".", "--since", "HEAD"], cwd: repo.root)
        let reported = headers(since.stdout).filter { $0.hasPrefix("rust/") }
        #expect(reported.count == 1, "\(since.stdout)")
        #expect(reported.first?.hasPrefix("rust/kernel/error.rs:\(lines + 3):") == true, "\(since.stdout)")
        #expect(reported.first?.hasSuffix("[doctest-should-panic-not-run]") == true, "\(since.stdout)")
        #expect(since.status == 1)
    }
}
