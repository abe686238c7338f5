import Foundation
import Testing
import TestSupport

private enum HelpersCLI {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let srctree = packageRoot + "/Fixtures/rust-src"
    static let cases = packageRoot + "/Fixtures/helpers-cases"

    /// `CLI.run` with extra environment variables.
    static func run(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws -> CLI.Output {
        try CLI.run(arguments, cwd: cwd, environment: environment)
    }

    static func temporaryCopy(_ source: String) throws -> String {
        let root = Scratch.path("helpers-cli")
        try FileManager.default.copyItem(atPath: source, toPath: root)
        return root
    }

    static func contents(of directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            result[name] = FileManager.default.contents(atPath: directory + "/" + name)
        }
        return result
    }
}

@Test func helpersTextOutputAndExitStatus() throws {
    let result = try HelpersCLI.run(["helpers", "--srctree", "."], cwd: HelpersCLI.srctree)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(lines.count == 10)
    #expect(lines.contains("rust/helpers/mutex.c:15:1: warning: 'rust_helper___mutex_init' is not marked __rust_helper [missing-rust-helper]"))
    #expect(lines.contains("rust/helpers/cpufreq.c:6:1: warning: 'rust_helper_cpufreq_register_em_with_opp' is not marked __rust_helper (under CONFIG_CPU_FREQ) [missing-rust-helper]"))
    #expect(lines.contains("rust/helpers/pid_namespace.c:1:1: warning: 'pid_namespace.c' is not included from helpers.c, so its helpers are never compiled [helper-not-included]"))
}

@Test func helpersJSONListsEveryHelperAndFinding() throws {
    let result = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree, "--format", "json"])
    #expect(result.status == 1)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let helpers = try #require(root["helpers"] as? [[String: Any]])
    #expect(helpers.count == 40)
    let offstack = helpers.filter { $0["name"] as? String == "rust_helper_alloc_cpumask_var" }
    #expect(offstack.map { $0["condition"] as? String } == ["!CONFIG_CPUMASK_OFFSTACK", "CONFIG_CPUMASK_OFFSTACK"])
    #expect(offstack.map { $0["annotated"] as? Bool } == [true, false])
    #expect((root["findings"] as? [Any])?.count == 10)
}

@Test func helpersSarifAndGithubFormats() throws {
    let sarif = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree, "--format", "sarif"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    #expect(root["version"] as? String == "2.1.0")
    let github = try HelpersCLI.run(["helpers", "--srctree", ".", "--format", "github"], cwd: HelpersCLI.srctree)
    let lines = github.stdout.split(separator: "\n")
    #expect(lines.count == 10)
    #expect(lines.allSatisfy { $0.hasPrefix("::warning file=rust/helpers/") })
    #expect(github.status == 1)
}

@Test func helpersCleanTreeExitsZeroAndNeverWritesWithoutFix() throws {
    let clean = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.cases + "/clean"])
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty)
    let tree = try HelpersCLI.temporaryCopy(HelpersCLI.srctree)
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let before = try HelpersCLI.contents(of: tree + "/rust/helpers")
    _ = try HelpersCLI.run(["helpers", "--srctree", tree])
    #expect(try HelpersCLI.contents(of: tree + "/rust/helpers") == before)
}

@Test func helpersFixRoundTrip() throws {
    let tree = try HelpersCLI.temporaryCopy(HelpersCLI.srctree)
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let first = try HelpersCLI.run(["helpers", "--srctree", ".", "--fix"], cwd: tree)
    #expect(first.stdout.contains("rust/helpers/refcount.c:10:1: inserted __rust_helper before 'rust_helper_refcount_inc'"))
    // The macro-made rust_helper_init_wait is fixed in the body of its macro.
    #expect(first.stdout.contains("rust/helpers/wait.c:6:2: inserted __rust_helper before 'rust_helper_init_wait'"))
    #expect(first.stdout.components(separatedBy: "inserted __rust_helper").count - 1 == 9)
    // What is left cannot be fixed by inserting text: a file helpers.c misses.
    #expect(!first.stdout.contains("[missing-rust-helper]") && first.stdout.contains("[helper-not-included]"))
    #expect(first.status == 1)
    let second = try HelpersCLI.run(["helpers", "--srctree", ".", "--fix", "--format", "json"], cwd: tree)
    #expect(!second.stdout.contains("inserted") && !second.stderr.contains("inserted"))
    let root = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
    #expect((root["findings"] as? [Any])?.count == 1)
}

@Test func helpersWithCompileCommandsUsesTheRealFlags() throws {
    let directory = Scratch.path("cc")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let database = directory + "/compile_commands.json"
    let entry: [String: Any] = [
        "directory": HelpersCLI.srctree, "file": "rust/helpers/helpers.c",
        "arguments": ["clang", "-nostdinc", "-DCONFIG_CPU_FREQ", "-c", "-o", "rust/helpers/helpers.o", "rust/helpers/helpers.c"],
    ]
    try JSONSerialization.data(withJSONObject: [entry]).write(to: URL(fileURLWithPath: database))
    let result = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree, "-p", database, "--format", "json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let cpufreq = try #require((root["helpers"] as? [[String: Any]])?.first { $0["name"] as? String == "rust_helper_cpufreq_register_em_with_opp" })
    // With CONFIG_CPU_FREQ defined the branch is live: libclang's AST sees the definition.
    #expect(cpufreq["active"] as? Bool == true)
    #expect(cpufreq["origin"] as? String == "ast")
    #expect(cpufreq["condition"] as? String == "CONFIG_CPU_FREQ")

    try Data("[{\"directory\": ".utf8).write(to: URL(fileURLWithPath: database))
    let malformed = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree, "-p", database])
    #expect(malformed.status == 2)
    #expect(malformed.stdout.contains("is not valid JSON") && malformed.stdout.contains("[compile-commands-invalid]"))
}

@Test func helpersWithoutLibclangSaysWhatToInstall() throws {
    let result = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree],
                                    environment: ["KUNITGEN_LIBCLANG": "/nonexistent/libclang.so"])
    #expect(result.status == 2)
    #expect(result.stdout.contains("error: libclang not found: install libclang-dev [libclang-missing]"))
}

@Test func helpersUsageAndConfigurationErrors() throws {
    let missing = try HelpersCLI.run(["helpers", "--srctree", "/nonexistent/tree"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("is not a directory"))

    let directory = Scratch.path("config")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let config = directory + "/helpers.json"
    try Data(#"{"disabled_rules": ["missing-rust-helper"], "excluded": ["pid_namespace.c"]}"#.utf8).write(to: URL(fileURLWithPath: config))
    let quiet = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree, "--rules", config])
    #expect(quiet.status == 0)
    #expect(quiet.stdout.isEmpty)
    try Data(#"{"disabled_rules": ["no-such-rule"]}"#.utf8).write(to: URL(fileURLWithPath: config))
    let bad = try HelpersCLI.run(["helpers", "--srctree", HelpersCLI.srctree, "--rules", config])
    #expect(bad.status == 2)
    #expect(bad.stdout.contains("unknown rule 'no-such-rule'"))
}

/// A file with a syntax error and one that cannot be read: each gets its `file:line:col: error:`,
/// the other files are still checked, and the exit status says the check could not fully run.
@Test func helpersBadInputIsReportedAndTheRestStillChecked() throws {
    let tree = try HelpersCLI.temporaryCopy(HelpersCLI.cases + "/clean")
    defer { try? FileManager.default.removeItem(atPath: tree) }
    let helpers = tree + "/rust/helpers"
    try FileManager.default.createDirectory(atPath: helpers + "/unreadable.c", withIntermediateDirectories: false)
    try Data("__rust_helper int rust_helper_broken(void\n{\n\treturn 0;\n}\nint rust_helper_next(void) { return 1; }\n".utf8)
        .write(to: URL(fileURLWithPath: helpers + "/broken.c"))
    let result = try HelpersCLI.run(["helpers", "--srctree", "."], cwd: tree)
    let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(lines == [
        "rust/helpers/broken.c:1:1: warning: 'broken.c' is not included from helpers.c, so its helpers are never compiled [helper-not-included]",
        "rust/helpers/broken.c:1:37: error: unbalanced '(' [c-syntax-error]",
        "rust/helpers/broken.c:5:1: warning: 'rust_helper_next' is not marked __rust_helper [missing-rust-helper]",
        "rust/helpers/unreadable.c:1:1: error: cannot read rust/helpers/unreadable.c: is a directory [io-error]",
    ])
    #expect(result.status == 2)
}
