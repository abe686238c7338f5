/// `__rust_helper` on a `static` function not named `rust_helper_*`: Rust cannot call a function
/// with internal linkage, so the annotation only forces a C-internal function inline. (A non-static
/// definition is a helper whatever its name: bitops.c's `_find_next_bit` is one.)
public struct RustHelperOnNonHelperRule: HelperRule {
    public init() {}
    public let id = "rust-helper-on-non-helper"
    public let description = "`__rust_helper` belongs on functions Rust can call, not on `static` C-internal ones."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓__rust_helper static int local_helper(void)\n{\n\treturn 0;\n}\n"),
            HelperRuleExample("↓static __rust_helper inline bool is_ready(const struct device *dev)\n{\n\treturn true;\n}\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("static int local_helper(void)\n{\n\treturn 0;\n}\n__rust_helper int rust_helper_x(void) { return local_helper(); }\n"),
            // bitops.c in 7.1.5: unprefixed on purpose, and called from rust/kernel/bitmap.rs.
            HelperRuleExample(MissingRustHelperRule.findNextBit),
            HelperRuleExample("__rust_helper\nunsigned long _find_first_bit(const unsigned long *addr, unsigned long size)\n{\n\treturn find_first_bit(addr, size);\n}\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        context.functions.filter { $0.annotated && $0.isDefinition && !$0.isHelper }.map { function in
            Finding(location: function.location, severity: severity, ruleID: id,
                    message: "'\(function.name)' is marked __rust_helper but is static, so Rust cannot call it\(function.conditionSuffix)",
                    fix: "remove `__rust_helper` (or `static`, and declare it for bindgen, if Rust is to call it)")
        }
    }
}
