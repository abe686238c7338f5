import Foundation

/// For every line of a generated `doctests_<crate>_generated.rs`, where it came from: a line of
/// a doctest's code (file, line, and the width of what precedes the code on that source line:
/// `/// `, `/// # `, the comment's indentation), or the scaffolding of a case (wrapper, assert
/// macros, anchor, `.location`, crate-level lines kunitgen or rustdoc added), which maps to the
/// doctest's fence.
///
/// Built from a generation (`GenerateCommand.generate`): the case spans `KUnitEmitter` measured
/// in the rendered file, the body `KernelDoctestBody` writes, and the doc comments re-scanned
/// with the same options (their line maps give each code line's true source line).
public struct DoctestSourceMap: Sendable {
    public enum Target: Hashable, Sendable {
        /// A code line: source column = generated column + `shift` (characters).
        case code(path: String, line: Int, shift: Int, caseIndex: Int)
        /// A code line whose text the source does not spell out (a computed `#[doc = concat!(..)]`):
        /// the start of that doc attribute.
        case docLine(path: String, line: Int, column: Int, caseIndex: Int)
        /// A case's scaffolding, or a crate-level line rustdoc added: the fence.
        case fence(path: String, line: Int, column: Int, caseIndex: Int)
    }

    public var generatedFileName: String
    /// The generated file's lines, to recognise a log made from another tree or configuration.
    public var generatedLines: [Substring]
    public var cases: [KUnitCase]
    /// 1-based generated line → target (lines outside every case are absent).
    public var targets: [Int: Target]
    /// Per case, the column of its fence on the fence line.
    public var fenceColumns: [Int]

    public func target(line: Int) -> Target? { targets[line] }

    /// The source location of generated `line:column`, or nil when the line is not part of a case.
    public func map(line: Int, column: Int) -> (location: SourceLocation, caseIndex: Int)? {
        switch targets[line] {
        case .code(let path, let source, let shift, let index)?:
            return (SourceLocation(path: path, line: source, column: max(1, column + shift)), index)
        case .fence(let path, let source, let fenceColumn, let index)?, .docLine(let path, let source, let fenceColumn, let index)?:
            return (SourceLocation(path: path, line: source, column: fenceColumn), index)
        case nil:
            return nil
        }
    }

    /// The case a symbol names: the KUnit case (`rust_doctest_kernel_bits_rs_0`) or rustdoc's
    /// inner function (`_doctest_main_rust_kernel_bits_rs_102_0`, also inside a mangled name).
    public func caseIndex(symbol: String) -> Int? {
        if let exact = cases.firstIndex(where: { $0.name == symbol }) { return exact }
        // Longest match first: `..._rs_1` must not claim `..._rs_12`.
        var best: (Int, Int)? = nil
        for (index, testCase) in cases.enumerated() {
            for key in ["_doctest_main_" + testCase.testID, testCase.name] where Self.containsWhole(symbol, key) {
                if best == nil || key.count > best!.1 { best = (index, key.count) }
            }
        }
        return best?.0
    }

    static func containsWhole(_ text: String, _ key: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: key) {
            let after = text[range.upperBound...].first
            if after == nil || !(after!.isNumber || after!.isLetter || after! == "_") { return true }
            search = text[range.upperBound...]
        }
        return false
    }

    public init(generation: KUnitGeneration, srctree: String, options: ExtractionOptions) {
        generatedFileName = generation.rust.name
        generatedLines = generation.rust.contents.split(separator: "\n", omittingEmptySubsequences: false)
        cases = generation.cases
        targets = [:]
        fenceColumns = [Int](repeating: 1, count: generation.cases.count)
        var locator = DoctestLocator(srctree: srctree, options: options)
        for span in generation.rustSpans {
            let testCase = generation.cases[span.caseIndex]
            let doctest = testCase.doctest
            let source = locator.find(doctest)
            fenceColumns[span.caseIndex] = source?.fenceColumn ?? 1
            let fence = Target.fence(path: doctest.file, line: doctest.line, column: source?.fenceColumn ?? 1,
                                     caseIndex: span.caseIndex)
            for line in span.firstLine...max(span.firstLine, span.lastLine) { targets[line] = fence }
            guard let source else { continue }
            for (offset, bodyLine) in Self.bodyLines(doctest, testID: testCase.testID).enumerated() {
                guard let original = bodyLine else { continue }
                let generatedLine = span.bodyFirstLine + offset
                let firstLineShift = offset == 0 ? span.bodyFirstColumn - 1 : 0
                guard let place = source.place(originalIndex: original.index, text: original.text) else { continue }
                if let shift = place.shift {
                    targets[generatedLine] = .code(path: doctest.file, line: place.line, shift: shift - firstLineShift,
                                                   caseIndex: span.caseIndex)
                } else {
                    targets[generatedLine] = .docLine(path: doctest.file, line: place.line, column: place.column,
                                                      caseIndex: span.caseIndex)
                }
            }
        }
    }

    /// For each line of the body `KernelDoctestBody.text` writes, the line of the doctest's code
    /// (`originalCode`, hidden lines processed) it is, and its text; nil for added lines.
    static func bodyLines(_ doctest: Doctest, testID: String) -> [(index: Int, text: Substring)?] {
        let prepared = doctest.prepared
        let body = KernelDoctestBody.text(prepared, id: testID)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var head = prepared.crateLevel
        if !head.isEmpty, !head.hasSuffix("\n") { head += "\n" }
        let crateLines = head.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count
        let codeStart = crateLines + (prepared.wrapper == nil ? 0 : 1)
        let codeLines = prepared.code.split(separator: "\n", omittingEmptySubsequences: false)
        var result = [(index: Int, text: Substring)?](repeating: nil, count: lines.count)
        let original = CodeLineMatcher(prepared: prepared, originalCode: doctest.originalCode)
        for (k, line) in lines.enumerated() {
            if k < crateLines {
                // A lifted `#![…]` or `extern crate` line is found among the code's own lines.
                if let index = original.crateLevelLine(line) { result[k] = (index, line) }
            } else if k >= codeStart, k - codeStart < codeLines.count, let index = original.codeLine(k - codeStart) {
                result[k] = (index, line)
            }
        }
        return result
    }
}

/// Which line of `originalCode` each line of the prepared code is: the code is the original's
/// lines after the lifted ones, its first line trimmed in front, its last one possibly without a
/// trailing comment (rustdoc drops text after the last statement).
struct CodeLineMatcher {
    let originalLines: [Substring]
    let codeIndices: [Int?]

    init(prepared: PreparedCode, originalCode: String) {
        originalLines = originalCode.split(separator: "\n", omittingEmptySubsequences: false)
        let code = prepared.code.split(separator: "\n", omittingEmptySubsequences: false)
        var indices: [Int?] = []
        var next = 0
        for line in code {
            let wanted = line.trimmingCharacters(in: .whitespaces)
            var found: Int? = nil
            var i = next
            while i < originalLines.count {
                let have = originalLines[i].trimmingCharacters(in: .whitespaces)
                if wanted.isEmpty ? have.isEmpty : have.hasPrefix(wanted) { found = i; break }
                i += 1
            }
            indices.append(found)
            if let found { next = found + 1 }
        }
        codeIndices = indices
    }

    func codeLine(_ k: Int) -> Int? { k < codeIndices.count ? codeIndices[k] : nil }

    func crateLevelLine(_ line: Substring) -> Int? {
        let wanted = line.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { return nil }
        return originalLines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == wanted }
    }
}

