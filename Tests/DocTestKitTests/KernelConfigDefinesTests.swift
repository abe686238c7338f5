import Testing
@testable import DocTestKit

/// `KernelConfig.cDefines`: what `include/generated/autoconf.h` defines for each kind of symbol.
@Test func cDefinesFollowAutoconf() {
    let config = KernelConfig.parse("""
        CONFIG_A=y
        CONFIG_B=m
        CONFIG_C="a \\"quoted\\" value"
        CONFIG_D=42
        CONFIG_E=0x1f
        # CONFIG_F is not set
        """, path: ".config")
    #expect(config.cDefines == [
        "-DCONFIG_A=1",
        "-DCONFIG_B_MODULE=1",
        "-DCONFIG_C=\"a \\\"quoted\\\" value\"",
        "-DCONFIG_D=42",
        "-DCONFIG_E=0x1f",
    ])
}
