/// `__rust_helper` after the return type: it still compiles, but the convention (and `--fix`'s
/// layout) puts it first, where `static`/`inline` would go.
public struct MisplacedRustHelperRule: HelperRule {
    public init() {}
    public let id = "misplaced-rust-helper"
    public let description = "`__rust_helper` goes before the return type, as the first specifier (not after the type, not after the parameters)."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓void __rust_helper rust_helper_mutex_lock(struct mutex *lock)\n{\n}\n"),
            HelperRuleExample("↓struct page *__rust_helper rust_helper_alloc_pages(gfp_t gfp_mask, unsigned int order)\n{\n}\n"),
            HelperRuleExample("↓unsigned long\n__rust_helper rust_helper_copy_from_user(void *to, const void __user *from, unsigned long n)\n{\n}\n"),
            // drm.c's `__u64` and poll.c's `__poll_t` are types, not attributes.
            HelperRuleExample("↓__u64 __rust_helper\nrust_helper_drm_vma_node_offset_addr(struct drm_vma_offset_node *node)\n{\n}\n"),
            HelperRuleExample("↓__poll_t __rust_helper rust_helper_poll(struct file *f)\n{\n\treturn 0;\n}\n"),
            HelperRuleExample("↓void rust_helper_after(void) __rust_helper\n{\n}\n"),
            // Inside atomic_ext.c's macro: one finding per helper made, at the body line.
            HelperRuleExample(MissingRustHelperRule.atomicExt.replacingOccurrences(
                of: "__rust_helper type rust_helper_atomic_##tname##_read", with: "↓↓type __rust_helper rust_helper_atomic_##tname##_read")),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n{\n}\n"),
            HelperRuleExample("__rust_helper __noreturn void rust_helper_BUG(void)\n{\n}\n"),
            HelperRuleExample("__noreturn __rust_helper void rust_helper_BUG(void)\n{\n}\n"),
            HelperRuleExample("__rust_helper __u64\nrust_helper_drm_vma_node_offset_addr(struct drm_vma_offset_node *node)\n{\n}\n"),
            HelperRuleExample(MissingRustHelperRule.atomicExt),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        context.functions.filter { [.afterReturnType, .afterParameters].contains($0.annotationPosition) }.map { function in
            let after = function.annotationPosition == .afterParameters ? "the parameter list" : "the return type"
            return Finding(location: function.location, severity: severity, ruleID: id,
                           message: "__rust_helper of '\(function.name)' comes after \(after)\(function.expansionSuffix)\(function.conditionSuffix)",
                           fix: "move `__rust_helper` to the start of \(function.declarationPlace)")
        }
    }
}
