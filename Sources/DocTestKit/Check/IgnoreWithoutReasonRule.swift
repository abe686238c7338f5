/// `ignore-without-reason`: a Rust doc example marked plain `ignore` whose text does not say why.
///
/// An `ignore`d example is neither built nor run, so it rots silently; the reader (and the next
/// contributor) should learn why it cannot be tested. The heuristic, in this order:
///
/// 1. Only fenced blocks whose info string has `ignore` itself (not `ignore-<target>`, which
///    names its reason) and that are Rust (so rustdoc would otherwise test them).
/// 2. The example is explained when one of these says why, in any case:
///    - the doc paragraph before the fence (blank lines between them skipped; up to the
///      previous blank line, fence or heading: a heading such as `# Examples` explains nothing),
///    - the paragraph after the closing fence (likewise),
///    - the `//` comment lines at the top of the example's code.
/// 3. "Says why" means it contains one of `reasonMarkers`: words people use to explain an
///    untested example ("ignored", "not run", "compile"/"compilation", "because", "pseudo-code",
///    "illustrative", "hypothetical", "fails to", ...). Words that ordinary item docs use for
///    other things ("needs", "requires", "error", "fail", "builds") do not count: "a module
///    that needs firmware" says nothing about why the example is not tested.
public struct IgnoreWithoutReasonRule: DocExampleRule {
    public init() {}
    public var id: String { "ignore-without-reason" }
    public var description: String { "`ignore`d doc example without a reason in the surrounding text" }
    public var severity: Severity { .warning }

    /// Lower-case fragments that count as an explanation.
    public static let reasonMarkers = [
        "ignore", "not run", "not be run", "never run", "isn't run", "cannot run", "can't run", "cannot be run",
        "not tested", "untested", "not be tested", "cannot be tested", "compil", "not built", "not be built",
        "cannot be built", "because", "pseudo", "illustrat", "hypothetical", "sketch", "placeholder",
        "fails to", "fail to", "would fail", "outside the kernel",
    ]

    public var triggeringExamples: [String] {
        [
            """
            /// Adds one.
            ///
            /// ↓```ignore
            /// let x = add_one(1);
            /// ```
            pub fn add_one(x: i32) -> i32 { x + 1 }
            """,
            """
            /// # Examples
            ///
            /// ↓```rust,ignore
            /// // Locks the thing.
            /// lock.lock();
            /// ```
            pub struct Lock;
            """,
            """
            //! Two examples, only the first explained.
            //!
            //! This one is ignored: it needs a real device.
            //! ```ignore
            //! probe(dev);
            //! ```
            //!
            //! ↓```ignore,no_run
            //! remove(dev);
            //! ```
            """,
        ]
    }

    public var nonTriggeringExamples: [String] {
        [
            """
            /// This example is not run because it needs a registered device:
            ///
            /// ```ignore
            /// let dev = probe();
            /// ```
            pub fn probe() {}
            """,
            """
            /// ```ignore
            /// build_assert!(false);
            /// ```
            ///
            /// The example above fails to compile, which is the point.
            pub fn f() {}
            """,
            """
            /// ```ignore
            /// // Pseudo-code: the real driver registers itself first.
            /// register(driver);
            /// ```
            pub fn register() {}
            """,
            """
            /// ```ignore-x86_64
            /// let only_elsewhere = 1;
            /// ```
            ///
            /// ```text
            /// not Rust, so ignore means nothing
            /// ```
            ///
            /// ```no_run
            /// let x = 1;
            /// ```
            pub fn other_attributes() {}
            """,
        ]
    }

    public func check(_ file: SourceFile, scan: RustFileScan) -> [Finding] {
        var findings: [Finding] = []
        let lines = LineIndex(file.bytes)
        for doc in scan.docComments {
            let docLines = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
            for block in CodeBlockFinder.codeBlocks(in: doc.text) where block.isFenced {
                let attributes = LangString.parse(block.info)
                guard attributes.rust, attributes.ignore == .all else { continue }
                let blockLineCount = block.text.isEmpty ? 0 : block.text.split(separator: "\n", omittingEmptySubsequences: false).count
                let before = Self.paragraph(docLines, from: block.docLine - 1, step: -1)
                let after = Self.paragraph(docLines, from: block.docLine + blockLineCount + 2, step: 1)
                let comments = Self.leadingComments(block.text)
                if [before, after, comments].contains(where: Self.explains) { continue }
                let line = doc.trueLine(forDocLine: block.docLine)
                findings.append(Finding(
                    location: SourceLocation(path: file.path, line: line, column: lines.fenceColumn(onLine: line)),
                    severity: severity, ruleID: id,
                    message: "`ignore`d example is never built or run, and the text around it does not say why",
                    fix: "say why before the example (e.g. \"Not run: it needs a registered device.\"), "
                        + "or use `no_run` (built, not run) or `compile_fail` if that is what is meant"))
            }
        }
        return findings
    }

    static func explains(_ text: String) -> Bool {
        let lower = text.lowercased()
        return reasonMarkers.contains { lower.contains($0) }
    }

    /// The paragraph nearest to `from` in `step` direction (blank lines skipped), up to a blank
    /// line, a fence or a heading (a heading line itself is not included).
    static func paragraph(_ lines: [Substring], from: Int, step: Int) -> String {
        var out: [Substring] = []
        var k = from
        while k >= 0, k < lines.count, lines[k].allSatisfy({ $0 == " " || $0 == "\t" }) { k += step }
        while k >= 0, k < lines.count {
            let trimmed = lines[k].drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("#") { break }
            out.append(trimmed)
            k += step
        }
        return out.joined(separator: " ")
    }

    /// `//` comment lines (also hidden ones, `# // ...`) at the top of the example's code.
    static func leadingComments(_ code: String) -> String {
        var out: [Substring] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("# ") { trimmed = trimmed.dropFirst(2).drop { $0 == " " } }
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("//") else { break }
            out.append(trimmed)
        }
        return out.joined(separator: " ")
    }
}

extension LineIndex {
    /// 1-based byte column of the first fence (three backticks or tildes) on `line`, else 1.
    func fenceColumn(onLine line: Int) -> Int {
        guard line >= 1, line <= starts.count else { return 1 }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] : bytes.count
        var k = start
        while k + 2 < end {
            let b = bytes[k]
            if (b == 0x60 || b == 0x7E), bytes[k + 1] == b, bytes[k + 2] == b { return k - start + 1 }
            k += 1
        }
        return 1
    }
}
