import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// The kernel's Rust target, from its configuration: what `#[cfg(target_arch = ..)]` and friends
/// see when the kernel's rustdoc builds the doctests.
@Suite struct KernelTargetTests {
    static func target(_ config: String) -> KernelTarget? {
        KernelTarget(KernelConfig.parse(config, path: ".config"))
    }

    @Test func archesTheKernelBuildsRustFor() {
        #expect(Self.target("CONFIG_X86_64=y\nCONFIG_64BIT=y\n")?.cfgSet.values == [
            "target_arch": ["x86_64"], "target_pointer_width": ["64"], "target_endian": ["little"],
            "target_os": ["none"], "target_vendor": ["unknown"],
        ])
        #expect(Self.target("CONFIG_ARM64=y\nCONFIG_64BIT=y\nCONFIG_CPU_BIG_ENDIAN=y\n").map { ($0.arch, $0.pointerWidth, $0.bigEndian) }
            ?? ("", 0, false) == ("aarch64", 64, true))
        #expect(Self.target("CONFIG_ARM=y\n").map { ($0.arch, $0.pointerWidth) } ?? ("", 0) == ("arm", 32))
        #expect(Self.target("CONFIG_RISCV=y\nCONFIG_64BIT=y\n")?.arch == "riscv64")
        #expect(Self.target("CONFIG_RISCV=y\n")?.arch == "riscv32")
        #expect(Self.target("CONFIG_LOONGARCH=y\nCONFIG_64BIT=y\n")?.arch == "loongarch64")
        // User-mode Linux on x86_64 sets CONFIG_UML and CONFIG_X86_64.
        #expect(Self.target("CONFIG_UML=y\nCONFIG_X86_64=y\nCONFIG_64BIT=y\n")?.arch == "x86_64")
    }

    @Test func noArchNoTarget() {
        #expect(Self.target("CONFIG_RUST=y\n") == nil)
        #expect(Self.target("# CONFIG_X86_64 is not set\nCONFIG_X86_64=n\n") == nil)
    }

    @Test func generateSeesTheConfiguredTarget() throws {
        let root = Scratch.directory("target")
        try FileManager.default.createDirectory(atPath: root + "/rust/kernel", withIntermediateDirectories: true)
        try "CONFIG_RUST=y\nCONFIG_X86_64=y\nCONFIG_64BIT=y\n".write(toFile: root + "/.config", atomically: true, encoding: .utf8)
        try """
            /// ```
            /// let a = 1;
            /// ```
            #[cfg(target_arch = "x86_64")]
            pub fn on_x86() {}
            /// ```
            /// let b = 2;
            /// ```
            #[cfg(not(target_arch = "x86_64"))]
            pub fn elsewhere() {}
            /// ```
            /// let c = 3;
            /// ```
            #[cfg(target_os = "linux")]
            pub fn hosted() {}
            /// ```
            /// let d = 4;
            /// ```
            #[cfg(all(target_os = "none", target_pointer_width = "64", target_endian = "little"))]
            pub fn bare_metal() {}

            """.write(toFile: root + "/rust/kernel/lib.rs", atomically: true, encoding: .utf8)
        let configuration = TreeConfiguration.load(srctree: root, explicit: nil)
        #expect(configuration.description.hasSuffix("(3 symbols set), target x86_64"))
        let crate = CrateDoctests.extract(srctree: root, root: "rust/kernel/lib.rs", options: ExtractionOptions(cfg: configuration.cfg))
        #expect(crate.doctests.map(\.itemPath) == [["on_x86"], ["bare_metal"]])
    }
}
