import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// Mutation test over the real `rust/helpers` of Linux 7.1.5: every single `__rust_helper` is
/// removed, and separately moved after the return type, in a copy of its file; the check must
/// report exactly the helpers it annotates (file, line, function) and nothing else may change.
/// In-process: only the mutated file is parsed again, the others keep their baseline scans.
///
/// What to expect is worked out from the text here, not by the scanner: the helper an annotation
/// belongs to is the last `name(` before the body's `{`; for the six annotations in
/// atomic_ext.c's macros, the helpers each macro makes are listed below, read off the file.
enum KernelMutation {
    /// atomic_ext.c line of `__rust_helper` in a macro body → the helpers that body makes.
    static let atomicExtMacroHelpers: [Int: [String]] = {
        let types = ["i8", "i16", "ptr"], orders = ["", "_acquire", "_release", "_relaxed"]
        func each(_ pattern: String) -> [String] { types.map { pattern.replacingOccurrences(of: "@", with: $0) } }
        func ordered(_ pattern: String) -> [String] { each(pattern).flatMap { name in orders.map { name + $0 } } }
        return [
            8: each("rust_helper_atomic_@_read"), 14: each("rust_helper_atomic_@_set"),
            20: each("rust_helper_atomic_@_read_acquire"), 26: each("rust_helper_atomic_@_set_release"),
            49: ordered("rust_helper_atomic_@_xchg"), 73: ordered("rust_helper_atomic_@_try_cmpxchg"),
        ]
    }()

    struct Site {
        var fileIndex: Int
        var offset: Int
        var line: Int
        var functions: [String]
        /// Where the function's name starts (for a macro: the `name##...` in the body).
        var nameOffset: Int
    }

    static let word = Array("__rust_helper".utf8)

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            || byte == UInt8(ascii: "#")
    }

    /// Every `__rust_helper` in `bytes`, with the name that follows it (the last `name(` at
    /// parenthesis depth 0 before the next `{`).
    static func sites(_ bytes: [UInt8], fileIndex: Int, isAtomicExt: Bool) -> [Site] {
        var result: [Site] = []
        var line = 1
        var k = 0
        while k + word.count <= bytes.count {
            if bytes[k] == 0x0A { line += 1 }
            guard bytes[k] == word[0], Array(bytes[k..<k + word.count]) == word,
                  k == 0 || !isNameByte(bytes[k - 1]), k + word.count == bytes.count || !isNameByte(bytes[k + word.count])
            else { k += 1; continue }
            var depth = 0, j = k + word.count, lastName: (Int, String)?
            while j < bytes.count, !(bytes[j] == UInt8(ascii: "{") && depth == 0) {
                if bytes[j] == UInt8(ascii: "(") {
                    if depth == 0 {
                        var start = j
                        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
                        var nameStart = start
                        while nameStart > 0, isNameByte(bytes[nameStart - 1]) { nameStart -= 1 }
                        if nameStart < start { lastName = (nameStart, String(decoding: bytes[nameStart..<start], as: UTF8.self)) }
                    }
                    depth += 1
                } else if bytes[j] == UInt8(ascii: ")") {
                    depth -= 1
                }
                j += 1
            }
            if let (nameOffset, name) = lastName {
                let functions = isAtomicExt && name.contains("##") ? atomicExtMacroHelpers[line] ?? [] : [name]
                result.append(Site(fileIndex: fileIndex, offset: k, line: line, functions: functions, nameOffset: nameOffset))
            }
            k += word.count
        }
        return result
    }

    /// `__rust_helper` and the blanks after it removed (a newline stays: lines do not move).
    static func removed(_ bytes: [UInt8], _ site: Site) -> (bytes: [UInt8], end: Int) {
        var end = site.offset + word.count
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        var copy = bytes
        copy.removeSubrange(site.offset..<end)
        return (copy, end - site.offset)
    }

    /// 1-based line and byte column of the first byte at or after `offset` that is not white space
    /// (nor a `\` line splice): where the declaration now starts.
    static func declarationStart(_ bytes: [UInt8], from offset: Int) -> (line: Int, column: Int) {
        var k = offset
        while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\\")].contains(bytes[k]) { k += 1 }
        let line = 1 + bytes[0..<k].filter { $0 == 0x0A }.count
        let lineStart = bytes[0..<k].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, k - lineStart + 1)
    }
}

@Test func everyRustHelperOfKernel715RemovedOrMovedIsReportedExactly() throws {
    let clang = try #require(HelperFixtures.clang)
    let tree = try KernelFixture.linux715()
    let checker = HelperChecker()
    let scanner = HelperFileScanner(clang: clang)
    let baseline = checker.scan(srctree: tree, clang: clang)
    let before = checker.check(baseline)
    #expect(before.map(\.ruleID) == ["helpers-include-unsorted"])
    let beforeSet = Set(before)

    var sites: [KernelMutation.Site] = []
    for (index, file) in baseline.helperFiles.enumerated() {
        sites += KernelMutation.sites(file.bytes, fileIndex: index, isAtomicExt: file.path.hasSuffix("/atomic_ext.c"))
    }
    // 400 in rust/helpers, of which helpers.c's two `#define __rust_helper` are not annotations.
    #expect(sites.count == 398)
    #expect(sites.filter { $0.functions.count > 1 }.count == 6)
    #expect(sites.allSatisfy { !$0.functions.isEmpty })

    // Mutants are independent: checked on every core, judged here.
    let clock = ContinuousClock()
    let began = clock.now
    let outcomes = ConcurrentMap.map(sites) { site -> [(rule: String, caught: Bool, fixed: Bool, report: String)] in
        let file = baseline.helperFiles[site.fileIndex]
        let (removedBytes, length) = KernelMutation.removed(file.bytes, site)
        let start = KernelMutation.declarationStart(removedBytes, from: site.offset)
        var moved = removedBytes
        moved.insert(contentsOf: Array("__rust_helper ".utf8), at: site.nameOffset - length)
        return [(removedBytes, "missing-rust-helper"), (moved, "misplaced-rust-helper")].map { mutant, rule in
            var copy = baseline
            copy.helperFiles[site.fileIndex] = scanner.scan(path: file.path, bytes: mutant)
            let after = checker.check(copy)
            let afterSet = Set(after)
            let new = after.filter { !beforeSet.contains($0) }
            let expected = site.functions.map { "\(rule) \(start.line):\(start.column) \($0)" }.sorted()
            let got = new.map { finding in
                "\(finding.ruleID) \(finding.location.line):\(finding.location.column) "
                    + (site.functions.first { finding.message.contains("'\($0)'") } ?? finding.message)
            }.sorted()
            let caught = got == expected && new.allSatisfy { $0.location.path == file.path }
                && before.allSatisfy { afterSet.contains($0) }
            // `--fix` on the mutant gives back the original file (`__rust_helper void`), or one with
            // nothing new to report (`__rust_helper\nvoid` becomes `\n__rust_helper void`).
            let fixedBytes = HelperFixer().fixed(copy.helperFiles[site.fileIndex]).bytes
            var left: [String] = []
            if fixedBytes != file.bytes {
                var fixedCopy = copy
                fixedCopy.helperFiles[site.fileIndex] = scanner.scan(path: file.path, bytes: fixedBytes)
                left = checker.check(fixedCopy).filter { !beforeSet.contains($0) }.map(\.gccStyle)
            }
            return (rule, caught, left.isEmpty,
                    "\(file.path):\(site.line) \(rule): got \(got), expected \(expected); after --fix: \(left)")
        }
    }.flatMap { $0 }
    let elapsed = clock.now - began
    for outcome in outcomes where !outcome.caught || !outcome.fixed {
        Issue.record(Comment(rawValue: outcome.report))
    }
    // The mutation score: every mutant caught, and fixed.
    #expect(outcomes.filter { $0.rule == "missing-rust-helper" && $0.caught }.count == 398)
    #expect(outcomes.filter { $0.rule == "misplaced-rust-helper" && $0.caught }.count == 398)
    #expect(outcomes.filter(\.fixed).count == 796)
    // 796 mutants, parsed once each, plus the fixes that do not restore the original bytes. Measured
    // at 20-30 s in a debug build on 2 shared cores alone, about 75 s within the whole suite; the
    // bound is for a regression, not for a busy machine.
    #expect(elapsed < .seconds(180), "\(elapsed)")
}
