import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// `helpers --fix` edits sources in trees from strangers: it never writes through a link, keeps
/// the file's mode, and never loses an edit saved while it ran.
@Suite struct HelperFixerSafetyTests {
    static func missingAnnotation(in tree: HelperTemporaryTree, clang: LibClang) -> HelperScanResult {
        HelperChecker().scan(srctree: tree.root, clang: clang)
    }

    @Test func aLinkedHelperFileIsRefusedAndItsTargetUntouched() throws {
        let clang = try #require(HelperFixtures.clang)
        let tree = try HelperTemporaryTree(copying: HelperFixtures.srctree)
        let helper = tree.root + "/rust/helpers/mutex.c"
        let outside = Scratch.path("outside-mutex") + ".c"
        try FileManager.default.moveItem(atPath: helper, toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: helper, withDestinationPath: outside)
        let before = try String(contentsOfFile: outside, encoding: .utf8)
        let (_, problems) = HelperFixer().apply(to: Self.missingAnnotation(in: tree, clang: clang))
        #expect(problems.contains { $0.location.path.hasSuffix("mutex.c") && $0.message.contains("symbolic link") }, "\(problems.map(\.gccStyle))")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == before)
        #expect((try FileManager.default.attributesOfItem(atPath: helper)[.type] as? FileAttributeType) == .typeSymbolicLink)
    }

    @Test func theModeIsKeptAndNoTemporaryIsLeft() throws {
        let clang = try #require(HelperFixtures.clang)
        let tree = try HelperTemporaryTree(copying: HelperFixtures.srctree)
        let helper = tree.root + "/rust/helpers/mutex.c"
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: helper)
        let (changes, problems) = HelperFixer().apply(to: Self.missingAnnotation(in: tree, clang: clang))
        #expect(problems.isEmpty, "\(problems.map(\.gccStyle))")
        #expect(changes.contains { $0.location.path.hasSuffix("mutex.c") })
        #expect((try FileManager.default.attributesOfItem(atPath: helper)[.posixPermissions] as? Int) == 0o640)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: tree.root + "/rust/helpers")).contains { $0.hasPrefix(".") })
    }

    /// The file is edited between the scan and the fix: the fix is not written, the edit stays.
    @Test func anEditSavedMeanwhileIsNeverLost() throws {
        let clang = try #require(HelperFixtures.clang)
        let tree = try HelperTemporaryTree(copying: HelperFixtures.srctree)
        let scan = Self.missingAnnotation(in: tree, clang: clang)
        let helper = tree.root + "/rust/helpers/mutex.c"
        let edited = try String(contentsOfFile: helper, encoding: .utf8) + "/* saved by the user meanwhile */\n"
        try edited.write(toFile: helper, atomically: false, encoding: .utf8)
        let (_, problems) = HelperFixer().apply(to: scan)
        #expect(problems.contains { $0.location.path.hasSuffix("mutex.c") && $0.message.contains("changed while it was being fixed") },
                "\(problems.map(\.gccStyle))")
        #expect(try String(contentsOfFile: helper, encoding: .utf8) == edited)
    }

    /// A FIFO or device planted as a helper file is an I/O finding, never a hang.
    @Test func aFifoHelperFileIsAFinding() throws {
        let clang = try #require(HelperFixtures.clang)
        let tree = try HelperTemporaryTree(copying: HelperFixtures.srctree)
        #expect(mkfifo(tree.root + "/rust/helpers/zz_fifo.c", 0o644) == 0)
        let scan = HelperChecker().scan(srctree: tree.root, clang: clang)
        #expect(scan.problems.contains { $0.location.path.hasSuffix("zz_fifo.c") && $0.message.contains("not a regular file") },
                "\(scan.problems.map(\.gccStyle))")
    }
}

/// `#include "/dev/zero"` in a helper file would make libclang read until memory runs out: the
/// file is refused with a finding before libclang sees it, and the other files are still checked.
@Test func anIncludeOfADeviceIsRefusedBeforeLibclang() throws {
    let clang = try #require(HelperFixtures.clang)
    let tree = try HelperTemporaryTree(copying: HelperFixtures.srctree)
    try "#include \"/dev/zero\"\n\nvoid rust_helper_zero(void) {}\n".write(toFile: tree.root + "/rust/helpers/zero.c", atomically: true, encoding: .utf8)
    let scan = HelperChecker().scan(srctree: tree.root, clang: clang)
    let findings = HelperChecker().check(scan)
    #expect(findings.contains { $0.location.path.hasSuffix("zero.c") && $0.location.line == 1 && $0.message.contains("`/dev/zero`, which is not a regular file") },
            "\(findings.map(\.gccStyle))")
    #expect(findings.contains { $0.ruleID == "missing-rust-helper" && !$0.location.path.hasSuffix("zero.c") })
    #expect(IncludeGuard.hazard(in: [], path: "a.c", arguments: ["-include", "/dev/zero"])?.target == "/dev/zero")
    #expect(IncludeGuard.hazard(in: Array("#include <linux/mutex.h>\n".utf8), path: "a.c", arguments: []) == nil)
}
