/// The configuration predicates that are set, for evaluating `#[cfg(...)]` and `cfg_attr`.
public struct CfgSet: Hashable, Sendable {
    /// Bare names: `doc`, `unix`, `CONFIG_X`.
    public var names: Set<String>
    /// `name = "value"` pairs; one name may have several values (`feature`).
    public var values: [String: Set<String>]

    public init(names: Set<String> = [], values: [String: Set<String>] = [:]) {
        self.names = names
        self.values = values
    }

    public func isSet(_ name: String) -> Bool { names.contains(name) }

    public func isSet(_ name: String, value: String) -> Bool { values[name]?.contains(value) ?? false }

    /// Adds one `--cfg` spec as rustc reads it: `foo`, `feature="x"`, `CONFIG_X = "y"`.
    /// Returns false (and adds nothing) when the spec is not a name or a `name="string"` pair.
    @discardableResult
    public mutating func add(spec: String) -> Bool {
        guard let parsed = CfgSet.parse(spec: spec) else { return false }
        if let value = parsed.value {
            values[parsed.name, default: []].insert(value)
        } else {
            names.insert(parsed.name)
        }
        return true
    }

    /// Parses a `--cfg` spec into its name and optional value.
    public static func parse(spec: String) -> (name: String, value: String?)? {
        let bytes = Array(spec.utf8)
        let tokens = RustLexer(bytes: bytes).tokenize().tokens.filter { $0.kind != .whitespace }
        func text(_ t: RustToken) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }
        guard let first = tokens.first, first.kind == .identifier else { return nil }
        let name = text(first)
        if tokens.count == 1 { return (name, nil) }
        guard tokens.count == 3, text(tokens[1]) == "=", tokens[2].kind == .string,
              let value = StringLiteral.decode(bytes: bytes, token: tokens[2])?.value else { return nil }
        return (name, value)
    }

    /// The set plus everything in `other`.
    public func union(_ other: CfgSet) -> CfgSet {
        var result = self
        result.names.formUnion(other.names)
        for (name, set) in other.values { result.values[name, default: []].formUnion(set) }
        return result
    }

    /// What rustdoc 1.95 sets on this x86_64 Linux host with no flags: rustc's `--print cfg`
    /// (with unstable names; debug build, so `debug_assertions`, `overflow_checks`, `ub_checks`)
    /// plus `doc` and `doctest`. Not `test`, not `rustdoc`. Observed with the oracle by
    /// `#[cfg_attr(PRED, doc = "...")]` probes.
    public static let rustdocDefault: CfgSet = {
        let names: Set<String> = [
            "doc", "doctest", "debug_assertions", "overflow_checks", "ub_checks", "unix",
            "emscripten_wasm_eh", "target_has_atomic", "target_has_atomic_load_store",
            "target_has_reliable_f128", "target_has_reliable_f16", "target_has_reliable_f16_math",
            "target_thread_local",
        ]
        let widths: Set<String> = ["8", "16", "32", "64", "ptr"]
        let values: [String: Set<String>] = [
            "fmt_debug": ["full"], "panic": ["unwind"], "relocation_model": ["pic"], "target_abi": [""],
            "target_arch": ["x86_64"], "target_endian": ["little"], "target_env": ["gnu"],
            "target_family": ["unix"], "target_feature": ["fxsr", "sse", "sse2", "x87"],
            "target_has_atomic": widths, "target_has_atomic_equal_alignment": widths,
            "target_has_atomic_load_store": widths, "target_os": ["linux"],
            "target_pointer_width": ["64"], "target_vendor": ["unknown"],
        ]
        return CfgSet(names: names, values: values)
    }()

    /// rustdoc's default plus the user's `--cfg` specs (invalid specs are returned, not added).
    public static func rustdocDefault(adding specs: [String]) -> (cfg: CfgSet, invalid: [String]) {
        var cfg = rustdocDefault
        var invalid: [String] = []
        for spec in specs where !cfg.add(spec: spec) { invalid.append(spec) }
        return (cfg, invalid)
    }
}
