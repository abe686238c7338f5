import ArgumentParser
import DocTestKit
import Foundation

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: what it reports, why, and examples (like rustc --explain).",
        discussion: "Without a rule, lists every rule id.\n\nExamples:\n  kunitgen explain missing-rust-helper\n  kunitgen explain")

    @Argument(help: "The rule id, as printed in brackets after a diagnostic.")
    var rule: String?

    func run() throws {
        guard let rule else {
            print(RuleExplanation.ruleIDs.joined(separator: "\n"))
            return
        }
        guard let text = RuleExplanation.text(for: rule) else {
            FileHandle.standardError.write(Data("kunitgen: error: unknown rule `\(rule)` (`kunitgen explain` lists them)\n".utf8))
            throw ExitCode(2)
        }
        print(text, terminator: "")
    }
}
