/// A `static` helper has internal linkage: the Rust side's `extern "C"` declaration cannot link to it.
public struct StaticRustHelperRule: HelperRule {
    public init() {}
    public let id = "static-rust-helper"
    public let description = "A `rust_helper_*` function must not be `static`: Rust links to it by name."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓static __rust_helper void rust_helper_x(void)\n{\n}\n"),
            HelperRuleExample("↓__rust_helper static inline int rust_helper_y(int a)\n{\n\treturn a;\n}\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_x(void)\n{\n\tstatic int calls;\n\tcalls++;\n}\n"),
            HelperRuleExample("static int local(void) { return 1; }\n__rust_helper int rust_helper_y(void) { return local(); }\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        context.helperDefinitions.filter(\.isStatic).map { function in
            Finding(location: function.location, severity: severity, ruleID: id,
                    message: "'\(function.name)' is static, so Rust cannot link to it\(function.conditionSuffix)",
                    fix: "remove `static`")
        }
    }
}
