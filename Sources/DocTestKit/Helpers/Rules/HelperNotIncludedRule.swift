import Foundation

/// A `rust/helpers/*.c` file that helpers.c does not include is never compiled: its helpers are
/// missing at link time (or, worse, an old copy of them is used).
public struct HelperNotIncludedRule: HelperRule {
    public init() {}
    public let id = "helper-not-included"
    public let description = "Every `rust/helpers/*.c` file must be `#include`d from helpers.c, or it is never compiled."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath, HelperRuleExample.standardAggregate),
                (HelperRuleExample.snippetPath, "__rust_helper void rust_helper_x(void) {}\n"),
                ("rust/helpers/forgotten.c", "↓// SPDX-License-Identifier: GPL-2.0\n__rust_helper void rust_helper_y(void) {}\n"),
            ]),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [HelperRuleExample("__rust_helper void rust_helper_x(void) {}\n")]
    }

    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard let aggregate = context.scan.aggregate else { return [] }
        let included = Set(aggregate.includes.map(\.name))
        return context.scan.helperFiles.compactMap { file in
            let name = Self.nameInHelpers(file.path)
            guard !included.contains(name) else { return nil }
            return Finding(location: SourceLocation(path: file.path, line: 1, column: 1), severity: severity, ruleID: id,
                           message: "'\(name)' is not included from helpers.c, so its helpers are never compiled",
                           fix: "add `#include \"\(name)\"` to helpers.c, in alphabetical order")
        }
    }

    /// The path as helpers.c would include it: relative to `rust/helpers/`.
    static func nameInHelpers(_ path: String) -> String {
        if let range = path.range(of: "rust/helpers/", options: .backwards) { return String(path[range.upperBound...]) }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
