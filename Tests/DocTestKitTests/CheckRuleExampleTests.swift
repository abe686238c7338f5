import Testing
@testable import DocTestKit

typealias DocExampleRuleCase = RuleExampleCase<String>

extension TreeCheck {
    static var docExampleRuleExamples: [(id: String, triggering: [String], nonTriggering: [String])] {
        docExampleRules.map { ($0.id, $0.triggeringExamples, $0.nonTriggeringExamples) }
    }
}

@Test(arguments: DocExampleRuleCase.all(TreeCheck.docExampleRuleExamples))
func docExampleRuleExample(_ testCase: DocExampleRuleCase) throws {
    let rule = try #require(TreeCheck.docExampleRules.first { $0.id == testCase.ruleID })
    let (source, markers) = RuleExampleMarkers.unmarked(testCase.example, path: "example.rs")
    let scan = RustFileScanner(cfg: CfgSet(names: ["doc", "doctest"])).scan(source)
    let findings = rule.check(source, scan: scan)
    #expect(findings.allSatisfy { $0.ruleID == rule.id && $0.severity == rule.severity })
    testCase.expect(findings, markers: markers, markersRequired: true)
}

@Test func docExampleRulesHaveExamplesAndUniqueIDs() {
    let ids = TreeCheck.allRules.map(\.id)
    #expect(Set(ids).count == ids.count, "rule ids are unique")
    DocExampleRuleCase.expectDocumented(TreeCheck.docExampleRuleExamples)
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
