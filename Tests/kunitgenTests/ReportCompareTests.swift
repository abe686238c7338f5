import Foundation
import Testing
import TestSupport

/// `report --compare OLD.json` on two trees made here: between them one finding is fixed
/// (`ignore-without-reason`: the text now says why), one is added (`doctest-should-panic-not-run`,
/// with a new `should_panic` example) and one doctest is added. The reason's line moves the
/// `doctest-ignored` note down: matched by rule, path and message, it is neither new nor fixed.
private func makeTree(_ root: String, newer: Bool) throws {
    let reason = newer ? "/// Not run: it needs a registered device.\n///\n" : ""
    let added = newer ? """

        /// Panics.
        ///
        /// ```should_panic
        /// panic!("boom");
        /// ```
        pub fn b() {}

        """ : ""
    try TreeCLI.write(root + "/rust/kernel/lib.rs", """
        //! The kernel crate.
        //!
        //! ```
        //! assert_eq!(1 + 1, 2);
        //! ```

        /// Adds.
        ///
        \(reason)/// ```ignore
        /// let x = a();
        /// ```
        pub fn a() {}
        \(added)
        """)
    try TreeCLI.write(root + "/rust/helpers/helpers.c", "#define __rust_helper\n")
}

private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Test func reportCompareShowsWhatChanged() throws {
    let directory = Scratch.directory("report-compare")
    let old = directory + "/old", new = directory + "/new"
    try makeTree(old, newer: false)
    try makeTree(new, newer: true)
    let oldJSON = directory + "/old.json"
    let written = try CLI.run(["report", "--srctree", old, "--format", "json", "-o", oldJSON])
    #expect(written.status == 0, "\(written.stderr)")
    let url = "https://example.org/tree/{path}#n{line}"

    let result = try CLI.run(["report", "--srctree", new, "--format", "json", "--compare", oldJSON, "--source-url", url])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try json(result.stdout)
    #expect(report["version"] as? Int == 2)
    let comparison = try #require(report["comparison"] as? [String: Any])
    let newFindings = try #require(comparison["new_findings"] as? [[String: Any]])
    let fixed = try #require(comparison["fixed_findings"] as? [[String: Any]])
    #expect(newFindings.map { $0["rule"] as? String } == ["doctest-should-panic-not-run"])
    #expect(fixed.map { $0["rule"] as? String } == ["ignore-without-reason"])
    #expect(newFindings.first?["url"] as? String == "https://example.org/tree/rust/kernel/lib.rs#n\(newFindings.first?["line"] as? Int ?? -1)")
    let added = try #require(comparison["doctests_added"] as? [[String: Any]])
    #expect(added.map { $0["item"] as? String } == ["b"])
    #expect(added.first?["kind"] as? String == "should_panic")
    #expect((comparison["doctests_removed"] as? [Any])?.isEmpty == true)
    let totals = try #require(comparison["totals"] as? [String: [String: Int]])
    #expect(totals["doctests"] == ["old": 2, "new": 3, "delta": 1])
    #expect(totals["public_items"]?["delta"] == 1)
    #expect(totals["public_items_with_example"] == ["old": 1, "new": 2, "delta": 1])
    let subsystems = try #require(comparison["subsystems"] as? [[String: Any]])
    #expect(subsystems.map { $0["name"] as? String } == ["rust/kernel"])
    // Every finding, doctest and item has its link.
    for key in ["findings", "doctests", "items"] {
        let rows = try #require(report[key] as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { ($0["url"] as? String)?.hasPrefix("https://example.org/tree/rust/kernel/lib.rs#n") == true }, "\(key)")
    }

    // Markdown: the changes come right after the headline, linked.
    let md = try CLI.run(["report", "--srctree", new, "--compare", oldJSON, "--source-url", url]).stdout
    let changes = try #require(md.range(of: "\n## Changes since `\(oldJSON)`\n"))
    #expect(changes.lowerBound < (md.range(of: "\n## Doctests per crate\n")?.lowerBound ?? md.startIndex))
    #expect(md.contains("- 1 new and 1 fixed findings; 1 doctests added, 0 removed\n"))
    #expect(md.contains("- doctests: 2 → 3 (+1)\n"))
    #expect(md.contains("\n### New findings\n") && md.contains("\n### Fixed findings\n") && md.contains("\n### Doctests added\n"))
    #expect(!md.contains("\n### Doctests removed\n"))
    #expect(md.contains("| [`rust/kernel/lib.rs:"))
    #expect(md.contains("](https://example.org/tree/rust/kernel/lib.rs#n"))

    // HTML: a section at the top, before the findings; a tile.
    let html = try CLI.run(["report", "--srctree", new, "--format", "html", "--compare", oldJSON]).stdout
    let section = try #require(html.range(of: "<section id=\"changes\">"))
    #expect(section.lowerBound < (html.range(of: "<section id=\"triage\">")?.lowerBound ?? html.startIndex))
    #expect(html.contains("id=\"tile-changes\""))
    for id in ["new-findings", "fixed-findings", "added-doctests"] { #expect(html.contains("<table id=\"\(id)\""), "\(id)") }
    #expect(html.contains("<td><code>doctest-should-panic-not-run</code></td>"))

    // An unreadable OLD.json: exit status 2, said on stderr.
    let missing = try CLI.run(["report", "--srctree", new, "--compare", directory + "/nope.json"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("--compare: cannot read the file"))
    try Data("{\"schema\":\"other\"}".utf8).write(to: URL(fileURLWithPath: directory + "/other.json"))
    #expect(try CLI.run(["report", "--srctree", new, "--compare", directory + "/other.json"]).stderr.contains("not a kunitgen report"))
}
