/// helpers.c's header comment says "Sorted alphabetically."; an include out of order makes merge
/// conflicts and duplicates likelier. Names compare without `.c`, so `dma.c` sorts before `dma-resv.c`.
public struct HelpersIncludeUnsortedRule: HelperRule {
    public init() {}
    public let id = "helpers-include-unsorted"
    public let description = "helpers.c's `#include`s must be in the alphabetical order its header comment promises."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath,
                 "/*\n * Sorted alphabetically.\n */\n#define __rust_helper __always_inline\n#include \"err.c\"\n#include \"irq.c\"\n↓#include \"fs.c\"\n"),
                ("rust/helpers/err.c", ""), ("rust/helpers/fs.c", ""), ("rust/helpers/irq.c", ""),
            ]),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath,
                 "/*\n * Sorted alphabetically.\n */\n#define __rust_helper __always_inline\n#include \"dma.c\"\n#include \"dma-resv.c\"\n#include \"drm.c\"\n"),
                ("rust/helpers/dma.c", ""), ("rust/helpers/dma-resv.c", ""), ("rust/helpers/drm.c", ""),
            ]),
            // No promise, no rule.
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath, "#define __rust_helper __always_inline\n#include \"b.c\"\n#include \"a.c\"\n"),
                ("rust/helpers/a.c", ""), ("rust/helpers/b.c", ""),
            ]),
        ]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard let aggregate = context.scan.aggregate,
              aggregate.headerComment.lowercased().contains("sorted") else { return [] }
        var findings: [Finding] = []
        var previous: HelperInclude?
        for include in aggregate.includes {
            if let before = previous, Self.key(include.name) < Self.key(before.name) {
                findings.append(Finding(
                    location: SourceLocation(path: aggregate.path, line: include.line, column: include.column),
                    severity: severity, ruleID: id,
                    message: "'\(include.name)' is out of alphabetical order: it should come before '\(before.name)'",
                    fix: "move `#include \"\(include.name)\"` up to its alphabetical place"))
                continue  // keep comparing against the last in-order name
            }
            previous = include
        }
        return findings
    }

    static func key(_ name: String) -> String { name.hasSuffix(".c") ? String(name.dropLast(2)) : name }
}
