/// A helper defined without `__rust_helper`: helpers.c makes the annotation `__always_inline`, so
/// that the helper can be inlined into Rust; without it the call stays a call. Every external
/// definition in `rust/helpers` is a helper (Rust calls `_find_next_bit` by its `find.h` name).
public struct MissingRustHelperRule: HelperRule {
    public init() {}
    public let id = "missing-rust-helper"
    public let description = "A helper Rust calls (any non-static function defined in `rust/helpers`) must be marked `__rust_helper` so that it can be inlined into Rust."
    public let severity = Severity.warning

    /// atomic_ext.c in 7.1.5: each helper is written by an inner macro, used by an outer one.
    static let atomicExt = """
        #define GEN_READ_HELPER(tname, type)\t\t\t\t\t\t\\
        __rust_helper type rust_helper_atomic_##tname##_read(type *ptr)\t\t\t\\
        {\t\t\t\t\t\t\t\t\t\t\\
        \treturn READ_ONCE(*ptr);\t\t\t\t\t\t\t\\
        }

        #define GEN_XCHG_HELPER(tname, type, suffix)\t\t\t\t\t\\
        __rust_helper type\t\t\t\t\t\t\t\t\\
        rust_helper_atomic_##tname##_xchg##suffix(type *ptr, type new)\t\t\t\\
        {\t\t\t\t\t\t\t\t\t\t\\
        \treturn xchg##suffix(ptr, new);\t\t\t\t\t\\
        }

        #define GEN_READ_SET_HELPERS(tname, type)\t\t\t\t\t\\
        \tGEN_READ_HELPER(tname, type)\t\t\t\t\t\t\\

        #define GEN_XCHG_HELPERS(tname, type)\t\t\t\t\t\t\\
        \tGEN_XCHG_HELPER(tname, type, )\t\t\t\t\t\t\\
        \tGEN_XCHG_HELPER(tname, type, _acquire)\t\t\t\t\t\\

        GEN_READ_SET_HELPERS(i8, s8)
        GEN_READ_SET_HELPERS(ptr, const void *)
        GEN_XCHG_HELPERS(i16, s16)

        """

    /// bitops.c in 7.1.5: deliberately unprefixed, so that `find.h`'s declaration fits.
    static let findNextBit = """
        #ifdef find_next_bit
        __rust_helper
        unsigned long _find_next_bit(const unsigned long *addr, unsigned long size,
        \t\t\t     unsigned long offset)
        {
        \treturn find_next_bit(addr, size, offset);
        }
        #endif /* find_next_bit */

        """

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("↓void rust_helper_mutex_lock(struct mutex *lock)\n{\n\tmutex_lock(lock);\n}\n"),
            HelperRuleExample("↓refcount_t rust_helper_REFCOUNT_INIT(int n)\n{\n\treturn (refcount_t)REFCOUNT_INIT(n);\n}\n"),
            HelperRuleExample("↓void rust_helper___mutex_init(struct mutex *mutex, const char *name,\n\t\t\t      struct lock_class_key *key)\n{\n}\n"),
            HelperRuleExample("#ifdef CONFIG_CPU_FREQ\n↓void rust_helper_cpufreq_register_em_with_opp(struct cpufreq_policy *policy)\n{\n}\n#endif\n"),
            HelperRuleExample("#ifndef CONFIG_X\n__rust_helper int rust_helper_x(void) { return 0; }\n#else\n↓int rust_helper_x(void) { return 1; }\n#endif\n"),
            HelperRuleExample("↓void * __must_check __realloc_size(2)\nrust_helper_vrealloc(const void *p, size_t size, gfp_t flags)\n{\n}\n"),
            // One finding per helper the macro makes (`↓↓`: two), at the macro body line to fix.
            HelperRuleExample("#define HELPER(name) ↓↓void rust_helper_##name(void) { name(); }\nHELPER(schedule)\nHELPER(yield)\n"),
            // atomic_ext.c with the annotation of GEN_READ_HELPER removed: both uses, through GEN_READ_SET_HELPERS.
            HelperRuleExample(Self.atomicExt.replacingOccurrences(
                of: "__rust_helper type rust_helper_atomic_##tname##_read", with: "↓↓type rust_helper_atomic_##tname##_read")),
            HelperRuleExample(Self.atomicExt.replacingOccurrences(of: "__rust_helper type\t", with: "↓↓type\t")),
            // bitops.c without its annotation: unprefixed, still a helper.
            HelperRuleExample(Self.findNextBit.replacingOccurrences(of: "__rust_helper\nunsigned long", with: "\n↓unsigned long")),
            HelperRuleExample("↓unsigned long _find_first_bit(const unsigned long *addr, unsigned long size)\n{\n\treturn find_first_bit(addr, size);\n}\n"),
            // drm.c's `__u64` is a type, not an attribute.
            HelperRuleExample("#ifdef CONFIG_DRM\n↓__u64\nrust_helper_drm_vma_node_offset_addr(struct drm_vma_offset_node *node)\n{\n\treturn drm_vma_node_offset_addr(node);\n}\n#endif\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n{\n\tmutex_lock(lock);\n}\n"),
            HelperRuleExample("__rust_helper int\nrust_helper_atomic_read(const atomic_t *v)\n{\n\treturn atomic_read(v);\n}\n"),
            HelperRuleExample("__rust_helper\nvoid rust_helper_spin_lock(spinlock_t *lock)\n{\n}\n"),
            HelperRuleExample("#ifdef CONFIG_X\n__rust_helper void rust_helper_x(void) {}\n#else\n__rust_helper void rust_helper_x(void) {}\n#endif\n"),
            HelperRuleExample("#define HELPER(name) __rust_helper void rust_helper_##name(void) { name(); }\nHELPER(schedule)\n"),
            // atomic_ext.c as in 7.1.5: the annotation is in the inner macros.
            HelperRuleExample(Self.atomicExt),
            HelperRuleExample(Self.findNextBit),
            HelperRuleExample("#ifdef CONFIG_DRM\n__rust_helper __u64\nrust_helper_drm_vma_node_offset_addr(struct drm_vma_offset_node *node)\n{\n\treturn drm_vma_node_offset_addr(node);\n}\n#endif\n"),
            // A declaration is not a definition; a static function is C's own.
            HelperRuleExample("void rust_helper_x(void);\nstatic void local_helper(void) {}\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard context.annotationDefined else { return [] }
        return context.helperDefinitions.filter { !$0.annotated }.map { function in
            let fix: String
            if !function.fixable {
                fix = "add `__rust_helper` before the return type of the definition macro \(function.macro ?? "?") makes (its body is not in this file: cannot be fixed automatically)"
            } else if function.origin == .macro {
                fix = "insert `__rust_helper ` at the start of \(function.declarationPlace)"
            } else {
                fix = "insert `__rust_helper ` at the start of the declaration: `__rust_helper \(function.declaration.prefix { $0 != "\n" })`"
            }
            return Finding(location: function.location, severity: severity, ruleID: id,
                           message: "'\(function.name)' is not marked __rust_helper\(function.expansionSuffix)\(function.conditionSuffix)", fix: fix)
        }
    }
}
