import Foundation

/// What a kernel version's generated doctest files look like: the templates of the tree's own
/// `scripts/rustdoc_test_gen.rs`, read from it, so that every version (6.6's `"{real_path}"` with
/// `format_args!`, 6.18's `fmt!`, 7.1's `c"{real_path}"` and `#![allow(unreachable_pub, …)]`) is
/// emitted exactly as that tree's own pipeline would, with no version number anywhere in kunitgen.
///
/// The tests' code itself is what rustdoc hands the kernel's test builder, which is rustdoc's and
/// not the tree's: kunitgen produces rustdoc 1.95's (see `KernelDoctestBody`).
public struct KernelDialect: Hashable, Sendable {
    /// One test function: `{name}`, `{kunit_name}`, `{real_path}`, `{line}`, `{body_offset}`, `{body}`.
    public var testFunction: FormatTemplate
    /// The Rust file around the tests: `{rust_tests}`.
    public var rustFile: FormatTemplate
    /// The C file: `{c_test_declarations}`, `{c_test_cases}`.
    public var cFile: FormatTemplate
    /// One C declaration and one `KUNIT_CASE` line: `{kunit_name}`.
    public var cDeclaration: FormatTemplate
    public var cCase: FormatTemplate
    /// Where the templates come from, for messages: `scripts/rustdoc_test_gen.rs` or `built-in`.
    public var origin: String
    /// The tree's `#[pin_data]` is token-based (it has `macro_rules! __pin_data`: 6.x), so rustdoc
    /// counts the lines of a `#[pin_data]` item's docs from the attribute (see
    /// `ExtractionOptions.pinDataRespansDocs`); 7.0's syn-based one keeps their spans.
    public var pinDataRespansDocs = false

    /// Where a token-based `#[pin_data]` keeps its `macro_rules! __pin_data` (6.6–6.12, 6.18).
    static let pinDataMacroFiles = ["rust/kernel/init/macros.rs", "rust/pin-init/src/macros.rs"]

    static let testArguments: Set<String> = ["name", "kunit_name", "real_path", "line", "body_offset", "body", "file", "number"]

    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path):1: error: \(message)" }
    }

    /// The path of the generator script inside a kernel tree.
    public static let scriptPath = "scripts/rustdoc_test_gen.rs"

    /// The dialect of the tree at `srctree`: its `scripts/rustdoc_test_gen.rs`, or the built-in one
    /// (the layout of Linux 7.1) when the tree has no such script (a tree of sources only).
    /// A script that exists but cannot be read or understood is an error, never a guess.
    public static func of(srctree: String) throws(ReadError) -> KernelDialect {
        let path = (srctree as NSString).appendingPathComponent(scriptPath)
        var dialect = builtin
        if FileManager.default.fileExists(atPath: path) {
            let file: SourceFile
            do { file = try SourceFile.read(path: path) } catch {
                throw ReadError(path: scriptPath, message: "cannot read the kernel's doctest generator: \(error.message)")
            }
            dialect = try parse(file.text, origin: scriptPath)
        }
        dialect.pinDataRespansDocs = pinDataMacroFiles.contains { relative in
            let file = try? SourceFile.read(path: (srctree as NSString).appendingPathComponent(relative))
            return file?.text.contains("macro_rules! __pin_data") == true
        }
        return dialect
    }

    /// Reads the templates out of a `rustdoc_test_gen.rs`: the raw string holding
    /// `pub extern "C" fn {kunit_name}`, the one holding `__LOG_PREFIX`, the one holding
    /// `kunit_test_suite`, and the string literals written to `c_test_declarations` and
    /// `c_test_cases`.
    public static func parse(_ text: String, origin: String) throws(ReadError) -> KernelDialect {
        let bytes = Array(text.utf8)
        let tokens = RustLexer(bytes: bytes).tokenize().tokens.filter {
            $0.kind != .whitespace && $0.kind != .lineComment && $0.kind != .blockComment
        }
        var strings: [(value: String, after: String)] = []
        for (i, token) in tokens.enumerated() where token.kind == .string {
            guard let decoded = StringLiteral.decode(bytes: bytes, token: token) else { continue }
            // The name written to: `write!(NAME, "…")` has `NAME` `,` before the literal.
            var target = ""
            if i >= 2, tokens[i - 1].kind == .punctuation, tokens[i - 2].kind == .identifier {
                target = String(decoding: bytes[tokens[i - 2].start..<tokens[i - 2].end], as: UTF8.self)
            }
            strings.append((decoded.value, target))
        }
        func template(_ what: String, _ found: (String, String) -> Bool) throws(ReadError) -> FormatTemplate {
            let matches = strings.filter { found($0.value, $0.after) }
            guard matches.count == 1, let text = matches.first?.value else {
                throw ReadError(path: origin, message: "unrecognised doctest generator: expected one \(what), found \(matches.count); kunitgen reads the generated files' layout from this script (see README, \"Kernel versions\")")
            }
            do { return try FormatTemplate(parsing: text) } catch {
                throw ReadError(path: origin, message: "unrecognised \(what): \(error.message)")
            }
        }
        let dialect = KernelDialect(
            testFunction: try template("test function template (`pub extern \"C\" fn {kunit_name}`)") { v, _ in v.contains("pub extern \"C\" fn {kunit_name}") },
            rustFile: try template("Rust file template (`__LOG_PREFIX`)") { v, _ in v.contains("__LOG_PREFIX") && v.contains("{rust_tests}") },
            cFile: try template("C file template (`kunit_test_suite`)") { v, _ in v.contains("kunit_test_suite") },
            cDeclaration: try template("C declaration (`write!(c_test_declarations, …)`)") { _, t in t == "c_test_declarations" },
            cCase: try template("KUnit case line (`write!(c_test_cases, …)`)") { _, t in t == "c_test_cases" },
            origin: origin)
        try dialect.validate()
        return dialect
    }

    /// Every argument a template uses must be one kunitgen knows how to fill.
    func validate() throws(ReadError) {
        let checks: [(String, FormatTemplate, Set<String>)] = [
            ("test function", testFunction, Self.testArguments),
            ("Rust file", rustFile, ["rust_tests"]),
            ("C file", cFile, ["c_test_declarations", "c_test_cases"]),
            ("C declaration", cDeclaration, ["kunit_name"]),
            ("KUnit case", cCase, ["kunit_name"]),
        ]
        for (what, template, known) in checks {
            if let unknown = template.argumentNames.first(where: { !known.contains($0) }) {
                throw ReadError(path: origin, message: "unrecognised doctest generator: the \(what) template uses `{\(unknown)}`, which kunitgen does not know how to fill (it knows \(known.sorted().map { "`{\($0)}`" }.joined(separator: ", ")))")
            }
        }
        guard testFunction.argumentNames.contains("kunit_name"), testFunction.argumentNames.contains("body") else {
            throw ReadError(path: origin, message: "unrecognised doctest generator: the test function template has no `{kunit_name}` or no `{body}`")
        }
    }

    /// `rust_tests`' template for another crate than `kernel` (`--crate macros`): the kernel's
    /// script only ever writes the `kernel` crate's files, so its crate-specific words are swapped.
    func forCrate(_ crate: String) -> KernelDialect {
        guard crate != "kernel" else { return self }
        func swap(_ template: FormatTemplate) -> FormatTemplate {
            var copy = template
            copy.segments = template.segments.map {
                guard case .text(let text) = $0 else { return $0 }
                return .text(text.replacingOccurrences(of: "`kernel` crate", with: "`\(crate)` crate")
                    .replacingOccurrences(of: "rust_doctests_kernel", with: "rust_doctests_\(crate)"))
            }
            return copy
        }
        var copy = self
        copy.rustFile = swap(rustFile)
        copy.cFile = swap(cFile)
        return copy
    }
}
