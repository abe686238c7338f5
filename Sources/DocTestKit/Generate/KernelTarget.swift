/// The target cfgs of the kernel's Rust code, derived from its configuration.
///
/// The kernel builds Rust for a bare-metal target of its own (`scripts/generate_rust_target.rs`,
/// or `x86_64-unknown-none`-like built-in targets): `target_os = "none"`, vendor `unknown`, and
/// the architecture, pointer width and endianness of the configured arch. Only the arches the
/// kernel builds Rust for are known; for any other configuration no target cfg is set (target
/// predicates are then false, as before).
public struct KernelTarget: Hashable, Sendable {
    public var arch: String
    public var pointerWidth: Int
    public var bigEndian: Bool

    /// The target of `config`, or nil if it names no arch kunitgen knows.
    public init?(_ config: KernelConfig) {
        let set = Set(config.entries.filter { $0.value == .yes }.map(\.name))
        let is64 = set.contains("CONFIG_64BIT")
        switch true {
        case set.contains("CONFIG_X86_64"): arch = "x86_64"
        case set.contains("CONFIG_X86_32"): arch = "x86"
        case set.contains("CONFIG_ARM64"): arch = "aarch64"
        case set.contains("CONFIG_ARM"): arch = "arm"
        case set.contains("CONFIG_RISCV"): arch = is64 ? "riscv64" : "riscv32"
        case set.contains("CONFIG_LOONGARCH"): arch = "loongarch64"
        default: return nil
        }
        pointerWidth = is64 || arch == "x86_64" || arch == "aarch64" || arch == "loongarch64" ? 64 : 32
        bigEndian = set.contains("CONFIG_CPU_BIG_ENDIAN")
    }

    /// `target_arch`, `target_pointer_width`, `target_endian`, `target_os` and `target_vendor`.
    public var cfgSet: CfgSet {
        CfgSet(values: [
            "target_arch": [arch],
            "target_pointer_width": [String(pointerWidth)],
            "target_endian": [bigEndian ? "big" : "little"],
            "target_os": ["none"],
            "target_vendor": ["unknown"],
        ])
    }
}
