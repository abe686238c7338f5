import Foundation
import Testing
@testable import DocTestKit

private let sample = [
    Finding(location: SourceLocation(path: "rust/helpers/mutex.c", line: 15, column: 1), severity: .warning,
            ruleID: "missing-rust-helper", message: "'rust_helper___mutex_init' is not marked __rust_helper",
            fix: "insert `__rust_helper `"),
    Finding(location: SourceLocation(path: "rust/helpers/helpers.c", line: 1, column: 1), severity: .note,
            ruleID: "rust-helper-undefined", message: "50%, a:b\nnext"),
]

@Test func textIsGccStyleWithTheFixIndented() {
    let text = HelperReport.renderer.render(sample, format: .text)
    #expect(text.hasPrefix("rust/helpers/mutex.c:15:1: warning: 'rust_helper___mutex_init' is not marked __rust_helper [missing-rust-helper]\n    fix: insert `__rust_helper `\n"))
}

@Test func githubAnnotationsEscapeAsTheWorkflowCommandsSpecSays() {
    let lines = HelperReport.renderer.render(sample, format: .github).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0] == "::warning file=rust/helpers/mutex.c,line=15,col=1,title=missing-rust-helper::'rust_helper___mutex_init' is not marked __rust_helper%0Afix: insert `__rust_helper `")
    #expect(lines[1] == "::notice file=rust/helpers/helpers.c,line=1,col=1,title=rust-helper-undefined::50%25, a:b%0Anext")
}

@Test func sarifIsVersion210WithRulesAndRegions() throws {
    let text = HelperReport.renderer.render(sample, format: .sarif)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["version"] as? String == "2.1.0")
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect((driver["rules"] as? [Any])?.count == HelperChecker.allRules.count)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["level"] as? String } == ["warning", "note"])
    let location = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 15)
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "rust/helpers/mutex.c")
}

@Test func jsonListsExtraFieldsThenFindings() throws {
    let text = HelperReport.renderer.render(sample, format: .json, extra: [("helpers", .array([]))])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect((root["helpers"] as? [Any])?.isEmpty == true)
    let findings = try #require(root["findings"] as? [[String: Any]])
    #expect(findings.first?["rule"] as? String == "missing-rust-helper")
    #expect(findings.first?["line"] as? Int == 15)
    #expect(findings.last?["fix"] is NSNull)
}

@Test func exitCodesAreDecidedInOnePlace() {
    #expect(FindingRenderer.exitCode(for: []) == 0)
    #expect(FindingRenderer.exitCode(for: [sample[1]]) == 0)
    #expect(FindingRenderer.exitCode(for: sample) == 1)
    let io = Finding(location: SourceLocation(path: "x", line: 1), severity: .error, ruleID: "io-error", message: "m")
    #expect(FindingRenderer.exitCode(for: sample + [io]) == 2)
}

@Test func compileCommandsKeepTheFlagsThatMatter() throws {
    let json = #"[{"directory": "/k", "file": "rust/helpers/helpers.c", "command": "clang -Wp,-MMD,rust/.helpers.o.d -nostdinc -I./include -include ./include/linux/kconfig.h -D__KERNEL__ -DKBUILD_MODNAME='\"helpers\"' -c -o rust/helpers/helpers.o rust/helpers/helpers.c"}]"#
    let commands = try CompileCommands.parse(Data(json.utf8), origin: "cc.json")
    #expect(commands.flags(for: "/k/rust/helpers/helpers.c")
            == ["-nostdinc", "-I/k/./include", "-include", "/k/./include/linux/kconfig.h", "-D__KERNEL__", "-DKBUILD_MODNAME=\"helpers\""])
    #expect(throws: CompileCommands.LoadError.self) { try CompileCommands.parse(Data("[{\"file\": 1}".utf8), origin: "x") }
    #expect(throws: CompileCommands.LoadError.self) { try CompileCommands.parse(Data("{}".utf8), origin: "x") }
}
