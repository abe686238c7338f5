import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// A temporary copy of a fixture tree, removed when the test ends.
final class HelperTemporaryTree {
    let root: String
    init(copying source: String) throws {
        root = Scratch.path("helpers")
        try FileManager.default.copyItem(atPath: source, toPath: root)
    }
    deinit { try? FileManager.default.removeItem(atPath: root) }
    func text(_ relative: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/" + relative) ?? Data(), as: UTF8.self)
    }
}

@Test func fixRoundTripKeepsLayoutAndSecondRunFindsNothing() throws {
    let clang = try #require(HelperFixtures.clang)
    let tree = try HelperTemporaryTree(copying: HelperFixtures.srctree)
    let checker = HelperChecker()
    let scan = checker.scan(srctree: tree.root, clang: clang)
    let before = checker.check(scan).filter { $0.ruleID == "missing-rust-helper" }
    #expect(before.count == 9)

    let (changes, problems) = HelperFixer().apply(to: scan)
    #expect(problems.isEmpty)
    // Every one, the macro-made definition in its macro body (wait.c:6, a `#define` continuation line).
    #expect(changes.count == 9)
    #expect(Set(changes.map(\.location)) == Set(before.map(\.location)))
    #expect(tree.text("rust/helpers/wait.c").contains(
        "#define RUST_WAIT_HELPER(name, type)\t\t\t\t\t\\\n\t__rust_helper void rust_helper_##name(type *wq)\t\t\t\t\\\n"))

    #expect(tree.text("rust/helpers/mutex.c").contains(
        "\n__rust_helper void rust_helper___mutex_init(struct mutex *mutex, const char *name,\n\t\t\t      struct lock_class_key *key)\n{"))
    #expect(tree.text("rust/helpers/vmalloc.c").contains(
        "\n__rust_helper void * __must_check __realloc_size(2)\nrust_helper_vrealloc(const void *p, size_t size, gfp_t flags)\n"))
    // Inactive branches are fixed too.
    #expect(tree.text("rust/helpers/cpumask.c").contains("#else\n__rust_helper bool rust_helper_alloc_cpumask_var("))
    #expect(tree.text("rust/helpers/cpufreq.c").contains("#ifdef CONFIG_CPU_FREQ\n__rust_helper void rust_helper_cpufreq"))

    let again = checker.scan(srctree: tree.root, clang: clang)
    let after = checker.check(again).filter { $0.ruleID == "missing-rust-helper" }
    #expect(after.isEmpty)
    #expect(HelperFixer().apply(to: again).changes.isEmpty)
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: tree.root + "/rust/helpers")
    #expect(!names.contains { $0.hasPrefix(".") })
}

@Test func fixedBytesInsertAtTheDeclarationStartOnly() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "// x\nstatic int keep(void) { return 0; }\n\nunsigned long\nrust_helper_a(void)\n{\n\treturn keep();\n}\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "a.c", bytes: Array(source.utf8))
    let (bytes, changes) = HelperFixer().fixed(scan)
    #expect(String(decoding: bytes, as: UTF8.self)
            == "// x\nstatic int keep(void) { return 0; }\n\n__rust_helper unsigned long\nrust_helper_a(void)\n{\n\treturn keep();\n}\n")
    #expect(changes.map(\.location) == [SourceLocation(path: "a.c", line: 4, column: 1)])
}

@Test func fixMovesMisplacedAnnotationsAndLeavesTheRest() throws {
    let clang = try #require(HelperFixtures.clang)
    let tree = try HelperTemporaryTree(copying: HelperFixtures.cases + "/misplaced")
    let checker = HelperChecker()
    let (changes, _) = HelperFixer().apply(to: checker.scan(srctree: tree.root, clang: clang))
    #expect(changes.map(\.action) == ["moved"])
    #expect(tree.text("rust/helpers/mutex.c").contains("\n__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n"))
    let after = checker.check(checker.scan(srctree: tree.root, clang: clang)).map(\.ruleID)
    #expect(after == ["redundant-rust-helper-define", "static-rust-helper", "rust-helper-on-non-helper"])
}

@Test func fixMovesAnAnnotationAfterAPointerReturnType() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "struct page *__rust_helper rust_helper_alloc_pages(gfp_t gfp_mask,\n\t\t\t\t\t unsigned int order)\n{\n}\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "page.c", bytes: Array(source.utf8))
    let (bytes, changes) = HelperFixer().fixed(scan)
    #expect(String(decoding: bytes, as: UTF8.self)
            == "__rust_helper struct page *rust_helper_alloc_pages(gfp_t gfp_mask,\n\t\t\t\t\t unsigned int order)\n{\n}\n")
    #expect(changes.map(\.description) == ["page.c:1:1: moved __rust_helper to the start of 'rust_helper_alloc_pages'"])
}

@Test func fixKeepsCRLFLineEndingsAndAByteOrderMark() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "\u{FEFF}// x\r\n#ifdef CONFIG_X\r\nvoid rust_helper_a(void)\r\n{\r\n}\r\n#endif\r\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "a.c", bytes: Array(source.utf8))
    #expect(scan.functions.map(\.condition) == ["CONFIG_X"])
    let (bytes, changes) = HelperFixer().fixed(scan)
    #expect(String(decoding: bytes, as: UTF8.self)
            == "\u{FEFF}// x\r\n#ifdef CONFIG_X\r\n__rust_helper void rust_helper_a(void)\r\n{\r\n}\r\n#endif\r\n")
    #expect(changes.map(\.location.line) == [3])
}
