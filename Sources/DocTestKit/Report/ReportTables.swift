/// A table of the report, rendered by both the Markdown and the HTML writer.
public struct ReportTable: Sendable {
    public struct Cell: Sendable {
        public var text: String
        /// Shown as code (paths, item paths, names).
        public var code: Bool
        /// Numbers sort numerically in the HTML page.
        public var number: Int?
        /// `--source-url`: the cell links there.
        public var link: String? = nil

        public static func text(_ s: String) -> Cell { Cell(text: s, code: false, number: nil) }
        public static func code(_ s: String) -> Cell { Cell(text: s, code: true, number: nil) }
        public static func int(_ n: Int) -> Cell { Cell(text: String(n), code: false, number: n) }
        /// `path:line`, linked.
        static func location(_ path: String, _ line: Int, _ links: SourceLinks) -> Cell {
            Cell(text: "\(path):\(line)", code: true, number: nil, link: links.url(path, line))
        }
        /// A path shown alone, linked to `line`.
        static func file(_ path: String, _ line: Int, _ links: SourceLinks) -> Cell {
            Cell(text: path, code: true, number: nil, link: links.url(path, line))
        }
        /// Sorts error > warning > note (descending: errors first).
        static func severity(_ s: Severity) -> Cell {
            Cell(text: s.rawValue, code: false, number: s == .error ? 2 : s == .warning ? 1 : 0)
        }
    }

    /// HTML id, also the name `?sort=` uses.
    public var id: String
    public var title: String
    /// One sentence under the title.
    public var note: String
    public var headers: [String]
    public var rows: [[Cell]]
    /// Per row, `data-*` attributes of the HTML row (the findings filter reads them).
    public var rowData: [[String: String]] = []
}

extension ReportSummary {
    static let countHeaders = ["doctests", "runnable", "no_run", "ignore", "compile_fail", "should_panic", "from macros",
                               "KUnit run", "KUnit compiled only", "pub items", "pub items with example"]

    static func countCells(_ c: DoctestCounts) -> [ReportTable.Cell] {
        [.int(c.total), .int(c[.runnable]), .int(c[.noRun]), .int(c[.ignore]), .int(c[.compileFail]), .int(c[.shouldPanic]),
         .int(c.fromMacros), .int(c.kunitRun), .int(c.kunitCompiledOnly), .int(c.publicItems), .int(c.publicItemsWithExample)]
    }

    /// The report's tables, in order.
    public var tables: [ReportTable] {
        var tables: [ReportTable] = []
        tables.append(ReportTable(
            id: "crates", title: "Doctests per crate",
            note: "Who runs them follows rust/Makefile: the kernel crate's become KUnit cases, the macros crate's run on the host with `make rusttest`, no target runs any other crate's.",
            headers: ["crate", "root", "run by"] + Self.countHeaders,
            rows: crates.filter { $0.runner != .upstream }.map { row in
                let root = analysis.crates.first { $0.name == row.name }?.root ?? ""
                return [.code(row.name), .code(root), .text(row.runner.summary)] + Self.countCells(row.counts)
            } + vendoredRow))
        tables.append(ReportTable(
            id: "files", title: "Doctests per file", note: "Every Rust file of every crate.",
            headers: ["file", "crate"] + Self.countHeaders,
            rows: files.map { [.code($0.name), .code($0.crate)] + Self.countCells($0.counts) }))
        let sorted = findingsBySeverity
        tables.append(ReportTable(
            id: "findings", title: "Findings", note: "Everything `kunitgen check` reports, with a suggested fix: errors first, then warnings, then notes.",
            headers: ["location", "severity", "rule", "message", "suggested fix"],
            rows: sorted.map {
                [.location($0.location.path, $0.location.line, links), .severity($0.severity), .code($0.ruleID),
                 .text($0.message), .text($0.fix ?? "")]
            },
            rowData: sorted.map { ["severity": $0.severity.rawValue, "rule": $0.ruleID, "path": $0.location.path] }))
        tables.append(ReportTable(
            id: "subsystems", title: "Doctests per subsystem",
            note: "A subsystem is the first three components of a file's directory (`rust/kernel/sync`, `drivers/gpu/nova-core`); vendored crates left out.",
            headers: ["subsystem"] + Self.countHeaders,
            rows: subsystems.map { [.code($0.name)] + Self.countCells($0.counts) }))
        tables.append(ReportTable(
            id: "doctests", title: "Doctest inventory",
            note: "Every doc example rustdoc would test; KUnit names as `kunitgen generate` emits them (kernel naming).",
            headers: ["file", "line", "item", "attributes", "kind", "KUnit case", "KUnit"],
            rows: analysis.doctests.map { entry in
                let item = entry.doctest.itemPath.joined(separator: "::")
                let kunit: String
                switch entry.disposition {
                case .run?: kunit = "run"
                case .compileOnly?: kunit = "compiled only"
                case .excluded?: kunit = "left out"
                case nil: kunit = entry.runner.summary
                }
                var attributes = entry.doctest.attributes.original
                if entry.fromMacro { attributes += attributes.isEmpty ? "(macro)" : " (macro)" }
                return [.file(entry.doctest.file, entry.doctest.line, links), .int(entry.doctest.line), .code(item.isEmpty ? "(crate)" : item),
                        .code(attributes), .text(entry.kind.rawValue), .code(entry.kunitName ?? ""), .text(kunit)]
            }))
        tables.append(ReportTable(
            id: "coverage", title: "Example coverage per file",
            note: "Items declared plain `pub` (and `#[macro_export]` macros) in each file, and how many have a doc example.",
            headers: ["file", "pub items", "documented", "with example", "without example", "% with example"],
            rows: files.filter { $0.counts.publicItems > 0 }.map { row in
                let c = row.counts
                return [.code(row.name), .int(c.publicItems), .int(c.publicItemsDocumented), .int(c.publicItemsWithExample),
                        .int(c.publicItems - c.publicItemsWithExample), .int(c.publicItemsWithExample * 100 / max(1, c.publicItems))]
            }))
        tables.append(ReportTable(
            id: "missing", title: "Public items without an example", note: "Candidates for a doctest.",
            headers: ["file", "line", "item", "kind", "documented"],
            rows: analysis.items.filter { $0.item.isPublic && !$0.hasExample }.map {
                [.file($0.file, $0.item.line, links), .int($0.item.line), .code($0.item.itemPath.joined(separator: "::")),
                 .text($0.item.kind.rawValue), .text($0.item.hasDocs ? "yes" : "no")]
            }))
        return tables
    }

    /// The vendored crates (syn, quote, proc-macro2, pin-init, ...) as one row.
    var vendoredRow: [[ReportTable.Cell]] {
        let vendored = crates.filter { $0.runner == .upstream }
        guard !vendored.isEmpty else { return [] }
        var counts = DoctestCounts()
        for row in vendored { counts.merge(row.counts) }
        let dropped = analysis.vendored.map(\.findingsDropped).reduce(0, +)
        return [[.text("vendored (\(vendored.count) crates)"),
                 .text(vendored.map(\.name).joined(separator: ", ") + " (\(dropped) findings of theirs not shown)"),
                 .text(DoctestRunner.upstream.summary)] + Self.countCells(counts)]
    }

    /// The lines of the headline, as plain text (Markdown and HTML both show them).
    public var headline: [String] {
        let t = total
        return [
            "Source tree: \(analysis.srctree) (\(analysis.filesScanned) Rust files, \(analysis.crates.count) crates)",
            "Configuration: \(analysis.configurationDescription)",
            "Doctests: \(t.total) (\(t[.runnable]) runnable, \(t[.noRun]) no_run, \(t[.ignore]) ignore, \(t[.compileFail]) compile_fail, \(t[.shouldPanic]) should_panic; \(t.fromMacros) from macros)",
            "KUnit cases `generate` would emit: \(t.kunitRun) run, \(t.kunitCompiledOnly) compiled only",
            "Public items with an example: \(t.publicItemsWithExample) of \(t.publicItems)",
            analysis.helpers == nil ? "C helpers: not checked (libclang missing)"
                : "C helpers: \(helpersAnnotated) annotated `__rust_helper`, \(helpersNotAnnotated) not",
            "Findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes",
        ]
    }
}
