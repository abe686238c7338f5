/// `rust_helper_*` defined without `__rust_helper`: Rust cannot inline it under LTO.
public struct MissingRustHelperRule: HelperRule {
    public init() {}
    public let id = "missing-rust-helper"
    public let description = "A helper Rust calls (`rust_helper_*`) must be marked `__rust_helper` so that it can be inlined into Rust."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓void rust_helper_mutex_lock(struct mutex *lock)\n{\n\tmutex_lock(lock);\n}\n"),
            HelperRuleExample("↓refcount_t rust_helper_REFCOUNT_INIT(int n)\n{\n\treturn (refcount_t)REFCOUNT_INIT(n);\n}\n"),
            HelperRuleExample("↓void rust_helper___mutex_init(struct mutex *mutex, const char *name,\n\t\t\t      struct lock_class_key *key)\n{\n}\n"),
            HelperRuleExample("#ifdef CONFIG_CPU_FREQ\n↓void rust_helper_cpufreq_register_em_with_opp(struct cpufreq_policy *policy)\n{\n}\n#endif\n"),
            HelperRuleExample("#ifndef CONFIG_X\n__rust_helper int rust_helper_x(void) { return 0; }\n#else\n↓int rust_helper_x(void) { return 1; }\n#endif\n"),
            HelperRuleExample("↓void * __must_check __realloc_size(2)\nrust_helper_vrealloc(const void *p, size_t size, gfp_t flags)\n{\n}\n"),
            HelperRuleExample("#define HELPER(name) void rust_helper_##name(void) { name(); }\n↓HELPER(schedule)\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n{\n\tmutex_lock(lock);\n}\n"),
            HelperRuleExample("__rust_helper int\nrust_helper_atomic_read(const atomic_t *v)\n{\n\treturn atomic_read(v);\n}\n"),
            HelperRuleExample("__rust_helper\nvoid rust_helper_spin_lock(spinlock_t *lock)\n{\n}\n"),
            HelperRuleExample("#ifdef CONFIG_X\n__rust_helper void rust_helper_x(void) {}\n#else\n__rust_helper void rust_helper_x(void) {}\n#endif\n"),
            HelperRuleExample("#define HELPER(name) __rust_helper void rust_helper_##name(void) { name(); }\nHELPER(schedule)\n"),
            // A declaration is not a definition; a function Rust does not call needs nothing.
            HelperRuleExample("void rust_helper_x(void);\nstatic void local_helper(void) {}\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard context.annotationDefined else { return [] }
        return context.helperDefinitions.filter { !$0.annotated }.map { function in
            let fix = function.macro.map { "add `__rust_helper` before the return type in the body of macro \($0)" }
                ?? "insert `__rust_helper ` at the start of the declaration: `__rust_helper \(function.declaration.prefix { $0 != "\n" })`"
            return Finding(location: function.location, severity: severity, ruleID: id,
                           message: "'\(function.name)' is not marked __rust_helper\(function.conditionSuffix)", fix: fix)
        }
    }
}
