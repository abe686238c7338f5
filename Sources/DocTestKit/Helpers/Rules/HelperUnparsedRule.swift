/// A file-scope construct in a helper file that is neither a function, a type nor a variable as
/// the scanner reads C: whatever helper it holds would go unchecked, so it is said instead.
public struct HelperUnparsedRule: HelperRule {
    public init() {}
    public let id = "helper-unparsed"
    public let description = "Every file-scope construct of a helper file must be readable as a declaration, or its helpers go unchecked."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            // A C23 attribute after the parameter list: not a form the scanner reads.
            HelperRuleExample("↓__rust_helper int rust_helper_x(void) [[gnu::cold]]\n{\n\treturn 0;\n}\n__rust_helper int rust_helper_y(void) { return 1; }\n"),
            HelperRuleExample("↓{\n\treturn;\n}\n"),
            // Annotated, but no function: a function-pointer variable.
            HelperRuleExample("↓__rust_helper void (*rust_helper_hook)(int);\n"),
            // An annotated declaration cut off at the end of the file.
            HelperRuleExample("__rust_helper int rust_helper_x(void) { return 0; }\n↓__rust_helper int rust_helper_y(void)\n"),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            // Forms read: function-pointer return, K&R, struct in the return type, trailing annotation.
            HelperRuleExample("__rust_helper void (*rust_helper_handler(int irq))(int)\n{\n\treturn 0;\n}\n"),
            HelperRuleExample("__rust_helper int rust_helper_add(a, b)\n\tint a;\n\tint b;\n{\n\treturn a + b;\n}\n"),
            HelperRuleExample("__rust_helper struct pair { int a, b; } rust_helper_pair(void)\n{\n\tstruct pair p = { 0, 0 };\n\treturn p;\n}\n"),
            HelperRuleExample("static const struct table t = {\n\t.x = 1,\n};\nstruct s {\n\tint a;\n};\n"),
            HelperRuleExample("__rust_helper void rust_helper_x(void);\n__rust_helper void rust_helper_x(void) {}\n"),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        context.scan.allFiles.flatMap(\.unparsed).map { unparsed in
            Finding(location: unparsed.location, severity: severity, ruleID: id,
                    message: "cannot read `\(unparsed.text)` as a declaration: any helper in it is not checked",
                    fix: "write it as a plain C declaration, or report the form to kunitgen")
        }
    }
}
