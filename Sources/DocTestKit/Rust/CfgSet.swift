/// The configuration predicates that are set, for evaluating `#[cfg(...)]` and `cfg_attr`.
/// (Stub: to be completed by the Rust front-end work.)
public struct CfgSet: Hashable, Sendable {
    /// Bare names: `doc`, `unix`, `CONFIG_X`.
    public var names: Set<String>
    /// `name = "value"` pairs; one name may have several values (`feature`).
    public var values: [String: Set<String>]

    public init(names: Set<String> = [], values: [String: Set<String>] = [:]) {
        self.names = names
        self.values = values
    }
}
