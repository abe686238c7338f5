import Foundation

/// Writes the two generated files by rendering the tree's own templates (`KernelDialect`) with
/// each case's values, exactly as `scripts/rustdoc_test_gen.rs` fills them.
enum KUnitEmitter {
    static func rustFile(_ cases: [KUnitCase], options: KUnitGenerationOptions) -> String {
        rustFileWithMap(cases, options: options).text
    }

    /// The Rust file and where each case landed in it, counted in the rendered text (so any
    /// template layout is measured, never assumed).
    static func rustFileWithMap(_ cases: [KUnitCase], options: KUnitGenerationOptions) -> (text: String, spans: [GeneratedCaseSpan]) {
        let dialect = options.dialect.forCrate(options.crateIdentifier)
        var tests = ""
        var starts: [(line: Int, body: (line: Int, column: Int))] = []
        var testsLines = 0
        for testCase in cases {
            let rendered = rustTestRendered(testCase, dialect: dialect, lines: options.lines)
            starts.append((testsLines, rendered.body))
            tests += rendered.text
            testsLines += newlines(rendered.text)
        }
        let trimmed = rustTrimmed(tests)
        // Lines `rust_tests`' trimming removed from the front, and where the template puts it.
        let leading = tests.unicodeScalars.prefix { $0.properties.isWhitespace }.filter { $0 == "\n" }.count
        var before = 0
        for segment in dialect.rustFile.segments {
            if case .text(let text) = segment { before += newlines(text) } else { break }
        }
        let file = dialect.rustFile.render(["rust_tests": trimmed])
        var spans: [GeneratedCaseSpan] = []
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].line : testsLines
            spans.append(GeneratedCaseSpan(
                caseIndex: index, firstLine: before + start.line - leading + 1,
                lastLine: before + max(end - 1, start.line) - leading + 1,
                bodyFirstLine: before + start.line + start.body.line - leading + 1, bodyFirstColumn: start.body.column))
        }
        return (file, spans)
    }

    static func newlines(_ text: String) -> Int { text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }

    /// One test function. With `.kernel` lines, `{line}` is rustdoc's line, as the kernel's
    /// builder names its files: `kunit_assert!` reports `line!() - (__DOCTEST_ANCHOR - {line})`,
    /// and the anchor is the generated line of `fn main() {`, so the test's first code line
    /// reports `{line} + 1` — one line off after lifted `#![..]` attributes, on an indented block
    /// and in a test with its own `main`. `.source` puts the true lines there instead.
    static func rustTest(_ testCase: KUnitCase, dialect: KernelDialect, lines: KUnitLineMapping) -> String {
        rustTestRendered(testCase, dialect: dialect, lines: lines).text
    }

    /// The test function, with the 0-based line (within it) and 1-based column of its body's start.
    static func rustTestRendered(_ testCase: KUnitCase, dialect: KernelDialect, lines: KUnitLineMapping)
        -> (text: String, body: (line: Int, column: Int)) {
        let body = KernelDoctestBody.text(testCase.doctest.prepared, id: testCase.testID)
        var values = [
            "name": testCase.builderName,
            "kunit_name": testCase.name,
            "line": String(testCase.doctest.rustdocLine),
            "body_offset": String(KernelDoctestBody.offset(body)),
            "body": body,
            "file": testCase.fileIdentifier,
            "number": String(testCase.number),
        ]
        var anchorLine = testCase.doctest.rustdocLine
        if lines == .source {
            values["line"] = String(testCase.doctest.line)
            // The anchor is the generated line of `fn main() {`; the code after it starts at
            // `firstCodeLine` in the doc comment (own `main`: that line is the test's own).
            if testCase.doctest.prepared.wrapper == nil {
                let crateLevelLines = testCase.doctest.prepared.crateLevel.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
                anchorLine = testCase.firstCodeLine + KernelDoctestBody.offset(body) - 1 - crateLevelLines
            } else {
                anchorLine = testCase.firstCodeLine - 1
            }
        }
        func value(_ name: String, _ lineBefore: String) -> String {
            let inFormatString = FormatTemplate.isInFormatString(lineBefore)
            // The path sits in string literals: braces doubled first (a format string's), then
            // escaped, so that an escape's own `\u{..}` braces stay single.
            if name == "real_path" {
                let path = testCase.doctest.file
                return rustStringContents(inFormatString ? FormatTemplate.escapedForFormatString(path) : path)
            }
            if name == "line", lineBefore.hasSuffix("__DOCTEST_ANCHOR - ") { return String(anchorLine) }
            let value = values[name] ?? ""
            return inFormatString ? FormatTemplate.escapedForFormatString(value) : value
        }
        var out = ""
        var bodyStart = (line: 0, column: 1)
        for segment in dialect.testFunction.segments {
            switch segment {
            case .text(let text): out += text
            case .argument(let name, let lineBefore):
                if name == "body" { bodyStart = (newlines(out), lineBefore.unicodeScalars.count + 1) }
                out += value(name, lineBefore)
            }
        }
        return (out, bodyStart)
    }

    static func cFile(_ cases: [KUnitCase], options: KUnitGenerationOptions) -> String {
        let dialect = options.dialect.forCrate(options.crateIdentifier)
        var declarations = "", table = ""
        for testCase in cases where testCase.disposition == .run {
            declarations += dialect.cDeclaration.render(["kunit_name": testCase.name])
            table += dialect.cCase.render(["kunit_name": testCase.name])
        }
        return dialect.cFile.render(["c_test_declarations": rustTrimmed(declarations), "c_test_cases": rustTrimmed(table)])
    }

    /// Rust's `str::trim`: white space (Unicode `White_Space`) off both ends.
    static func rustTrimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Contents of a Rust `"..."` (or `c"..."`) literal: `\` and `"` escaped, control and bidi
    /// characters as `\u{..}` (a path the kernel's script would paste in raw and break the file
    /// with). NUL cannot occur: no path holds one.
    static func rustStringContents(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if TextSafety.isControlOrBidi(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
