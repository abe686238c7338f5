import Foundation

/// Writes the two generated files by rendering the tree's own templates (`KernelDialect`) with
/// each case's values, exactly as `scripts/rustdoc_test_gen.rs` fills them.
enum KUnitEmitter {
    static func rustFile(_ cases: [KUnitCase], options: KUnitGenerationOptions) -> String {
        let dialect = options.dialect.forCrate(options.crateIdentifier)
        var tests = ""
        for testCase in cases { tests += rustTest(testCase, dialect: dialect, lines: options.lines) }
        return dialect.rustFile.render(["rust_tests": rustTrimmed(tests)])
    }

    /// One test function. With `.kernel` lines, `{line}` is rustdoc's line, as the kernel's
    /// builder names its files: `kunit_assert!` reports `line!() - (__DOCTEST_ANCHOR - {line})`,
    /// and the anchor is the generated line of `fn main() {`, so the test's first code line
    /// reports `{line} + 1` — one line off after lifted `#![..]` attributes, on an indented block
    /// and in a test with its own `main`. `.source` puts the true lines there instead.
    static func rustTest(_ testCase: KUnitCase, dialect: KernelDialect, lines: KUnitLineMapping) -> String {
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
        return dialect.testFunction.render { name, lineBefore in
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
                // Controls, and the bidirectional formatting characters rustc's deny-by-default
                // `text_direction_codepoint_in_literal` lint rejects in a literal.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
                    || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F
                    || scalar.value == 0x061C {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
