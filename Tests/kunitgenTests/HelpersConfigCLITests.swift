import Foundation
import Testing
import TestSupport

/// `helpers --config`: the kernel configuration decides which `#ifdef` branch is active; both
/// branches are still listed and checked.
@Suite struct HelpersConfigCLITests {
    /// (line, active) of `rust_helper_alloc_cpumask_var`, defined under `#ifndef
    /// CONFIG_CPUMASK_OFFSTACK` (line 11) and its `#else` (line 16) in the fixture's cpumask.c.
    func branches(_ extra: [String]) throws -> [[Int: Bool]] {
        let result = try CLI.run(["helpers", "--srctree", "Fixtures/rust-src", "--format", "json"] + extra)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let helpers = object?["helpers"] as? [[String: Any]] ?? []
        return helpers.filter { $0["name"] as? String == "rust_helper_alloc_cpumask_var" }
            .map { [$0["line"] as? Int ?? 0: $0["active"] as? Bool ?? false] }
    }

    @Test func configurationDecidesTheActiveBranch() throws {
        #expect(try branches([]) == [[11: true], [16: false]])
        let config = Scratch.path("offstack") + ".config"
        try "CONFIG_CPUMASK_OFFSTACK=y\n# CONFIG_DEBUG_PER_CPU_MAPS is not set\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(try branches(["--config", config]) == [[11: false], [16: true]])
    }

    @Test func missingConfigurationIsAUsageError() throws {
        #expect(try CLI.run(["helpers", "--srctree", "Fixtures/rust-src", "--config", "/nonexistent/.config"]).status == 2)
    }
}
