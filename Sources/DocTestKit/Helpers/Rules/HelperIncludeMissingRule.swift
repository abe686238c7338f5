/// helpers.c including a helper file that is not there: the build breaks, usually after a rename.
public struct HelperIncludeMissingRule: HelperRule {
    public init() {}
    public let id = "helper-include-missing"
    public let description = "Every `#include \"x.c\"` in helpers.c must name a file in `rust/helpers`."
    public let severity = Severity.error

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath,
                 "#define __rust_helper __always_inline\n#include \"example.c\"\n↓#include \"renamed.c\"\n"),
                (HelperRuleExample.snippetPath, "__rust_helper void rust_helper_x(void) {}\n"),
            ]),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample("__rust_helper void rust_helper_x(void) {}\n"),
            // Headers are not helper files.
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath, "#define __rust_helper __always_inline\n#include \"helpers.h\"\n#include \"example.c\"\n"),
                (HelperRuleExample.snippetPath, "__rust_helper void rust_helper_x(void) {}\n"),
            ]),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard let aggregate = context.scan.aggregate else { return [] }
        let present = Set(context.scan.helperFiles.map { HelperNotIncludedRule.nameInHelpers($0.path) })
        return aggregate.includes.filter { $0.name.hasSuffix(".c") && !present.contains($0.name) }.map { include in
            Finding(location: SourceLocation(path: aggregate.path, line: include.line, column: include.column),
                    severity: severity, ruleID: id, message: "helpers.c includes '\(include.name)', which is not in rust/helpers",
                    fix: "remove the #include, or restore/rename the file")
        }
    }
}
