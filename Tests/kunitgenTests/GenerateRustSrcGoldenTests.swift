import Foundation
import Testing
import TestSupport

/// `kunitgen generate` on the main fixture tree `Fixtures/rust-src` (crate `kernel`, ~190
/// doctests). The golden compare catches unreviewed drift; the real assertions are the checks
/// against the fixture sources and against rustdoc's own doctest list, made independently of the
/// code under test.
@Suite struct GenerateRustSrcGoldenTests {
    static let tree = "Fixtures/rust-src"
    static let root = GenerateCLITests.packageRoot
    static let fileNames = ["doctests_kernel_generated.rs", "doctests_kernel_generated_kunit.c"]

    /// Generated files of one naming scheme, read back from a scratch directory.
    struct Output { var rust: String; var c: String; var stdout: String; var stderr: String; var status: Int32 }

    static func generate(_ naming: String) throws -> Output {
        let out = GenerateCLITests.scratch("rust-src-\(naming)")
        defer { try? FileManager.default.removeItem(atPath: out) }
        // `--lines source`: the independent checks below read true lines off the files (the kernel
        // default is checked against the kernel's own output in `KernelAnchorTests`).
        let result = try CLI.run(["generate", "--srctree", tree, "--out", out, "--naming", naming, "--lines", "source"], cwd: root)
        let rust = (try? String(contentsOfFile: "\(out)/\(fileNames[0])", encoding: .utf8)) ?? ""
        let c = (try? String(contentsOfFile: "\(out)/\(fileNames[1])", encoding: .utf8)) ?? ""
        return Output(rust: rust, c: c, stdout: result.stdout, stderr: result.stderr, status: result.status)
    }

    static func golden(_ naming: String, _ name: String) throws -> String {
        try String(contentsOfFile: "\(root)/Tests/Golden/generate-rust-src/\(naming)/\(name)", encoding: .utf8)
    }

    @Test(arguments: ["kernel", "item"])
    func outputEqualsGolden(naming: String) throws {
        let output = try Self.generate(naming)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.rust == (try Self.golden(naming, Self.fileNames[0])), "Rust file (\(naming)) differs from the golden file")
        #expect(output.c == (try Self.golden(naming, Self.fileNames[1])), "C file (\(naming)) differs from the golden file")
        let oracle = RustdocOracle.shared
        #expect(output.stdout.contains("\(oracle.run.count) KUnit cases, \(oracle.kept.count - oracle.run.count) compiled only, from \(oracle.all.count) doctests in "),
                "\(output.stdout)")
    }

    // MARK: Independent checks of the golden files

    @Test(arguments: ["kernel", "item"])
    func everyFunctionIsARustdocDoctestAtAFenceOrIndentedBlock(naming: String) throws {
        let functions = GeneratedRust.functions(try Self.golden(naming, Self.fileNames[0]))
        let expected = RustdocOracle.shared.kept.map { "\($0.path):\($0.line)" }.sorted()
        #expect(functions.map { "\($0.path):\($0.line)" }.sorted() == expected)
        for function in functions {
            let source = try String(contentsOfFile: "\(Self.root)/\(Self.tree)/\(function.path)", encoding: .utf8)
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            guard function.line >= 1, function.line <= lines.count else {
                Issue.record("\(function.name): \(function.path):\(function.line) is past the end of the file")
                continue
            }
            #expect(FixtureLine.opensCodeBlock(String(lines[function.line - 1])),
                    "\(function.name): \(function.path):\(function.line) holds no fence or indented code: \(lines[function.line - 1])")
        }
    }

    @Test(arguments: ["kernel", "item"])
    func casesAreTheDoctestsThatRunAndEveryNameIsUnique(naming: String) throws {
        let c = try Self.golden(naming, Self.fileNames[1])
        let rust = try Self.golden(naming, Self.fileNames[0])
        let cases = GeneratedC.cases(c)
        let oracle = RustdocOracle.shared
        #expect(cases.count == oracle.run.count)
        #expect(Set(cases).count == cases.count)
        #expect(GeneratedC.declarations(c) == cases)
        let functions = GeneratedRust.functions(rust)
        #expect(functions.count == oracle.kept.count)
        #expect(Set(functions.map(\.name)).count == functions.count)
        #expect(Set(cases).isSubset(of: Set(functions.map(\.name))))
        let byName = Dictionary(functions.map { ($0.name, "\($0.path):\($0.line)") }) { a, _ in a }
        #expect(cases.compactMap { byName[$0] }.sorted() == oracle.run.map { "\($0.path):\($0.line)" }.sorted())
        for name in functions.map(\.name) {
            #expect(name.utf8.count <= 255 && name.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil, "\(name)")
        }
    }

    /// A failing `assert!` reports `__DOCTEST_ANCHOR - <line> + line!()`-style lines: for every
    /// assertion in the generated bodies, the line it would report must hold that assertion in
    /// the fixture source.
    @Test(arguments: ["kernel", "item"])
    func assertionsReportTheirSourceLine(naming: String) throws {
        let lines = try Self.golden(naming, Self.fileNames[0]).split(separator: "\n", omittingEmptySubsequences: false)
        var path: String?, anchor: Int?, offset: Int?, checked = 0
        var sources: [String: [Substring]] = [:]
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.contains("pub extern \"C\" fn ") { path = nil; anchor = nil; offset = nil }
            if let range = line.range(of: ".location: ") {
                path = String(line[range.upperBound...].prefix { $0 != ":" })
            }
            if let range = line.range(of: "__DOCTEST_ANCHOR - ") {
                offset = Int(line[range.upperBound...].prefix { $0.isNumber })
            }
            // `::core::line!() as i32 + A + B;`: the anchor is this line plus every term.
            if let range = line.range(of: "static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32") {
                let terms = line[range.upperBound...].split(separator: "+").compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: " ;"))) }
                anchor = number + terms.reduce(0, +)
            }
            let code = line.drop { $0 == " " }
            guard let path, let anchor, let offset, number >= anchor - 1,
                  code.hasPrefix("assert!(") || code.hasPrefix("assert_eq!(") else { continue }
            if sources[path] == nil {
                sources[path] = try String(contentsOfFile: "\(Self.root)/\(Self.tree)/\(path)", encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false)
            }
            let reported = number - anchor + offset
            let source = sources[path] ?? []
            let text = reported >= 1 && reported <= source.count ? String(source[reported - 1]) : ""
            #expect(text.contains(String(code.prefix(25))), "\(path):\(reported) does not hold `\(code)`")
            checked += 1
        }
        #expect(checked >= 100)
    }

    /// `scripts/rustdoc_test_gen.rs`: each saved test is named after rustdoc's test id
    /// `<file>_<line>_<k>`; the files are sorted as strings and numbered per source file. Tests
    /// the kernel's builder never saw (`ignore`) take no number.
    @Test func kernelNamesFollowTheKernelScheme() throws {
        let functions = GeneratedRust.functions(try Self.golden("kernel", Self.fileNames[0]))
        let oracle = RustdocOracle.shared
        var expected: [String: [String]] = [:]
        for (path, tests) in Dictionary(grouping: oracle.seenByKernelBuilder, by: \.path) {
            var perLine: [Int: Int] = [:]
            let ids = tests.map { test -> (id: String, test: RustdocOracle.Entry) in
                let k = perLine[test.rustdocLine, default: 0]
                perLine[test.rustdocLine] = k + 1
                return ("\(test.rustdocLine)_\(k)", test)
            }.sorted { $0.id < $1.id }
            let stem = String(path.dropFirst("rust/kernel/".count)).map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }
            for (n, entry) in ids.enumerated() {
                expected["\(path):\(entry.test.line)", default: []].append("rust_doctest_kernel_\(String(stem))_\(n)")
            }
        }
        // Several tests may share a true line (macro expansions): compare name lists per line.
        let generated = Dictionary(grouping: functions, by: { "\($0.path):\($0.line)" }).mapValues { $0.map(\.name).sorted() }
        let kept = Set(oracle.kept.map { "\($0.path):\($0.line)" })
        for (location, names) in generated {
            let candidates = expected[location] ?? []
            #expect(kept.contains(location) && Set(names).isSubset(of: Set(candidates)), "\(location): \(names) not among \(candidates)")
        }
    }

    /// The item scheme names a case after rustdoc's item path (`sync::arc::Arc<T>` → `sync__arc__Arc_T`).
    @Test func itemNamesComeFromRustdocsItemPaths() throws {
        let functions = GeneratedRust.functions(try Self.golden("item", Self.fileNames[0]))
        var stems: [String: Set<String>] = [:]
        for test in RustdocOracle.shared.kept {
            let components = test.item.split(separator: "::", omittingEmptySubsequences: false).map { component -> String in
                let words = component.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
                return words.isEmpty ? "_" : words.joined(separator: "_")
            }
            let stem = test.item.isEmpty ? "crate" : components.joined(separator: "__")
            stems["\(test.path):\(test.line)", default: []].insert("rust_doctest_kernel_\(stem)_")
        }
        for function in functions {
            let prefixes = stems["\(function.path):\(function.line)"] ?? []
            let suffixOK: (String) -> Bool = { prefix in
                function.name.hasPrefix(prefix) && Int(function.name.dropFirst(prefix.count)) != nil
            }
            #expect(prefixes.contains(where: suffixOK), "\(function.name) at \(function.path):\(function.line), expected one of \(prefixes)")
        }
    }

    // MARK: The generated files build

    @Test(arguments: ["kernel", "item"])
    func generatedRustParses(naming: String) throws {
        let directory = GenerateCLITests.scratch("rust-src-parse-\(naming)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/" + Self.fileNames[0]
        try (try Self.golden(naming, Self.fileNames[0])).write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Tool.run("rustc", ["-Zparse-crate-root-only", "--edition", "2021", "--crate-type", "lib", file],
                                  environment: ["RUSTC_BOOTSTRAP": "1"], cwd: directory)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: ["kernel", "item"])
    func generatedCCompiles(naming: String) throws {
        let directory = GenerateCLITests.scratch("rust-src-cc-\(naming)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/" + Self.fileNames[1]
        try (try Self.golden(naming, Self.fileNames[1])).write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Tool.run("cc", ["-fsyntax-only", "-std=gnu11", "-Wall", "-Wextra", "-Werror",
                                                   "-I", "\(Self.root)/Fixtures/kunit", file])
        #expect(result.status == 0, "\(result.output)")
    }
}

/// What the generated Rust file says about each test function.
enum GeneratedRust {
    struct Function { var name: String; var path: String; var line: Int }

    /// Each `pub extern "C" fn <name>` with the `# <name>.location: <path>:<line>` line it prints.
    static func functions(_ text: String) -> [Function] {
        var result: [Function] = []
        var current: String?
        for line in text.split(separator: "\n") {
            if let range = line.range(of: "pub extern \"C\" fn ") {
                current = String(line[range.upperBound...].prefix { $0 != "(" })
            } else if let name = current, let range = line.range(of: "# \(name).location: ") {
                let location = line[range.upperBound...].prefix { $0 != "\\" }
                guard let colon = location.lastIndex(of: ":"), let number = Int(location[location.index(after: colon)...]) else { continue }
                result.append(Function(name: name, path: String(location[..<colon]), line: number))
                current = nil
            }
        }
        return result
    }
}

/// What the generated C file registers.
enum GeneratedC {
    static func cases(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "KUNIT_CASE(") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != ")" })
        }
    }

    static func declarations(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("void "), line.hasSuffix("(struct kunit *);") else { return nil }
            return String(line.dropFirst("void ".count).prefix { $0 != "(" })
        }
    }
}

/// A line of a fixture source file, read as documentation.
enum FixtureLine {
    /// Whether the line is a doc comment (`///`, `//!`, or inside `/** */` / `/*! */`) or a `doc`
    /// attribute whose text opens a fenced block (``` or ~~~) or is indented code (4+ spaces).
    static func opensCodeBlock(_ line: String) -> Bool {
        var text = Substring(line.drop { $0 == " " || $0 == "\t" })
        if text.hasPrefix("///") || text.hasPrefix("//!") {
            text = text.dropFirst(3)
        } else if text.hasPrefix("#[doc") || text.hasPrefix("#![doc"), let quote = text.firstIndex(of: "\"") {
            text = text[text.index(after: quote)...]
            // A fence after escaped line breaks still starts on this source line.
            if text.contains("\\n```") || text.contains("\\n~~~") { return true }
        } else if text.hasPrefix("* ") || text.hasPrefix("/**") || text.hasPrefix("/*!") {
            text = text.hasPrefix("*") && !text.hasPrefix("*/") ? text.dropFirst(text.hasPrefix("* ") ? 1 : 3) : text
        }
        // One space after `///` belongs to the comment marker; the rest is Markdown: indentation
        // (a tab to the next multiple of 4) and block-quote markers `>`.
        var rest = text.hasPrefix(" ") ? text.dropFirst() : text
        var column = 0
        while let first = rest.first {
            if first == " " { column += 1 } else if first == "\t" { column += 4 - column % 4 }
            else if first == ">" && column < 4 { column = 0; if rest.dropFirst().first == " " { rest = rest.dropFirst() } }
            else { break }
            rest = rest.dropFirst()
        }
        if column < 4 && (rest.hasPrefix("```") || rest.hasPrefix("~~~")) { return true }
        return column >= 4 && !rest.isEmpty
    }
}

/// rustdoc's own doctest list for the fixture crate, and what the kernel's pipeline makes of it.
final class RustdocOracle: Sendable {
    struct Entry: Sendable {
        var path: String
        /// The true line of the opening fence (or first indented line).
        var line: Int
        /// The line rustdoc reports, which the kernel's test ids (and so its numbering) use.
        var rustdocLine: Int
        var item: String
        var attributes: [String: JSONSendable]
    }

    /// Where the fixture marks rustdoc's line wrong (`// kunitgen: rustdoc-line-wrong`), the
    /// true line, reviewed by hand against the fixture: `file:rustdocLine` → fence line.
    static let trueLines: [String: Int] = [
        "rust/kernel/lib.rs:34": 36,        // `#![doc = "` + newline: rustdoc loses the first line
        "rust/kernel/debugfs.rs:135": 137,  // two inactive `cfg_attr(CONFIG_DEBUG_FS, doc = ..)` above
        "rust/kernel/list.rs:5": 6,         // `/*!` with an empty first line
        "rust/kernel/list.rs:28": 29,
        "rust/kernel/print.rs:150": 135,    // doc inside macro_rules!, rustdoc reports a line from the invocation
        "rust/kernel/sync.rs:97": 99,       // outer and inner doc fragments counted as adjacent
        "rust/kernel/task.rs:87": 85,       // `\n` escapes: the fence is on the attribute's line
        "rust/kernel/task.rs:92": 93,       // `\` line continuation
        "rust/kernel/task.rs:127": 128,     // inactive cfg_attr fragment above the fence
        "rust/kernel/task.rs:144": 146,     // non-doc attribute lines between fragments
        "rust/kernel/uaccess.rs:126": 127,  // `/***/` line between fragments
        // `declare_err!` invocations (lines 39-46): the example is in the macro's doc, line 24.
        "rust/kernel/error.rs:39": 24, "rust/kernel/error.rs:40": 24, "rust/kernel/error.rs:41": 24,
        "rust/kernel/error.rs:42": 24, "rust/kernel/error.rs:43": 24, "rust/kernel/error.rs:44": 24,
        "rust/kernel/error.rs:45": 24, "rust/kernel/error.rs:46": 24,
    ]

    /// rustdoc collects on its x86_64 Linux host; the fixture tree has no `.config`, so
    /// `kunitgen generate` knows no target and `target_os`/`target_arch` predicates are false. Tests rustdoc reports that
    /// kunitgen therefore drops, and those it has instead (as rustdoc reports them off x86).
    static let hostOnly: Set<String> = ["rust/kernel/debugfs.rs:126", "rust/kernel/lib.rs:191"]
    static let offHost: [Entry] = [
        // The non-x86 `asm!` wrapper, `#[cfg(not(any(target_arch = "x86", target_arch = "x86_64")))]`.
        Entry(path: "rust/kernel/lib.rs", line: 209, rustdocLine: 209, item: "asm",
              attributes: ["rust": .bool(true), "ignore": .text("None")]),
    ]
    /// JSON attribute values reduced to what the checks need.
    enum JSONSendable: Sendable, Equatable { case bool(Bool), text(String), other }

    let all: [Entry]
    static let shared = RustdocOracle()

    init() {
        let root = GenerateCLITests.packageRoot
        // A missing rustdoc leaves the list empty, which fails the count checks (never a skip).
        let result = try? Rustdoc.doctests(path: "\(GenerateRustSrcGoldenTests.tree)/rust/kernel/lib.rs", cwd: root)
        let json = (try? JSONSerialization.jsonObject(with: Data((result?.stdout ?? "").utf8))) as? [String: Any]
        let prefix = GenerateRustSrcGoldenTests.tree + "/"
        all = ((json?["doctests"] as? [[String: Any]]) ?? []).map { entry in
            let file = (entry["file"] as? String) ?? ""
            let name = (entry["name"] as? String) ?? ""
            // `<file> - <item> (line N)`; crate-level docs: `<file> - (line N)`.
            var item = ""
            if let dash = name.range(of: " - ") {
                let rest = name[dash.upperBound...]
                if let paren = rest.range(of: " (line ", options: .backwards) { item = String(rest[..<paren.lowerBound]) }
            }
            var attributes: [String: JSONSendable] = [:]
            for (key, value) in (entry["doctest_attributes"] as? [String: Any]) ?? [:] {
                if let text = value as? String { attributes[key] = .text(text) }
                else if let flag = value as? Bool { attributes[key] = .bool(flag) }
                else { attributes[key] = .other }
            }
            let path = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
            let line = (entry["line"] as? Int) ?? 0
            return Entry(path: path, line: Self.trueLines["\(path):\(line)"] ?? line, rustdocLine: line, item: item, attributes: attributes)
        }.filter { !Self.hostOnly.contains("\($0.path):\($0.rustdocLine)") } + Self.offHost
    }

    private static func flag(_ test: Entry, _ key: String) -> Bool { test.attributes[key] == .bool(true) }

    /// Compiled by the kernel's builder: Rust, not `ignore`d (for any target).
    var seenByKernelBuilder: [Entry] { all.filter { Self.flag($0, "rust") && $0.attributes["ignore"] == .text("None") } }
    /// Emitted by kunitgen: what the builder sees but for tests that must not build or cannot run.
    var kept: [Entry] {
        seenByKernelBuilder.filter { !Self.flag($0, "compile_fail") && !Self.flag($0, "test_harness") && !Self.flag($0, "should_panic") }
    }
    /// Registered as KUnit cases: all kept, `no_run` too (as the kernel's pipeline registers them).
    var run: [Entry] { kept }
}
