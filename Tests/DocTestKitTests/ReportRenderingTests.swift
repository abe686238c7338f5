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
