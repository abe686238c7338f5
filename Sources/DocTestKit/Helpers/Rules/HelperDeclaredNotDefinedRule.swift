/// A `rust_helper_*` declared in a helper file but defined nowhere: bindgen makes a binding from
/// the declaration, and the Rust side fails to link.
public struct HelperDeclaredNotDefinedRule: HelperRule {
    public init() {}
    public let id = "helper-declared-not-defined"
    public let description = "A `rust_helper_*` declared in `rust/helpers` must also be defined there, or Rust fails to link."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [HelperRuleExample("↓void rust_helper_forgotten(struct mutex *lock);\n")]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("void rust_helper_x(void);\n\n__rust_helper void rust_helper_x(void)\n{\n}\n"),
            // Defined in another branch still counts: some configuration has it.
            HelperRuleExample("void rust_helper_x(void);\n#ifdef CONFIG_X\n__rust_helper void rust_helper_x(void) {}\n#endif\n"),
            HelperRuleExample("void schedule(void);\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        let defined = Set(context.helperDefinitions.map(\.name))
        var reported = Set<String>()
        return context.functions.filter { $0.isRustHelper && !$0.isDefinition && !defined.contains($0.name) }.compactMap { function in
            guard reported.insert(function.name).inserted else { return nil }
            return Finding(location: function.location, severity: severity, ruleID: id,
                           message: "'\(function.name)' is declared but never defined in rust/helpers\(function.conditionSuffix)",
                           fix: "define it (marked __rust_helper), or remove the declaration")
        }
    }
}
