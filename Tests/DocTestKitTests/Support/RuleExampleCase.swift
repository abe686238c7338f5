import Testing
@testable import DocTestKit

/// One example of a SwiftLint-style rule (doc-example rules and helper rules alike): the rule's
/// own documentation, run as a test.
struct RuleExampleCase<Example: Sendable>: Sendable, CustomTestStringConvertible {
    var ruleID: String
    var triggering: Bool
    var index: Int
    var example: Example
    var testDescription: String { "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(index)" }

    /// Every example of every rule: each rule's triggering examples, then its non-triggering ones.
    static func all(_ rules: [(id: String, triggering: [Example], nonTriggering: [Example])]) -> [Self] {
        rules.flatMap { rule in
            rule.triggering.enumerated().map { Self(ruleID: rule.id, triggering: true, index: $0, example: $1) }
                + rule.nonTriggering.enumerated().map { Self(ruleID: rule.id, triggering: false, index: $0, example: $1) }
        }
    }

    /// The rule's findings on this example: exactly at the `↓` markers for a triggering example
    /// (at least one finding if `markers` is empty and that is allowed), none for a
    /// non-triggering one; every finding says how to fix it.
    func expect(_ findings: [Finding], markers: [DocTestKit.SourceLocation], markersRequired: Bool) {
        if !triggering {
            #expect(findings.isEmpty, "\(example)")
        } else if markers.isEmpty {
            #expect(!markersRequired, "a triggering example marks where the finding goes")
            #expect(!findings.isEmpty, "\(example)")
        } else {
            #expect(findings.map(\.location).sorted() == markers.sorted(), "\(example)")
        }
        #expect(findings.allSatisfy { $0.fix?.isEmpty == false })
    }

    /// Rule ids are unique and every rule documents both kinds of example.
    static func expectDocumented(_ rules: [(id: String, triggering: [Example], nonTriggering: [Example])]) {
        let ids = rules.map(\.id)
        #expect(Set(ids).count == ids.count, "rule ids are unique")
        for rule in rules {
            #expect(!rule.triggering.isEmpty && !rule.nonTriggering.isEmpty, "\(rule.id)")
        }
    }
}
