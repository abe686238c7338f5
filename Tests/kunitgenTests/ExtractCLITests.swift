import Foundation
import Testing
import TestSupport

/// `kunitgen extract` on bad input: every bad file gets a `path:line:col: error:` line, the good
/// ones are still processed, exit status 1; usage errors exit 2.
@Suite struct ExtractCLITests {
    let dir: URL

    init() throws {
        dir = URL(fileURLWithPath: Scratch.directory("extract"))
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
    }

    static let good = """
        /// Adds one.
        ///
        /// ```
        /// assert_eq!(add_one(1), 2);
        /// ```
        pub fn add_one(x: i32) -> i32 { x + 1 }

        """

    @Test func badInputsAreReportedAndTheRestIsProcessed() throws {
        try write("a_good.rs", Array(Self.good.utf8))
        try write("b_not_utf8.rs", Array("/// caf".utf8) + [0xE9] + Array("\nfn f() {}\n".utf8))
        try write("c_binary.rs", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
        try write("d_empty.rs", [])
        try write("z_good_crlf.rs", Array(Self.good.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let big = dir.appendingPathComponent("e_huge.rs")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("f_loop.rs").path,
                                                   withDestinationPath: dir.appendingPathComponent("f_loop.rs").path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("g_dir_loop").path,
                                                   withDestinationPath: dir.path)

        let result = try CLI.run(["extract", dir.path, "/proc/self/mem"])
        #expect(result.status == 2, "inputs that could not be read: I/O errors")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        func reported(_ name: String, _ words: String) -> Bool {
            lines.contains { $0.hasPrefix(dir.appendingPathComponent(name).path + ":") && $0.contains(": error: ") && $0.contains(words) }
        }
        #expect(reported("b_not_utf8.rs", "not valid UTF-8"))
        #expect(reported("c_binary.rs", "binary"))
        #expect(reported("e_huge.rs", "larger than"))
        #expect(reported("f_loop.rs", "symbolic link"))
        #expect(reported("g_dir_loop", "loop"))
        #expect(lines.contains { $0.hasPrefix("/proc/self/mem:1:1: error: cannot read file") })
        #expect(!lines.contains { $0.contains("d_empty.rs") }, "an empty file is valid and has no doctests")
        // Both good files (LF and CRLF) still give their doctest, on the fence's line.
        #expect(result.stdout.contains(dir.appendingPathComponent("a_good.rs").path + ":3: "))
        #expect(result.stdout.contains(dir.appendingPathComponent("z_good_crlf.rs").path + ":3: "))
    }

    @Test func unreadableFileIsReportedWithTheSystemsReason() throws {
        try write("a_good.rs", Array(Self.good.utf8))
        try write("b_secret.rs", Array(Self.good.utf8))
        let secret = dir.appendingPathComponent("b_secret.rs").path
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: secret)
        // Root reads any file: as root, run kunitgen as `nobody` (the test directory is world-readable).
        let asRoot = geteuid() == 0
        if asRoot { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
        let result = asRoot
            ? try Tool.run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                           ["--reuid=65534", "--regid=65534", "--clear-groups", "--", CLI.binary.path, "extract", dir.path])
            : try CLI.run(["extract", dir.path])
        #expect(result.stderr == "\(secret):1:1: error: cannot open file for reading: Permission denied [io-error]\n")
        #expect(result.status == 2)
        #expect(result.stdout.contains(dir.appendingPathComponent("a_good.rs").path + ":3: "))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["extract"]).status == 2)
        #expect(try CLI.run(["extract", "--edition", "1999", "x.rs"]).status == 2)
        #expect(try CLI.run(["extract", "--format", "yaml", "x.rs"]).status == 2)
        #expect(try CLI.run(["no-such-command"]).status == 2)
    }

    @Test func cleanRunExitsZero() throws {
        try write("a_good.rs", Array(Self.good.utf8))
        let result = try CLI.run(["extract", "--format", "rustdoc-json", dir.appendingPathComponent("a_good.rs").path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("{\"format_version\":2,\"doctests\":["))
    }
}

/// `--format text`: `path:line: item [attributes]`, the path said once.
@Test func extractTextNamesTheItemOnce() throws {
    let result = try CLI.run(["extract", "Fixtures/generate-cases/rust/kernel/sync/arc.rs"], cwd: KernelFixture.packageRoot)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("Fixtures/generate-cases/rust/kernel/sync/arc.rs:26: Arc<T>::new [should_panic]"), "\(lines)")
    #expect(lines.allSatisfy { $0.components(separatedBy: "arc.rs").count == 2 }, "\(lines)")
}
