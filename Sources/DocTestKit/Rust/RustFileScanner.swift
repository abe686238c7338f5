/// Finds every doc comment in one Rust file, attached to its item, after `#[cfg]` filtering.
/// (Stub: to be completed by the Rust front-end work.)
public struct RustFileScanner: Sendable {
    public var cfg: CfgSet

    public init(cfg: CfgSet) {
        self.cfg = cfg
    }

    public func scan(_ file: SourceFile) -> RustFileScan {
        RustFileScan()
    }
}
