import Foundation
import Testing
@testable import DocTestKit

enum HelperFixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let srctree = packageRoot + "/Fixtures/rust-src"
    static let cases = packageRoot + "/Fixtures/helpers-cases"
    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
    static var clang: LibClang? { try? LibClang.shared.get() }

    static func scanFixture() throws -> HelperScanResult {
        let clang = try #require(clang)
        return HelperChecker().scan(srctree: srctree, clang: clang)
    }
}

/// What the fixture files say, written down by reading them (not by running the scanner).
@Test func fixtureHelpersAreAllFoundWithTheirAnnotations() throws {
    let scan = try HelperFixtures.scanFixture()
    #expect(scan.aggregate != nil)
    #expect(scan.helperFiles.count == 18)
    let helpers = scan.functions.filter(\.isRustHelper)
    let unannotated = Set(helpers.filter { !$0.annotated }.map(\.name))
    #expect(unannotated == [
        "rust_helper_cpufreq_register_em_with_opp", "rust_helper_alloc_cpumask_var", "rust_helper___mutex_init",
        "rust_helper_REFCOUNT_INIT", "rust_helper_refcount_inc", "rust_helper_refcount_dec_and_test",
        "rust_helper_copy_from_user", "rust_helper_vrealloc", "rust_helper_init_wait",
    ])
    #expect(helpers.count == 40)
    // Constants and tables whose names look like helpers are not functions.
    #expect(!scan.functions.contains { $0.name == "RUST_CONST_HELPER_GFP_KERNEL" || $0.name == "rust_helper_table" })
    #expect(scan.functions.allSatisfy { $0.isDefinition && !$0.isStatic })
}

@Test func conditionsOfEveryBranch() throws {
    let scan = try HelperFixtures.scanFixture()
    func find(_ name: String) -> [HelperFunction] { scan.functions.filter { $0.name == name } }
    let cpufreq = try #require(find("rust_helper_cpufreq_register_em_with_opp").first)
    #expect(cpufreq.condition == "CONFIG_CPU_FREQ")
    #expect(!cpufreq.active)
    let alloc = find("rust_helper_alloc_cpumask_var")
    #expect(alloc.map(\.condition) == ["!CONFIG_CPUMASK_OFFSTACK", "CONFIG_CPUMASK_OFFSTACK"])
    #expect(alloc.map(\.annotated) == [true, false])
    #expect(alloc.map(\.active) == [true, false])
    #expect(find("rust_helper_cpumask_check").map(\.condition) == ["CONFIG_DEBUG_PER_CPU_MAPS", "!CONFIG_DEBUG_PER_CPU_MAPS && CONFIG_SMP"])
    // An include guard is not a condition; an #ifdef inside a body does not make one.
    #expect(find("rust_helper_atomic_read").first?.condition == nil)
    #expect(find("rust_helper___spin_lock_init").first?.condition == nil)
    // A helper file in a subdirectory (rust/helpers/net/genetlink.c), inactive without CONFIG_NET.
    #expect(find("rust_helper_genl_has_listeners").map(\.condition) == ["CONFIG_NET"])
    #expect(find("rust_helper_genl_has_listeners").first?.declarationLine == 12)
    #expect(find("rust_helper_spin_lock").first?.condition == nil)
}

@Test func positionsAndOrigins() throws {
    let scan = try HelperFixtures.scanFixture()
    func one(_ name: String) throws -> HelperFunction { try #require(scan.functions.first { $0.name == name }) }
    // Annotation on the line above the name (atomic.c style) and above the return type (spinlock.c).
    let atomic = try one("rust_helper_atomic_read")
    #expect((atomic.line, atomic.column, atomic.declarationLine, atomic.declarationColumn) == (15, 1, 14, 1))
    #expect(atomic.annotationPosition == .beforeReturnType)
    let spin = try one("rust_helper_spin_lock")
    #expect((spin.line, spin.column, spin.declarationLine) == (20, 6, 19))
    #expect(spin.declaration == "__rust_helper\nvoid rust_helper_spin_lock(spinlock_t *lock)")
    // Multi-line parameters are part of the declaration.
    #expect(try one("rust_helper___mutex_init").declaration
            == "void rust_helper___mutex_init(struct mutex *mutex, const char *name,\n\t\t\t      struct lock_class_key *key)")
    // libclang's AST, without kernel headers, still yields definitions with unknown types...
    #expect(try one("rust_helper_REFCOUNT_INIT").origin == .ast)
    #expect(try one("rust_helper_blk_mq_rq_from_pdu").origin == .ast)
    // ...but not one after an unknown attribute macro with arguments: the tokens find it.
    let vrealloc = try one("rust_helper_vrealloc")
    #expect(vrealloc.origin == .tokens && vrealloc.active)
    #expect((vrealloc.declarationLine, vrealloc.line) == (5, 6))
    // Macro-made definitions: found at the macro use, annotated by the macro body.
    let register = try one("rust_helper_lockdep_register_key")
    #expect(register.origin == .macro && register.macro == "RUST_HELPER_LOCKDEP_KEY" && register.annotated)
    #expect((register.line, register.column) == (11, 1))
    let wait = try one("rust_helper_init_wait")
    #expect(wait.origin == .macro && !wait.annotated)
}

@Test func aggregateIncludesAndDefine() throws {
    let scan = try HelperFixtures.scanFixture()
    let aggregate = try #require(scan.aggregate)
    #expect(aggregate.includes.map(\.name).first == "atomic.c")
    #expect(aggregate.includes.count == 17)
    #expect(aggregate.rustHelperDefines.map(\.replacement) == ["", "__always_inline"])
    #expect(aggregate.headerComment.contains("Sorted alphabetically."))
}

/// Removing the annotation from each annotated helper in turn must make exactly that helper reported.
@Test func removingEachAnnotationReportsExactlyThatHelper() throws {
    let clang = try #require(HelperFixtures.clang)
    let checker = HelperChecker()
    let baseline = try HelperFixtures.scanFixture()
    let scanner = HelperFileScanner(clang: clang)
    let before = Set(checker.check(baseline).filter { $0.ruleID == "missing-rust-helper" }.map(\.location))
    let annotated = baseline.functions.filter { $0.isRustHelper && $0.annotated && $0.origin != .macro }
    #expect(annotated.count == 29)
    for function in annotated {
        // Only the edited file is scanned again; the others keep their baseline scans.
        var copy = baseline
        let k = try #require(copy.helperFiles.firstIndex { $0.path == function.file })
        var bytes = copy.helperFiles[k].bytes
        let marker = Array("__rust_helper".utf8)
        let start = function.declarationOffset
        let at = try #require((start..<(bytes.count - marker.count)).first { Array(bytes[$0..<$0 + marker.count]) == marker })
        var end = at + marker.count
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x0A { end += 1 }
        bytes.removeSubrange(at..<end)
        copy.helperFiles[k] = scanner.scan(path: function.file, bytes: bytes)
        let findings = checker.check(copy).filter { $0.ruleID == "missing-rust-helper" }
        let new = findings.filter { !before.contains($0.location) || $0.location.path == function.file }
            .filter { $0.message.contains("'\(function.name)'") && $0.location.line == function.declarationLine }
        #expect(new.count == 1, "\(function.name)")
        #expect(findings.count == before.count + 1, "\(function.name)")
    }
}

@Test func syntaxErrorsDoNotStopOtherFiles() throws {
    let clang = try #require(HelperFixtures.clang)
    let checker = HelperChecker()
    let findings = checker.check(checker.scan(srctree: HelperFixtures.cases + "/syntax-error", clang: clang))
    #expect(findings.contains { $0.ruleID == "c-syntax-error" && $0.location.path.hasSuffix("broken.c") && $0.severity == .error })
    #expect(findings.contains { $0.ruleID == "missing-rust-helper" && $0.message.contains("rust_helper_mutex_unlock") })
}

@Test func oldKernelIsSaidOnce() throws {
    let clang = try #require(HelperFixtures.clang)
    let checker = HelperChecker()
    let findings = checker.check(checker.scan(srctree: HelperFixtures.cases + "/old-kernel", clang: clang))
    #expect(findings.map(\.ruleID) == ["rust-helper-undefined"])
    #expect(FindingRenderer.exitCode(for: findings) == 0)
}

@Test func cleanTreeHasNoFindings() throws {
    let clang = try #require(HelperFixtures.clang)
    let checker = HelperChecker()
    let scan = checker.scan(srctree: HelperFixtures.cases + "/clean", clang: clang)
    #expect(checker.check(scan).isEmpty)
    #expect(scan.functions.map(\.condition) == [nil, nil, nil, "CONFIG_PREEMPT_RT", "!CONFIG_PREEMPT_RT"])
}

@Test func libclangLoadFailureIsAnError() {
    guard case .failure(let error) = LibClang.load(candidates: ["/nonexistent/libclang.so"]) else {
        Issue.record("loaded a library that does not exist")
        return
    }
    #expect(error.description == "libclang not found: install libclang-dev")
}

/// The small case trees, each read by hand: which rule fires where.
@Test(arguments: [
    ("unsorted", ["helpers.c:11 helpers-include-unsorted"]),
    ("misplaced", ["mutex.c:6 redundant-rust-helper-define", "mutex.c:9 misplaced-rust-helper",
                   "mutex.c:14 static-rust-helper", "mutex.c:19 rust-helper-on-non-helper"]),
    ("syntax-error", ["broken.c:3 c-syntax-error", "broken.c:4 c-syntax-error", "mutex.c:5 missing-rust-helper"]),
    ("old-kernel", ["helpers.c:1 rust-helper-undefined"]),
    ("clean", []),
])
func caseTreeFindings(_ name: String, _ expected: [String]) throws {
    let clang = try #require(HelperFixtures.clang)
    let checker = HelperChecker()
    let findings = checker.check(checker.scan(srctree: HelperFixtures.cases + "/" + name, clang: clang))
    let summary = findings.map { "\($0.location.path.split(separator: "/").last ?? ""):\($0.location.line) \($0.ruleID)" }
    #expect(summary == expected)
}

@Test func anUnclosedParenthesisIsReportedAndTheNextDefinitionStillFound() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "int rust_helper_x(void\n{\n\treturn 0;\n}\n\nvoid rust_helper_y(void)\n{\n}\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "bad.c", bytes: Array(source.utf8))
    #expect(scan.problems.map(\.gccStyle) == ["bad.c:1:18: error: unbalanced '(' [c-syntax-error]"])
    #expect(scan.functions.map(\.name) == ["rust_helper_y"])
}

/// Truncated files (cut mid-token, mid-comment, mid-directive) must give findings, never a crash.
@Test func truncatedFilesNeverCrashTheScanner() throws {
    let clang = try #require(HelperFixtures.clang)
    let scanner = HelperFileScanner(clang: clang)
    let scan = try HelperFixtures.scanFixture()
    var scanned = 0
    for file in scan.allFiles {
        for cut in stride(from: 1, to: file.bytes.count, by: 61) {
            let partial = scanner.scan(path: file.path, bytes: Array(file.bytes[0..<cut]))
            #expect(partial.functions.allSatisfy { $0.declarationOffset <= cut })
            scanned += 1
        }
    }
    #expect(scanned > 100)
}

@Test func compoundConditionsAreSpelledFromTokensWithoutComments() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = """
        #if IS_ENABLED(CONFIG_A) && !defined(CONFIG_B) /* why */
        __rust_helper void rust_helper_a(void) {}
        #elif (CONFIG_C > 1) // note
        __rust_helper void rust_helper_c(void) {}
        #else
        __rust_helper void rust_helper_d(void) {}
        #endif

        """
    let scan = HelperFileScanner(clang: clang).scan(path: "c.c", bytes: Array(source.utf8))
    #expect(scan.functions.map(\.condition) == [
        "IS_ENABLED(CONFIG_A) && !defined(CONFIG_B)",
        "!(IS_ENABLED(CONFIG_A) && !defined(CONFIG_B)) && (CONFIG_C > 1)",
        "!(IS_ENABLED(CONFIG_A) && !defined(CONFIG_B)) && !(CONFIG_C > 1)",
    ])
}

/// With the real flags (compile_commands.json) clang's own parse errors are reported; without them
/// they are not, since every unknown kernel macro would be one.
@Test func clangParseErrorsOnlyWithRealFlags() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = Array("__rust_helper int rust_helper_x(void)\n{\n\treturn 1\n}\n".utf8)
    let scanner = HelperFileScanner(clang: clang)
    let trusted = scanner.scan(path: "x.c", bytes: source, trustClangErrors: true)
    #expect(trusted.problems.map(\.gccStyle) == ["x.c:3:10: error: expected ';' after return statement [c-syntax-error]"])
    #expect(scanner.scan(path: "x.c", bytes: source).problems.isEmpty)
    #expect(trusted.functions.map(\.name) == ["rust_helper_x"])
}
