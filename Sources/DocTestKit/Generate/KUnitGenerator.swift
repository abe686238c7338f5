import Foundation

/// Settings of one generation.
public struct KUnitGenerationOptions: Sendable {
    /// The crate's name as rustdoc's `--crate-name` (`kernel`, `macros`, `pin_init`...).
    public var crateName: String
    /// Directory of the crate root relative to the source tree (`rust/kernel`): the kernel scheme
    /// names files relative to it.
    public var crateDirectory: String
    public var naming: KUnitNamingScheme
    /// Says which configuration was used (for messages: the files hold what the kernel's own
    /// pipeline writes, so nothing machine-specific).
    public var configurationDescription: String
    /// The layout of the generated files, read from the tree (`KernelDialect.of(srctree:)`).
    public var dialect: KernelDialect
    /// What becomes of `no_run` doctests (the kernel registers and runs them).
    public var noRun: NoRunPolicy
    /// Which lines `.location` and failed assertions report.
    public var lines: KUnitLineMapping

    public init(crateName: String = "kernel", crateDirectory: String = "rust/kernel",
                naming: KUnitNamingScheme = .kernel, configurationDescription: String = "none",
                dialect: KernelDialect = .builtin, noRun: NoRunPolicy = .run, lines: KUnitLineMapping = .kernel) {
        self.crateName = crateName
        self.crateDirectory = crateDirectory
        self.naming = naming
        self.configurationDescription = configurationDescription
        self.dialect = dialect
        self.noRun = noRun
        self.lines = lines
    }

    /// The crate name as it appears in identifiers and file names (`pin-init` → `pin_init`).
    public var crateIdentifier: String { KUnitNaming.underscored(crateName) }
    public var rustFileName: String { "doctests_\(crateIdentifier)_generated.rs" }
    public var cFileName: String { "doctests_\(crateIdentifier)_generated_kunit.c" }
    public var suiteName: String { "rust_doctests_\(crateIdentifier)" }
}

/// Which lines the generated tests report (`.location` and failed assertions).
public enum KUnitLineMapping: String, Sendable, CaseIterable {
    /// The kernel pipeline's: rustdoc's line, and its anchor arithmetic (files identical to the
    /// kernel's own).
    case kernel
    /// The doc comment's true lines: the fence's line, and each assertion's own line.
    case source
}

/// One generated test function.
public struct KUnitCase: Hashable, Sendable {
    public var doctest: Doctest
    /// C symbol and KUnit test name.
    public var name: String
    public var disposition: CaseDisposition
    /// True line of the test's first line of code (after the fence and lifted crate attributes).
    public var firstCodeLine: Int
    /// The test's file as the kernel's names spell it (`sync_arc_rs`: below the crate directory,
    /// non-alphanumerics made `_`) and the number of earlier tests on its rustdoc line.
    public var fileIdentifier: String
    public var number: Int

    /// rustdoc's test id (`rust_kernel_sync_arc_rs_42_0`), which names the inner function.
    public var testID: String {
        KernelDoctestBody.testID(file: doctest.file, rustdocLine: doctest.rustdocLine, number: number)
    }

    /// The name of the file the kernel's test builder saves the test under (`sync_arc_rs_42_0`),
    /// which the generated comment repeats.
    public var builderName: String { "\(fileIdentifier)_\(doctest.rustdocLine)_\(number)" }
}

public struct GeneratedFile: Hashable, Sendable {
    public var name: String
    public var contents: String
}

public struct KUnitGeneration: Sendable {
    /// Emitted cases (`run` and `compileOnly`), in output order.
    public var cases: [KUnitCase]
    public var rust: GeneratedFile
    public var c: GeneratedFile
    public var findings: [Finding]
    /// Where each case is in `rust` (same order as `cases`).
    public var rustSpans: [GeneratedCaseSpan] = []
}

/// Turns doctests into the kernel's two generated files (`rust/doctests_<crate>_generated.rs` and
/// `..._generated_kunit.c`), with the structure `scripts/rustdoc_test_gen.rs` gives them so that
/// `rust/Makefile` builds them unchanged.
public enum KUnitGenerator {
    /// `opensWithFence` tells whether a test's `line` is a fence line (true) or the first code
    /// line of an indented block (false); the model's `line` is the same field for both.
    public static func generate(_ doctests: [Doctest], options: KUnitGenerationOptions,
                                opensWithFence: (Doctest) -> Bool = { $0.isFenced }) -> KUnitGeneration {
        var findings: [Finding] = []
        var visible: [(doctest: Doctest, decision: CaseSelection.Decision)] = []
        for doctest in doctests {
            let decision = CaseSelection.decide(doctest, noRun: options.noRun)
            if let finding = decision.finding { findings.append(finding) }
            if decision.seenByKernelBuilder { visible.append((doctest, decision)) }
        }
        let ordered = kernelOrder(visible.map(\.doctest), options: options)
        let names: [String]
        switch options.naming {
        case .kernel: names = kernelNames(ordered.map { visible[$0.index].doctest }, options: options)
        case .item: names = itemNames(ordered.map { visible[$0.index].doctest }, options: options)
        }
        let unique = KUnitNaming.makeUnique(names.map { KUnitNaming.truncated($0) })
        var cases: [KUnitCase] = []
        for (position, entry) in ordered.enumerated() where visible[entry.index].decision.disposition != .excluded {
            let doctest = visible[entry.index].doctest
            let first = doctest.line + (opensWithFence(doctest) ? 1 : 0) + liftedLineCount(doctest.prepared, original: doctest.originalCode)
            cases.append(KUnitCase(doctest: doctest, name: unique[position],
                                   disposition: visible[entry.index].decision.disposition, firstCodeLine: first,
                                   fileIdentifier: fileIdentifier(doctest.file, options: options), number: entry.number))
        }
        if !cases.contains(where: { $0.disposition == .run }) {
            findings.append(Finding(location: SourceLocation(path: options.crateDirectory, line: 1), severity: .warning,
                                    ruleID: "doctest-none-generated",
                                    message: "no doctest of crate `\(options.crateName)` becomes a KUnit case; the suite is empty"))
        }
        let rust = KUnitEmitter.rustFileWithMap(cases, options: options)
        return KUnitGeneration(cases: cases,
                               rust: GeneratedFile(name: options.rustFileName, contents: rust.text),
                               c: GeneratedFile(name: options.cFileName, contents: KUnitEmitter.cFile(cases, options: options)),
                               findings: findings, rustSpans: rust.spans)
    }

    /// The kernel script's order: it sorts the saved test files, named `{file}_{line}_{number}`
    /// after rustdoc's test ids (`number` counts earlier tests on the same rustdoc line), as
    /// strings (so line 100 comes before line 42), and numbers the tests of each file in that
    /// order. Returns indices into `doctests` with each test's `number`.
    static func kernelOrder(_ doctests: [Doctest], options: KUnitGenerationOptions) -> [(index: Int, number: Int)] {
        var perLine: [String: Int] = [:]
        var keys: [(key: [UInt8], index: Int, number: Int)] = []
        for (index, doctest) in doctests.enumerated() {
            let file = fileIdentifier(doctest.file, options: options)
            let lineKey = "\(file)_\(doctest.rustdocLine)"
            let number = perLine[lineKey, default: 0]
            perLine[lineKey] = number + 1
            keys.append((Array("\(lineKey)_\(number)".utf8), index, number))
        }
        return keys.sorted { $0.key.lexicographicallyPrecedes($1.key) || ($0.key == $1.key && $0.index < $1.index) }
            .map { ($0.index, $0.number) }
    }

    static func fileIdentifier(_ file: String, options: KUnitGenerationOptions) -> String {
        let directory = options.crateDirectory.hasSuffix("/") ? options.crateDirectory : options.crateDirectory + "/"
        let relative = file.hasPrefix(directory) ? String(file.dropFirst(directory.count)) : file
        return KUnitNaming.underscored(relative)
    }

    static func kernelNames(_ doctests: [Doctest], options: KUnitGenerationOptions) -> [String] {
        var lastFile: String? = nil
        var number = 0
        return doctests.map { doctest in
            let file = fileIdentifier(doctest.file, options: options)
            if file == lastFile { number += 1 } else { number = 0; lastFile = file }
            return "rust_doctest_\(options.crateIdentifier)_\(file)_\(number)"
        }
    }

    /// Index within the item counts the item's tests by (file, line), whatever the output order.
    static func itemNames(_ doctests: [Doctest], options: KUnitGenerationOptions) -> [String] {
        var groups: [[String]: [Int]] = [:]
        for (index, doctest) in doctests.enumerated() { groups[doctest.itemPath, default: []].append(index) }
        var indexWithinItem = [Int](repeating: 0, count: doctests.count)
        for members in groups.values {
            let sorted = members.sorted {
                let a = doctests[$0], b = doctests[$1]
                return (a.file, a.line, $0) < (b.file, b.line, $1)
            }
            for (n, member) in sorted.enumerated() { indexWithinItem[member] = n }
        }
        return doctests.indices.map {
            "rust_doctest_\(options.crateIdentifier)_\(KUnitNaming.itemStem(doctests[$0].itemPath))_\(indexWithinItem[$0])"
        }
    }

    /// Lines rustdoc moved out of the test's code into `crate_level` (`#![...]` attributes,
    /// `extern crate`) from its start: the code then begins that many lines into the block.
    /// Found by locating the code's first non-blank line among the block's lines (rustdoc may
    /// also drop a trailing comment from the last line, so the code is not always a suffix).
    static func liftedLineCount(_ prepared: PreparedCode, original: String) -> Int {
        let codeLines = prepared.code.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstIndex = codeLines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else { return 0 }
        let first = codeLines[firstIndex].trimmingCharacters(in: .whitespaces)
        let originalLines = original.split(separator: "\n", omittingEmptySubsequences: false)
        guard let found = originalLines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(first) }) else { return 0 }
        return max(0, found - firstIndex)
    }
}
