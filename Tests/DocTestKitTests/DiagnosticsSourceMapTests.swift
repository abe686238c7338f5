import DocTestKit
import Foundation
import Testing
import TestSupport

/// The source map on every doctest of 7.1.5: each line of generated code maps to a doc comment
/// line that holds that very code at the mapped column, each line of every case maps somewhere,
/// for both `--lines` mappings and for a layout of the generated file that differs from 7.1.5's
/// (body not at the start of its line, extra lines before the tests): positions are measured in
/// the rendered text, never assumed.
@Suite struct DiagnosticsSourceMapTests {
    static func problems(srctree: String, lines: KUnitLineMapping) throws -> (codeLines: Int, problems: [String]) {
        let config = try KernelFixture.anchor715("x86_64-kunit") + "/config"
        let memory = try GenerateCommand.generate(.init(srctree: srctree, config: config, lines: lines))
        let map = DoctestSourceMap(generation: memory.generation, srctree: srctree, options: memory.options)
        var files: [String: [Substring]] = [:]
        var problems: [String] = []
        var codeLines = 0
        for span in memory.generation.rustSpans {
            for line in span.firstLine...span.lastLine where map.target(line: line) == nil {
                problems.append("generated line \(line) (\(memory.generation.cases[span.caseIndex].name)) maps nowhere")
            }
            let testCase = memory.generation.cases[span.caseIndex]
            guard !testCase.doctest.prepared.parseFailed else { continue }
            let code = testCase.doctest.prepared.code.split(separator: "\n", omittingEmptySubsequences: false)
            var mapped = 0
            for line in span.bodyFirstLine...span.lastLine {
                if case .docLine(let path, let sourceLine, _, _)? = map.target(line: line) {
                    // Only a doc attribute the code is computed in (7.1.5: `num/bounded.rs`'s
                    // `#[doc = concat!(..)]`) may leave the column unknown.
                    mapped += 1
                    let source = try String(contentsOfFile: srctree + "/" + path, encoding: .utf8)
                        .split(separator: "\n", omittingEmptySubsequences: false)[sourceLine - 1]
                    if !source.contains("#[doc = ::core::concat!(") { problems.append("\(path):\(sourceLine): no column for `\(source)`") }
                    continue
                }
                guard case .code(let path, let sourceLine, let shift, _)? = map.target(line: line) else { continue }
                mapped += testCase.doctest.prepared.crateLevel.contains(String(map.generatedLines[line - 1])) ? 0 : 1
                if files[path] == nil {
                    files[path] = try String(contentsOfFile: srctree + "/" + path, encoding: .utf8)
                        .split(separator: "\n", omittingEmptySubsequences: false)
                }
                let generated = Array(map.generatedLines[line - 1].unicodeScalars)
                let source = Array(files[path]![sourceLine - 1].unicodeScalars)
                guard let first = generated.firstIndex(where: { !$0.properties.isWhitespace }) else { continue }
                var text = Array(generated[first...])
                while let last = text.last, last.properties.isWhitespace { text.removeLast() }
                let at = first + shift
                if at < 0 || at + text.count > source.count || Array(source[at..<(at + text.count)]) != text {
                    problems.append("\(path):\(sourceLine): generated line \(line) `\(String(String.UnicodeScalarView(text)))` is not at column \(at + 1) of `\(files[path]![sourceLine - 1])`")
                }
            }
            codeLines += code.count
            if mapped < code.count {
                problems.append("\(testCase.name): \(code.count - mapped) of \(code.count) code lines not mapped to their source line")
            }
        }
        return (codeLines, problems)
    }

    @Test(arguments: KUnitLineMapping.allCases)
    func everyGeneratedCodeLineOf715MapsToItsDocCommentText(_ lines: KUnitLineMapping) throws {
        let (count, problems) = try Self.problems(srctree: try KernelFixture.linux715(), lines: lines)
        #expect(count > 5000, "\(count) code lines")
        #expect(problems.isEmpty, "\(problems.count) problems, the first: \(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func anotherLayoutOfTheGeneratorScriptIsMeasuredToo() throws {
        let tree = Scratch.directory("source-map-layout") + "/linux"
        try FileManager.default.copyItem(atPath: try KernelFixture.linux715(), toPath: tree)
        let script = tree + "/scripts/rustdoc_test_gen.rs"
        _ = try Tool.run("chmod", ["-R", "u+w", tree])
        var text = try String(contentsOfFile: script, encoding: .utf8)
        #expect(text.contains("        {body}\n") && text.contains("\n{rust_tests}"))
        text = text.replacingOccurrences(of: "        {body}\n", with: "    /* kunitgen: moved */ {body}\n")
            .replacingOccurrences(of: "\n{rust_tests}", with: "\n// two\n// more lines\n   {rust_tests}")
        try text.write(toFile: script, atomically: true, encoding: .utf8)
        let (count, problems) = try Self.problems(srctree: tree, lines: .kernel)
        #expect(count > 5000)
        #expect(problems.isEmpty, "\(problems.count) problems, the first: \(problems.prefix(10).joined(separator: "\n"))")
    }
}
