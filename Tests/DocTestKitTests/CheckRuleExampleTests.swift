import Testing
@testable import DocTestKit

/// One doc-example rule example: the rule's own documentation, run as a test.
struct DocExampleRuleCase: Sendable, CustomTestStringConvertible {
    var ruleID: String
    var triggering: Bool
    var index: Int
    var source: String
    var testDescription: String { "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(index)" }

    static let all: [DocExampleRuleCase] = TreeCheck.docExampleRules.flatMap { rule in
        rule.triggeringExamples.enumerated().map { DocExampleRuleCase(ruleID: rule.id, triggering: true, index: $0, source: $1) }
            + rule.nonTriggeringExamples.enumerated().map { DocExampleRuleCase(ruleID: rule.id, triggering: false, index: $0, source: $1) }
    }
}

@Test(arguments: DocExampleRuleCase.all)
func docExampleRuleExample(_ testCase: DocExampleRuleCase) throws {
    let rule = try #require(TreeCheck.docExampleRules.first { $0.id == testCase.ruleID })
    let (source, markers) = RuleExampleMarkers.unmarked(testCase.source, path: "example.rs")
    let scan = RustFileScanner(cfg: CfgSet(names: ["doc", "doctest"])).scan(source)
    let findings = rule.check(source, scan: scan)
    #expect(findings.allSatisfy { $0.ruleID == rule.id && $0.severity == rule.severity })
    if testCase.triggering {
        #expect(!markers.isEmpty, "a triggering example marks where the finding goes")
        #expect(findings.map(\.location).sorted() == markers.sorted(), "\(testCase.source)")
    } else {
        #expect(findings.isEmpty, "\(testCase.source)")
    }
    #expect(findings.allSatisfy { $0.fix?.isEmpty == false })
}

@Test func docExampleRulesHaveExamplesAndUniqueIDs() {
    let ids = TreeCheck.allRules.map(\.id)
    #expect(Set(ids).count == ids.count, "rule ids are unique")
    for rule in TreeCheck.docExampleRules {
        #expect(!rule.triggeringExamples.isEmpty && !rule.nonTriggeringExamples.isEmpty, "\(rule.id)")
    }
}

/// The paragraph heuristic on its own: what counts as an explanation and what does not.
@Test func ignoreReasonVocabulary() {
    #expect(IgnoreWithoutReasonRule.explains("This example is not run: it needs a device."))
    #expect(IgnoreWithoutReasonRule.explains("The example fails to compile on purpose."))
    #expect(!IgnoreWithoutReasonRule.explains("Builds a new vector and uses it."))
    #expect(!IgnoreWithoutReasonRule.explains("Declares a module that needs to load firmware; requires CONFIG_FW."))
    #expect(!IgnoreWithoutReasonRule.explains(""))
    let lines: [Substring] = ["Intro.", "", "Reason: ignored, needs hardware.", "```ignore", "x", "```", "After."]
    #expect(IgnoreWithoutReasonRule.paragraph(lines, from: 2, step: -1) == "Reason: ignored, needs hardware.")
    #expect(IgnoreWithoutReasonRule.paragraph(lines, from: 6, step: 1) == "After.")
    #expect(IgnoreWithoutReasonRule.leadingComments("# // hidden reason: pseudo-code\n// second\nlet x = 1;\n// not leading")
            == "// hidden reason: pseudo-code // second")
}
