/// A helper file defining `__rust_helper` itself: a leftover from before helpers.c defined it (the
/// atomic helpers had `#ifndef __rust_helper / #define __rust_helper`), and now it silently turns
/// the annotation off for everything included after it.
public struct RedundantRustHelperDefineRule: HelperRule {
    public init() {}
    public let id = "redundant-rust-helper-define"
    public let description = "Only helpers.c may define `__rust_helper`; a helper file's own `#define` is redundant or harmful."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("#ifndef __rust_helper\n↓#define __rust_helper\n#endif\n\n__rust_helper int\nrust_helper_atomic_read(const atomic_t *v)\n{\n}\n"),
            HelperRuleExample("↓#define __rust_helper inline\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper int rust_helper_x(void) { return 0; }\n"),
            HelperRuleExample("#define RUST_HELPER_ATTR __rust_helper\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard context.scan.aggregate != nil else { return [] }
        return context.scan.helperFiles.flatMap { file in
            file.rustHelperDefines.map { define in
                Finding(location: define.location, severity: severity, ruleID: id,
                        message: "helper file defines __rust_helper\(define.replacement.isEmpty ? "" : " as '\(define.replacement)'"); helpers.c already defines it",
                        fix: "remove this #define (and any #ifndef __rust_helper around it)")
            }
        }
    }
}
