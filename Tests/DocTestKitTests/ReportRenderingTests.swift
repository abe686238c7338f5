import Foundation
import Testing
@testable import DocTestKit

/// Rendering details of the report writers, on the fixture's analysis.
enum ReportFixture {
    static let summary = ReportSummary(analysis: CheckFixture.analysis, findings: TreeCheck.findings(CheckFixture.analysis))
}

@Test func htmlEscapesAndShowsCode() {
    #expect(HTMLReport.escape("Vec<T, A> & \"x\"") == "Vec&lt;T, A&gt; &amp; &quot;x&quot;")
    #expect(HTMLReport.inline("use `a<b>` here") == "use <code>a&lt;b&gt;</code> here")
    #expect(HTMLReport.inline("one ` backtick") == "one ` backtick")
    let page = HTMLReport.render(ReportFixture.summary)
    // Generic item paths reach the page escaped, never as tags.
    #expect(page.contains("<code>alloc::kvec::Vec&lt;T,A&gt;::index</code>"))
    #expect(!page.contains("Vec<T,A>"))
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.components(separatedBy: "<table ").count - 1 == ReportFixture.summary.tables.filter { !$0.rows.isEmpty }.count)
}

@Test func markdownCellsStayInTheirColumns() {
    #expect(MarkdownReport.cell(.code("a|b")) == "`a\\|b`")
    #expect(MarkdownReport.cell(.code("x `y` z")) == "``x `y` z``")
    #expect(MarkdownReport.cell(.text("line\nbreak <b>")) == "line break &lt;b>")
    let markdown = MarkdownReport.render(ReportFixture.summary)
    // Every table row has as many cells as its header.
    for table in ReportFixture.summary.tables where !table.rows.isEmpty {
        let header = "| " + table.headers.joined(separator: " | ") + " |"
        #expect(markdown.contains(header), "\(table.id)")
    }
    for line in markdown.split(separator: "\n") where line.hasPrefix("| `rust/kernel/error.rs:189` |") {
        let unescapedPipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(unescapedPipes == 6, "\(line)")
    }
}

/// The JSON report's totals are sums of its rows and agree with the inventory.
@Test func jsonTotalsAreSumsOfRows() throws {
    let json = ReportJSON.document(ReportFixture.summary)
    let tree = try JSONTree.parse(json.compact)
    #expect(tree["schema"]?.stringValue == "kunitgen-report")
    #expect(tree["version"]?.intValue == 2)
    let crates = try #require(tree["crates"]?.arrayValue)
    let files = try #require(tree["files"]?.arrayValue)
    for key in ["doctests", "runnable", "no_run", "ignore", "compile_fail", "should_panic", "from_macros", "kunit_run", "public_items"] {
        let total = tree["summary"]?[key]?.intValue
        #expect(total == crates.compactMap { $0[key]?.intValue }.reduce(0, +), "\(key)")
        #expect(total == files.compactMap { $0[key]?.intValue }.reduce(0, +), "\(key)")
    }
    #expect(tree["doctests"]?.arrayValue?.count == CheckFixture.analysis.doctests.count)
}

@Test func sourceLinksEncodePathsAndEscapeInEveryFormat() {
    let links = SourceLinks(template: "https://example.org/t/{path}?h=v1#n{line}")
    #expect(links.url("drivers/a b/c#d%.rs", 7) == "https://example.org/t/drivers/a%20b/c%23d%25.rs?h=v1#n7")
    #expect(SourceLinks(template: nil).url("a.rs", 1) == nil)
    // Markdown: a link target neither closes the link nor the cell.
    let cell = ReportTable.Cell.location("a|b.rs", 3, SourceLinks(template: "https://x/{path}|(y){line}"))
    #expect(MarkdownReport.cell(cell) == "[`a\\|b.rs:3`](https://x/a%7Cb.rs%7C%28y%293)")
    // HTML: the href is escaped too.
    var summary = ReportFixture.summary
    summary.links = SourceLinks(template: "https://example.org/t/{path}?a=1&b=2#n{line}")
    let page = HTMLReport.render(summary)
    let first = summary.findings[0].location
    #expect(page.contains("<a href=\"https://example.org/t/\(first.path)?a=1&amp;b=2#n\(first.line)\"><code>\(first.path):\(first.line)</code></a>"))
    #expect(HTMLReport.escape("it's") == "it&#39;s")
}

@Test func subsystemIsTheFirstThreeDirectoryComponents() {
    #expect(SubsystemRow.name(of: "rust/kernel/sync/lock/mutex.rs") == "rust/kernel/sync")
    #expect(SubsystemRow.name(of: "drivers/gpu/nova-core/gsp/fw.rs") == "drivers/gpu/nova-core")
    #expect(SubsystemRow.name(of: "rust/kernel/lib.rs") == "rust/kernel")
    #expect(SubsystemRow.name(of: "samples/rust/rust_minimal.rs") == "samples/rust")
    // The page's findings: error > warning > note, whatever the analysis order.
    let ranks = ReportFixture.summary.findingsBySeverity.map { $0.severity }
    #expect(ranks == ranks.sorted(by: >))
    #expect(ReportFixture.summary.findingsByRule.map(\.count).reduce(0, +) == ReportFixture.summary.findings.count)
}
