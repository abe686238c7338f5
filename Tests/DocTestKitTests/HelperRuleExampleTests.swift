import Testing
@testable import DocTestKit

typealias HelperRuleExampleCase = RuleExampleCase<HelperRuleExample>

extension HelperChecker {
    static var ruleExamples: [(id: String, triggering: [HelperRuleExample], nonTriggering: [HelperRuleExample])] {
        allRules.map { ($0.id, $0.triggeringExamples, $0.nonTriggeringExamples) }
    }
}

@Test(arguments: HelperRuleExampleCase.all(HelperChecker.ruleExamples))
func helperRuleExample(_ testCase: HelperRuleExampleCase) throws {
    let clang = try #require(HelperFixtures.clang)
    let (files, markers) = testCase.example.unmarked()
    let checker = HelperChecker()
    let findings = checker.check(checker.scan(files: files, clang: clang)).filter { $0.ruleID == testCase.ruleID }
    testCase.expect(findings, markers: markers, markersRequired: false)
}

@Test func everyRuleHasExamplesAndAUniqueID() {
    HelperRuleExampleCase.expectDocumented(HelperChecker.ruleExamples)
    #expect(HelperChecker.allRules.allSatisfy { !$0.description.isEmpty })
}
