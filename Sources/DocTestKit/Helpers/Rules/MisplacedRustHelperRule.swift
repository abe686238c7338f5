/// `__rust_helper` after the return type: it still compiles, but the convention (and `--fix`'s
/// layout) puts it first, where `static`/`inline` would go.
public struct MisplacedRustHelperRule: HelperRule {
    public init() {}
    public let id = "misplaced-rust-helper"
    public let description = "`__rust_helper` goes before the return type, as the first specifier."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓void __rust_helper rust_helper_mutex_lock(struct mutex *lock)\n{\n}\n"),
            HelperRuleExample("↓struct page *__rust_helper rust_helper_alloc_pages(gfp_t gfp_mask, unsigned int order)\n{\n}\n"),
            HelperRuleExample("↓unsigned long\n__rust_helper rust_helper_copy_from_user(void *to, const void __user *from, unsigned long n)\n{\n}\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n{\n}\n"),
            HelperRuleExample("__rust_helper __noreturn void rust_helper_BUG(void)\n{\n}\n"),
            HelperRuleExample("__noreturn __rust_helper void rust_helper_BUG(void)\n{\n}\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        context.scan.functions.filter { $0.annotationPosition == .afterReturnType }.map { function in
            Finding(location: function.location, severity: severity, ruleID: id,
                    message: "__rust_helper of '\(function.name)' comes after the return type\(function.conditionSuffix)",
                    fix: "move `__rust_helper` to the start of the declaration")
        }
    }
}
