/// Every helper file is `#include`d into the one unit helpers.c: the same helper defined twice under
/// the same conditions is a redefinition error on some configuration.
public struct DuplicateRustHelperRule: HelperRule {
    public init() {}
    public let id = "duplicate-rust-helper"
    public let description = "A `rust_helper_*` function must be defined once per configuration (all helper files form one unit)."
    public let severity = Severity.error

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_x(void) {}\n↓__rust_helper void rust_helper_x(void) {}\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("#ifdef CONFIG_X\n__rust_helper void rust_helper_x(void) {}\n#else\n__rust_helper void rust_helper_x(void) {}\n#endif\n"),
            HelperRuleExample("void rust_helper_x(void);\n__rust_helper void rust_helper_x(void) {}\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        var seen: [String: HelperFunction] = [:]
        var findings: [Finding] = []
        for function in context.helperDefinitions {
            let key = function.name + "\u{0}" + (function.condition ?? "")
            if let first = seen[key] {
                findings.append(Finding(location: function.location, severity: severity, ruleID: id,
                                        message: "'\(function.name)' is already defined at \(first.file):\(first.line)\(function.conditionSuffix)",
                                        fix: "remove one of the two definitions"))
            } else {
                seen[key] = function
            }
        }
        return findings
    }
}
