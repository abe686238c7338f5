/// helpers.c without `#define __rust_helper`: a kernel from before the annotation existed (before
/// 6.19). Said once, instead of flagging every helper of that tree.
public struct RustHelperUndefinedRule: HelperRule {
    public init() {}
    public let id = "rust-helper-undefined"
    public let description = "helpers.c does not define `__rust_helper` (an older kernel): helpers are not checked for it."
    public let severity = Severity.note

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath, "↓/*\n * Sorted alphabetically.\n */\n#include \"example.c\"\n"),
                (HelperRuleExample.snippetPath, "void rust_helper_mutex_lock(struct mutex *lock)\n{\n}\n"),
            ]),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [HelperRuleExample("void rust_helper_mutex_lock(struct mutex *lock)\n{\n}\n")]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard let aggregate = context.scan.aggregate, aggregate.rustHelperDefines.isEmpty else { return [] }
        return [Finding(location: SourceLocation(path: aggregate.path, line: 1, column: 1), severity: severity, ruleID: id,
                        message: "helpers.c does not define __rust_helper (a kernel before 6.19?): missing annotations are not reported",
                        fix: "nothing to do on this kernel; after updating, run again")]
    }
}
