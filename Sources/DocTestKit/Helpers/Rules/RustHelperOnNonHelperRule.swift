/// `__rust_helper` on a function Rust does not call (not named `rust_helper_*`): it forces inlining
/// of a C-internal function for no reason, or the name is misspelt.
public struct RustHelperOnNonHelperRule: HelperRule {
    public init() {}
    public let id = "rust-helper-on-non-helper"
    public let description = "`__rust_helper` belongs only on functions named `rust_helper_*`."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓__rust_helper static int local_helper(void)\n{\n\treturn 0;\n}\n"),
            HelperRuleExample("↓__rust_helper void rust_heper_typo(void)\n{\n}\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("static int local_helper(void)\n{\n\treturn 0;\n}\n__rust_helper int rust_helper_x(void) { return local_helper(); }\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        context.scan.functions.filter { $0.annotated && !$0.isRustHelper }.map { function in
            Finding(location: function.location, severity: severity, ruleID: id,
                    message: "'\(function.name)' is marked __rust_helper but is not a rust_helper_* function\(function.conditionSuffix)",
                    fix: "remove `__rust_helper`, or rename the function `rust_helper_\(function.name)` if Rust calls it")
        }
    }
}
