import Testing
@testable import DocTestKit

/// One rule example: the rule's own documentation, run as a test.
struct HelperRuleExampleCase: Sendable, CustomTestStringConvertible {
    var ruleID: String
    var triggering: Bool
    var index: Int
    var example: HelperRuleExample
    var testDescription: String { "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(index)" }

    static let all: [HelperRuleExampleCase] = HelperChecker.allRules.flatMap { rule in
        rule.triggeringExamples.enumerated().map { HelperRuleExampleCase(ruleID: rule.id, triggering: true, index: $0, example: $1) }
            + rule.nonTriggeringExamples.enumerated().map { HelperRuleExampleCase(ruleID: rule.id, triggering: false, index: $0, example: $1) }
    }
}

@Test(arguments: HelperRuleExampleCase.all)
func helperRuleExample(_ testCase: HelperRuleExampleCase) throws {
    let clang = try #require(HelperFixtures.clang)
    let (files, markers) = testCase.example.unmarked()
    let checker = HelperChecker()
    let findings = checker.check(checker.scan(files: files, clang: clang)).filter { $0.ruleID == testCase.ruleID }
    if !testCase.triggering {
        #expect(findings.isEmpty, "\(testCase.example)")
    } else if markers.isEmpty {
        #expect(!findings.isEmpty, "\(testCase.example)")
    } else {
        #expect(findings.map(\.location).sorted() == markers.sorted(), "\(testCase.example)")
    }
    // Every finding says how to fix it.
    #expect(findings.allSatisfy { $0.fix?.isEmpty == false })
}

@Test func everyRuleHasExamplesAndAUniqueID() {
    let ids = HelperChecker.allRules.map(\.id)
    #expect(Set(ids).count == ids.count)
    for rule in HelperChecker.allRules {
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.id)")
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id)")
        #expect(!rule.description.isEmpty)
    }
}
