import Testing
@testable import DocTestKit

@Suite struct GenerateSelectionTests {
    static func doctest(_ configure: (inout LangString) -> Void) -> Doctest {
        var attributes = LangString()
        configure(&attributes)
        return Doctest(file: "rust/kernel/x.rs", line: 3, rustdocLine: 3, itemPath: ["f"], attributes: attributes,
                       originalCode: "f();", prepared: PreparedCode(crateLevel: "", code: "f();", wrapper: nil))
    }

    @Test func plainTestsRun() {
        let decision = CaseSelection.decide(Self.doctest { _ in })
        #expect(decision.disposition == .run)
        #expect(decision.seenByKernelBuilder)
        #expect(decision.finding == nil)
    }

    @Test func fixtureAttributesGetTheirDecisions() throws {
        let doctests = try OracleDoctests.load().filter { $0.file == "rust/kernel/sync/arc.rs" }
        let byLine = Dictionary(uniqueKeysWithValues: doctests.map { ($0.line, CaseSelection.decide($0)) })
        #expect(byLine[26]?.disposition == .excluded)
        #expect(byLine[26]?.finding?.ruleID == "doctest-should-panic-not-run")
        #expect(byLine[26]?.finding?.severity == .warning)
        #expect(byLine[30]?.disposition == .run)
        #expect(byLine[30]?.finding?.ruleID == "doctest-no-run-runs")
        #expect(byLine[30]?.finding?.severity == .note)
        let strict = doctests.first { $0.line == 30 }.map { CaseSelection.decide($0, noRun: .compileOnly) }
        #expect(strict?.disposition == .compileOnly)
        #expect(strict?.finding?.ruleID == "doctest-no-run-compiled-only")
        #expect(byLine[34]?.disposition == .excluded)
        #expect(byLine[34]?.seenByKernelBuilder == false)
        #expect(byLine[34]?.finding?.ruleID == "doctest-ignored")
        #expect(byLine[38]?.disposition == .excluded)
        #expect(byLine[38]?.finding?.ruleID == "doctest-compile-fail-not-built")
        #expect(byLine[46]?.disposition == .excluded)
        #expect(byLine[46]?.finding?.ruleID == "doctest-test-harness-not-supported")
        for line in [7, 16, 56, 64, 69] { #expect(byLine[line]?.disposition == .run) }
        // The `text` block is no doctest at all: rustdoc does not list it.
        #expect(byLine.count == 10)
    }

    @Test func ignoreForTargetsIsExcludedWithAWarning() {
        let decision = CaseSelection.decide(Self.doctest { $0.ignore = .some(["x86"]) })
        #expect(decision.disposition == .excluded)
        #expect(decision.finding?.ruleID == "doctest-ignore-target-not-built")
        #expect(decision.finding?.message.contains("`x86`") == true)
    }

    @Test func nonRustBlocksAreSilentlyNoTests() {
        let decision = CaseSelection.decide(Self.doctest { $0.rust = false })
        #expect(decision.disposition == .excluded)
        #expect(decision.finding == nil)
        #expect(!decision.seenByKernelBuilder)
    }

    @Test func explicitEditionRunsWithANote() {
        let decision = CaseSelection.decide(Self.doctest { $0.edition = "2018" })
        #expect(decision.disposition == .run)
        #expect(decision.finding?.ruleID == "doctest-edition-not-honoured")
        #expect(decision.finding?.severity == .note)
    }

    @Test func compileFailWinsOverItsImpliedNoRun() {
        let decision = CaseSelection.decide(Self.doctest { $0.compileFail = true; $0.noRun = true })
        #expect(decision.finding?.ruleID == "doctest-compile-fail-not-built")
    }

    @Test func findingsAreReportedByTheGenerator() throws {
        let generation = try GoldenGeneration.generate(.kernel)
        let rules = generation.findings.map(\.ruleID).sorted()
        #expect(rules == ["doctest-compile-fail-not-built", "doctest-ignored", "doctest-no-run-runs",
                          "doctest-should-panic-not-run", "doctest-test-harness-not-supported"])
        #expect(generation.findings.first { $0.ruleID == "doctest-should-panic-not-run" }?.gccStyle
                .hasPrefix("rust/kernel/sync/arc.rs:26:1: warning: ") == true)
    }

    @Test func emptySuiteIsAWarning() {
        let generation = KUnitGenerator.generate([], options: KUnitGenerationOptions())
        #expect(generation.findings.map(\.ruleID) == ["doctest-none-generated"])
        #expect(generation.c.contents.contains("static struct kunit_case test_cases[] = {\n    \n    { }\n};"))
    }
}
