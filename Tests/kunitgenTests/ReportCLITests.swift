import Foundation
import Testing
import TestSupport

private func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

private func temporaryDirectory() throws -> String {
    let path = Scratch.path("report-cli")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Test func reportJSONIsConsistentWithTheFixture() throws {
    let result = try CLI.run(["report", "--srctree", TreeCLI.srctree, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try jsonObject(result.stdout)
    #expect(report["schema"] as? String == "kunitgen-report")
    #expect(report["version"] as? Int == 2)
    let doctests = try #require(report["doctests"] as? [[String: Any]])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["doctests"] as? Int == doctests.count)
    let kinds = ["runnable", "no_run", "ignore", "compile_fail", "should_panic"]
    #expect(kinds.map { summary[$0] as? Int ?? -1 }.reduce(0, +) == doctests.count)
    for kind in kinds {
        #expect(summary[kind] as? Int == doctests.filter { $0["kind"] as? String == kind }.count, "\(kind)")
    }
    #expect(summary["kunit_run"] as? Int == doctests.filter { $0["kunit"] as? String == "run" }.count)
    // From the fixture text: samples/rust/rust_minimal.rs has one Rust example (and one `sh` block).
    let sample = doctests.filter { $0["file"] as? String == "samples/rust/rust_minimal.rs" }
    #expect(sample.count == 1)
    #expect(sample.first?["runner"] as? String == "never")
    #expect(sample.first?["kunit_name"] is NSNull)
    // Every `should_panic` fence of the kernel crate (grep: 3 in the fixture) is left out of KUnit.
    let shouldPanic = doctests.filter { $0["kind"] as? String == "should_panic" && $0["crate"] as? String == "kernel" }
    #expect(shouldPanic.count == 3)
    #expect(shouldPanic.allSatisfy { $0["kunit"] as? String == "excluded" })
    let crates = try #require(report["crates"] as? [[String: Any]])
    #expect(crates.map { $0["name"] as? String ?? "" }.prefix(2) == ["kernel", "macros"])
    let items = try #require(report["items"] as? [[String: Any]])
    #expect(summary["public_items"] as? Int == items.filter { $0["public"] as? Bool == true }.count)
}

@Test func reportMarkdownToStdoutAndAtomicFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let optIn = try TreeCLI.optIn()
    defer { try? FileManager.default.removeItem(atPath: optIn) }
    let stdout = try CLI.run(["report", "--srctree", TreeCLI.srctree, "--rules", optIn])
    #expect(stdout.status == 0)
    for heading in ["# kunitgen report", "## Doctests per crate", "## Doctests per file", "## Findings",
                    "## Doctest inventory", "## Example coverage per file", "## Public items without an example"] {
        #expect(stdout.stdout.contains("\n\(heading)\n") || stdout.stdout.hasPrefix(heading + "\n"), "\(heading)")
    }
    #expect(stdout.stdout.contains("| `rust/kernel/error.rs:189` | warning | `ignore-without-reason` |"))

    let path = directory + "/report.md"
    let written = try CLI.run(["report", "--srctree", TreeCLI.srctree, "--format", "md", "-o", path, "--rules", optIn])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect(FileManager.default.contents(atPath: path) == Data(stdout.stdout.utf8))
    // Nothing but the report is left in the directory (the temporary file was renamed).
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.md"])
    // Not a terminal: no progress line.
    #expect(!written.stderr.contains("scanned"))
}

@Test func reportUnwritableOutputExitsTwo() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let blocker = directory + "/file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let result = try CLI.run(["report", "--srctree", TreeCLI.srctree, "-o", blocker + "/report.md"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("error:"))
    let badFormat = try CLI.run(["report", "--srctree", TreeCLI.srctree, "--format", "pdf"])
    #expect(badFormat.status == 2)
}

/// Chromium from PATH; missing is a failure (scripts/install-deps installs Debian's `chromium`).
func chromium() throws -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
        for name in ["chromium", "chromium-browser", "google-chrome"] where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
    }
    Issue.record("chromium not found on PATH: run scripts/install-deps (Debian package `chromium`)")
    throw CancellationError()
}

/// The DOM after the page's script ran, as headless Chromium dumps it.
func renderedDOM(_ url: String, chromium: String) throws -> String {
    try Tool.run(URL(fileURLWithPath: chromium),
                 ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--dump-dom", url]).stdout
}

/// The text of column `column` of table `id`, row by row, from a dumped DOM (tags stripped).
private func column(_ column: Int, ofTable id: String, in dom: String) throws -> [String] {
    let table = try #require(dom.range(of: "<table id=\"\(id)\"").map { String(dom[$0.lowerBound...]) })
    let body = try #require(table.range(of: "</table>").map { String(table[..<$0.lowerBound]) })
    let cell = try NSRegularExpression(pattern: "<td[^>]*>(.*?)</td>")
    let tag = try NSRegularExpression(pattern: "<[^>]*>")
    return body.components(separatedBy: "<tr>").dropFirst(2).map { row in
        let matches = cell.matches(in: row, range: NSRange(row.startIndex..., in: row))
        guard column < matches.count, let range = Range(matches[column].range(at: 1), in: row) else { return "" }
        let inner = String(row[range])
        return tag.stringByReplacingMatches(in: inner, range: NSRange(inner.startIndex..., in: inner), withTemplate: "")
    }
}

@Test func reportHTMLRendersAndSortsInChromium() throws {
    let browser = try chromium()
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let page = directory + "/report.html"
    let result = try CLI.run(["report", "--srctree", TreeCLI.srctree, "--format", "html", "-o", page])
    #expect(result.status == 0, "\(result.stderr)")
    let html = String(decoding: FileManager.default.contents(atPath: page) ?? Data(), as: UTF8.self)
    // Self-contained: nothing is fetched.
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"))

    // Two clicks on "doctests" (column 2) of the per-file table: descending.
    let dom = try renderedDOM("file://\(page)?click=files:2&click=files:2", chromium: browser)
    #expect(dom.contains("<h1>kunitgen report</h1>"))
    #expect(dom.contains("Doctests per file"))
    #expect(dom.contains("data-sorted=\"2:desc\""), "the click handler ran")
    let counts = try column(2, ofTable: "files", in: dom).map { Int($0) ?? -1 }
    #expect(counts.count > 10)
    #expect(counts == counts.sorted(by: >), "\(counts)")

    // `?sort=` by file name, ascending.
    let byName = try column(0, ofTable: "files", in: renderedDOM("file://\(page)?sort=files:0", chromium: browser))
    #expect(byName == byName.sorted { $0.localizedCompare($1) == .orderedAscending })
    #expect(byName.contains("rust/kernel/error.rs"))
}

/// On a terminal (`script` gives the command one) and a tree of 200 files or more, a progress
/// line goes to stderr; NO_COLOR keeps it free of escape codes.
@Test func reportShowsProgressOnATerminalOnly() throws {
    let tree = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: tree) }
    try TreeCLI.write(tree + "/rust/kernel/lib.rs", "//! Crate.\n")
    try TreeCLI.write(tree + "/rust/helpers/helpers.c", "#define __rust_helper\n")
    for n in 0..<210 { try TreeCLI.write(tree + "/samples/rust/s\(n).rs", "/// Sample.\npub fn f() {}\n") }
    let command = "\(CLI.binary.path) report --srctree \(tree) -o \(tree)/out.md"
    let onTerminal = try CLI.runProgram("/usr/bin/script", ["-qec", "env -u NO_COLOR TERM=xterm " + command, "/dev/null"])
    #expect(onTerminal.status == 0)
    #expect(onTerminal.stdout.contains("kunitgen: scanned 211/211 Rust files (100%)\u{1B}[K"))
    let plain = try CLI.runProgram("/usr/bin/script", ["-qec", "env NO_COLOR=1 TERM=xterm " + command, "/dev/null"])
    #expect(plain.stdout.contains("kunitgen: scanned 211/211 Rust files (100%)"))
    #expect(!plain.stdout.contains("\u{1B}["))
    let piped = try CLI.run(["report", "--srctree", tree, "-o", tree + "/out.md"])
    #expect(piped.stderr.isEmpty)
}

extension CLI {
    static func runProgram(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        try Tool.run(URL(fileURLWithPath: program), arguments, environment: environment, mergingStderr: true)
    }
}
