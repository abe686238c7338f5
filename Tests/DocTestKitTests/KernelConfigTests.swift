import Foundation
import Testing
@testable import DocTestKit

/// Expected values follow `print_symbol_for_rustccfg` in `scripts/kconfig/confdata.c`.
@Suite struct KernelConfigTests {
    @Test func fixtureConfigGivesTheKernelsRustcCfgLines() throws {
        let config = KernelConfig.read(path: GenerateFixtures.casesTree + "/.config")
        #expect(config.findings.isEmpty)
        #expect(config.rustcCfgLines == [
            #"--cfg=CONFIG_CC_VERSION_TEXT="gcc (Debian 14.2.0-19) 14.2.0""#,
            "--cfg=CONFIG_RUST", #"--cfg=CONFIG_RUST="y""#,
            "--cfg=CONFIG_KUNIT", #"--cfg=CONFIG_KUNIT="y""#,
            "--cfg=CONFIG_RUST_KERNEL_DOCTESTS", #"--cfg=CONFIG_RUST_KERNEL_DOCTESTS="y""#,
            // `m` is enabled for `#[cfg(CONFIG_X)]` too (IS_ENABLED), and `= "m"` (IS_MODULE).
            "--cfg=CONFIG_SAMPLE_RUST_MINIMAL", #"--cfg=CONFIG_SAMPLE_RUST_MINIMAL="m""#,
            #"--cfg=CONFIG_NR_CPUS="64""#,
            #"--cfg=CONFIG_PHYSICAL_START="0x1000000""#,
        ])
    }

    @Test func cfgSetHasNamesForBoolAndTristateAndValuesForAll() {
        let cfg = KernelConfig.parse("CONFIG_A=y\nCONFIG_B=m\nCONFIG_C=\"s\"\nCONFIG_D=12\n", path: "c").cfgSet
        #expect(cfg.names == ["CONFIG_A", "CONFIG_B"])
        #expect(cfg.values == ["CONFIG_A": ["y"], "CONFIG_B": ["m"], "CONFIG_C": ["s"], "CONFIG_D": ["12"]])
    }

    @Test func disabledSymbolsSetNothing() {
        let config = KernelConfig.parse("CONFIG_A=y\n# CONFIG_A is not set\nCONFIG_B=n\n# CONFIG_C is not set\n", path: "c")
        #expect(config.entries.isEmpty)
        #expect(config.rustcCfgLines.isEmpty)
    }

    @Test func laterAssignmentReplacesEarlierOne() {
        let config = KernelConfig.parse("CONFIG_A=y\nCONFIG_B=y\nCONFIG_A=m\n", path: "c")
        #expect(config.entries.map(\.name) == ["CONFIG_A", "CONFIG_B"])
        #expect(config.entries.first?.value == .module)
        #expect(config.entries.first?.line == 3)
    }

    @Test func stringsAreUnescapedThenEscapedAgain() {
        let config = KernelConfig.parse(#"CONFIG_S="a\"b\\c""# + "\n", path: "c")
        #expect(config.entries.first?.value == .text(#"a"b\c"#))
        #expect(config.rustcCfgLines == [#"--cfg=CONFIG_S="a\"b\\c""#])
    }

    @Test func emptyStringIsAValue() {
        #expect(KernelConfig.parse("CONFIG_S=\"\"\n", path: "c").rustcCfgLines == [#"--cfg=CONFIG_S="""#])
    }

    @Test func malformedLinesAreWarningsNotCrashes() {
        let config = KernelConfig.parse("garbage\nCONFIG_=y\nCONFIG_S=\"unterminated\nCONFIG_OK=y\r\n\n# comment\n", path: "cfg")
        #expect(config.entries.map(\.name) == ["CONFIG_OK"])
        #expect(config.findings.map(\.location.line) == [1, 2, 3])
        #expect(config.findings.allSatisfy { $0.severity == .warning && $0.ruleID == "kconfig-malformed-line" })
    }

    @Test func unreadableConfigIsAnErrorFinding() {
        let config = KernelConfig.read(path: "/nonexistent/.config")
        #expect(config.entries.isEmpty)
        #expect(config.findings.first?.severity == .error)
    }

    @Test func locatePrefersExplicitThenDotConfigThenAutoConf() throws {
        let tree = GenerateFixtures.scratchDirectory("locate")
        #expect(KernelConfig.locate(srctree: tree, explicit: nil) == nil)
        try FileManager.default.createDirectory(atPath: tree + "/include/config", withIntermediateDirectories: true)
        try "CONFIG_A=y\n".write(toFile: tree + "/include/config/auto.conf", atomically: true, encoding: .utf8)
        #expect(KernelConfig.locate(srctree: tree, explicit: nil) == tree + "/include/config/auto.conf")
        try "CONFIG_A=y\n".write(toFile: tree + "/.config", atomically: true, encoding: .utf8)
        #expect(KernelConfig.locate(srctree: tree, explicit: nil) == tree + "/.config")
        #expect(KernelConfig.locate(srctree: tree, explicit: "other") == "other")
    }
}
