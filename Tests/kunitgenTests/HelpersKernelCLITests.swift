import Foundation
import Testing
import TestSupport

/// `kunitgen helpers` on the unmodified Linux 7.1.5 tree: its only real defect is helpers.c's
/// include order (it promises "Sorted alphabetically." and puts irq.c between err.c and fs.c).
/// Everything else, nested macros in atomic_ext.c and bitops.c's unprefixed `_find_*_bit`
/// included, is correct upstream code and must give nothing.
private let expectedOn715 = """
    rust/helpers/helpers.c:63:1: warning: 'irq.c' is out of alphabetical order: it belongs after 'io.c' [helpers-include-unsorted]
        fix: move `#include "irq.c"` after `#include "io.c"`

    """

@Test(arguments: [nil, "x86_64-kunit", "x86_64-wide"] as [String?])
func helpersOnTheCleanKernel715ReportOnlyTheIncludeOrder(_ configuration: String?) throws {
    let tree = try KernelFixture.linux715()
    var arguments = ["helpers", "--srctree", "."]
    if let configuration { arguments += ["--config", try KernelFixture.anchor715(configuration) + "/config"] }
    let result = try CLI.run(arguments, cwd: tree)
    #expect(result.stdout == expectedOn715)
    // stderr: only the one line saying which tree and configuration were used.
    let said = configuration.map { try? KernelFixture.anchor715($0) + "/config" } ?? nil
    #expect(result.stderr.hasPrefix("kunitgen: tree .; configuration: \(said ?? "none found")"), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.status == 1)
}

/// Every helper of 7.1.5 is found and annotated: 398 `__rust_helper` in rust/helpers (400 minus
/// helpers.c's two `#define`s), 6 of them in atomic_ext.c's inner macros, which make 36 helpers
/// (3 types × (4 read/set + 4 xchg + 4 try_cmpxchg)): 392 + 36 = 428.
@Test func helpersOnKernel715FindsEveryHelperAnnotated() throws {
    let tree = try KernelFixture.linux715()
    let result = try CLI.run(["helpers", "--srctree", ".", "--format", "json"], cwd: tree)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let helpers = try #require(root["helpers"] as? [[String: Any]])
    #expect(helpers.count == 428)
    #expect(helpers.allSatisfy { $0["annotated"] as? Bool == true && $0["definition"] as? Bool == true })
    let unprefixed = helpers.compactMap { $0["name"] as? String }.filter { !$0.hasPrefix("rust_helper_") }
    #expect(unprefixed == ["_find_first_zero_bit", "_find_next_zero_bit", "_find_first_bit", "_find_next_bit"])
    let macroMade = helpers.filter { $0["origin"] as? String == "macro" }
    #expect(macroMade.count == 36)
    // Each at its use (line 37: GEN_READ_SET_HELPERS(i8, s8)), declared in the inner macro's body.
    let i8Read = try #require(macroMade.first { $0["name"] as? String == "rust_helper_atomic_i8_read" })
    #expect(i8Read["line"] as? Int == 37 && i8Read["declaration_line"] as? Int == 8)
    #expect(i8Read["expanded_from"] as? String == "GEN_READ_SET_HELPERS" && i8Read["macro"] as? String == "GEN_READ_HELPER")
    let ptrXchg = try #require(macroMade.first { $0["name"] as? String == "rust_helper_atomic_ptr_xchg_relaxed" })
    #expect(ptrXchg["line"] as? Int == 63 && ptrXchg["declaration_line"] as? Int == 49)
    #expect(Set(macroMade.compactMap { $0["macro"] as? String }) == [
        "GEN_READ_HELPER", "GEN_SET_HELPER", "GEN_READ_ACQUIRE_HELPER", "GEN_SET_RELEASE_HELPER",
        "GEN_XCHG_HELPER", "GEN_TRY_CMPXCHG_HELPER",
    ])
}

/// `--fix` on a copy of 7.1.5's rust/helpers with the annotation of atomic_ext.c's GEN_READ_HELPER
/// removed: the three helpers it makes are reported at the macro body line, one edit there fixes
/// them, and the file is as upstream wrote it again.
@Test func helpersFixOnKernel715RestoresAnAnnotationInANestedMacro() throws {
    let tree = Scratch.directory("helpers-fix-715")
    defer { try? FileManager.default.removeItem(atPath: tree) }
    try FileManager.default.createDirectory(atPath: tree + "/rust", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: try KernelFixture.linux715() + "/rust/helpers", toPath: tree + "/rust/helpers")
    let path = tree + "/rust/helpers/atomic_ext.c"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let removed = "__rust_helper type rust_helper_atomic_##tname##_read(type *ptr)"
    #expect(original.components(separatedBy: removed).count == 2)
    try original.replacingOccurrences(of: removed, with: "type rust_helper_atomic_##tname##_read(type *ptr)")
        .write(toFile: path, atomically: true, encoding: .utf8)

    let check = try CLI.run(["helpers", "--srctree", "."], cwd: tree)
    let findings = check.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(findings == ["i8", "i16", "ptr"].enumerated().map { k, type in
        "rust/helpers/atomic_ext.c:8:1: warning: 'rust_helper_atomic_\(type)_read' is not marked __rust_helper (made by GEN_READ_SET_HELPERS at line \(37 + k)) [missing-rust-helper]"
    } + ["rust/helpers/helpers.c:63:1: warning: 'irq.c' is out of alphabetical order: it belongs after 'io.c' [helpers-include-unsorted]"])
    #expect(check.stdout.contains("    fix: insert `__rust_helper ` at the start of the declaration in the body of macro GEN_READ_HELPER (line 8)"))

    let fix = try CLI.run(["helpers", "--srctree", ".", "--fix"], cwd: tree)
    #expect(fix.stdout.hasPrefix("""
        rust/helpers/atomic_ext.c:8:1: inserted __rust_helper before 'rust_helper_atomic_i8_read'
        rust/helpers/atomic_ext.c:8:1: inserted __rust_helper before 'rust_helper_atomic_i16_read'
        rust/helpers/atomic_ext.c:8:1: inserted __rust_helper before 'rust_helper_atomic_ptr_read'

        """))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    let again = try CLI.run(["helpers", "--srctree", "."], cwd: tree)
    #expect(again.stdout == expectedOn715)
}

/// Under each 7.1.5 configuration, a helper is live exactly when its `#if` conditions hold in that
/// configuration, read here straight from the config file (`CONFIG_X=y` defines `CONFIG_X`; `=m`
/// defines only `CONFIG_X_MODULE`; a name no config sets, such as `find_next_bit`, is undefined
/// without the kernel's headers).
@Test(arguments: ["x86_64-kunit", "x86_64-wide"])
func helpersAreLiveExactlyWhenTheirConditionsHoldInTheConfiguration(_ configuration: String) throws {
    let tree = try KernelFixture.linux715()
    let config = try KernelFixture.anchor715(configuration) + "/config"
    let set = Set(try String(contentsOfFile: config, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("CONFIG_"), let equals = line.firstIndex(of: "="), line[line.index(after: equals)...] != "n" else { return nil }
        return line[line.index(after: equals)...] == "m" ? line[..<equals] + "_MODULE" : String(line[..<equals])
    })
    let result = try CLI.run(["helpers", "--srctree", ".", "--config", config, "--format", "json"], cwd: tree)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let helpers = try #require(root["helpers"] as? [[String: Any]])
    var judged = 0
    for helper in helpers {
        let condition = helper["condition"] as? String ?? ""
        let terms = condition.isEmpty ? [] : condition.components(separatedBy: " && ")
        guard terms.allSatisfy({ !$0.contains(" ") && !$0.contains("(") }) else { continue }
        let holds = terms.allSatisfy { $0.hasPrefix("!") ? !set.contains(String($0.dropFirst())) : set.contains($0) }
        #expect(helper["active"] as? Bool == holds, "\(helper["name"] ?? "?") under \(condition)")
        judged += 1
    }
    #expect(judged == helpers.count)
    // Both kinds occur, so the comparison can fail either way.
    #expect(helpers.contains { $0["active"] as? Bool == true && $0["condition"] is String })
    #expect(helpers.contains { $0["active"] as? Bool == false })
}
