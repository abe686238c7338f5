/// `kunitgen explain RULE`: the long form of a rule, like `rustc --explain`, so that the
/// diagnostics themselves can stay one short line.
public enum RuleExplanation {
    /// Every rule id any command reports, sorted.
    public static var ruleIDs: [String] {
        (CheckRules.all.map(\.id) + HelperChecker.allRules.map(\.id)).sorted()
    }

    /// The explanation of `id`, or nil for an unknown rule.
    public static func text(for id: String) -> String? {
        if let rule = CheckRules.all.first(where: { $0.id == id }) {
            return """
                \(rule.id) (\(rule.severity.rawValue)\(rule.optIn ? ", opt-in: enable with \"opt_in_rules\" in --rules" : ""))

                \(rule.description).

                Why: \(rule.reason).

                """
        }
        if let rule = HelperChecker.allRules.first(where: { $0.id == id }) {
            var out = "\(rule.id) (\(rule.severity.rawValue), C helpers in rust/helpers/*.c)\n\n\(rule.description)\n"
            for (title, example) in [("Reported on, for example", rule.triggeringExamples.first),
                                      ("Not reported on", rule.nonTriggeringExamples.first)] {
                guard let file = example?.files.first(where: { $0.path != HelperRuleExample.aggregatePath }) ?? example?.files.first else { continue }
                let text = file.text.replacingOccurrences(of: "↓", with: "")
                out += "\n\(title) (\(file.path)):\n\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
            return out
        }
        return nil
    }
}
