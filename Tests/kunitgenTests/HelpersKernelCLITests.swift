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
    #expect(result.stderr.isEmpty)
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
