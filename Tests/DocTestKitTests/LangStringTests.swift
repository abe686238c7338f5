import Testing
@testable import DocTestKit

/// Expected values taken from rustdoc 1.95 (`--output-format=doctest`, `doctest_attributes`), one
/// fenced block per info string; the info strings of `nonRustInfoStrings` produced no doctest.
struct LangStringTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var info: String
        var expected: LangString
        var testDescription: String { info.debugDescription }

        init(_ info: String, shouldPanic: Bool, noRun: Bool, ignore: LangString.Ignore, testHarness: Bool,
             compileFail: Bool, standaloneCrate: Bool, errorCodes: [String], edition: String?,
             classes: [String], unknown: [String]) {
            self.info = info
            var e = LangString()
            e.original = info
            e.shouldPanic = shouldPanic
            e.noRun = noRun
            e.ignore = ignore
            e.rust = true
            e.testHarness = testHarness
            e.compileFail = compileFail
            e.standaloneCrate = standaloneCrate
            e.errorCodes = errorCodes
            e.edition = edition
            e.addedClasses = classes
            e.unknown = unknown
            expected = e
        }
    }

    static let rustRows: [Row] = [
        Row("", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("ignore", shouldPanic: false, noRun: false, ignore: .all, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("ignore-x86_64", shouldPanic: false, noRun: false, ignore: .some(["x86_64"]), testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("ignore-x86_64,ignore-arm", shouldPanic: false, noRun: false, ignore: .some(["x86_64", "arm"]), testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("ignore,ignore-arm", shouldPanic: false, noRun: false, ignore: .some(["arm"]), testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("no_run", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("should_panic", shouldPanic: true, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("compile_fail", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: true, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("compile_fail,E0123", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: true, standaloneCrate: false, errorCodes: ["E0123"], edition: nil, classes: [], unknown: []),
        Row("E0123", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: ["E0123"], edition: nil, classes: [], unknown: []),
        Row("E+123", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: ["E+123"], edition: nil, classes: [], unknown: []),
        Row("edition2018", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: "2018", classes: [], unknown: []),
        Row("edition2015", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: "2015", classes: [], unknown: []),
        Row("edition2024", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: "2024", classes: [], unknown: []),
        Row("edition2099", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("editionfuture", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: "future", classes: [], unknown: []),
        Row("rust2018", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("text,rust", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("rust,text", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("rust,c", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["c"]),
        Row("c,rust", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["c"]),
        Row("no_run,text", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("should_panic,text", shouldPanic: true, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("test_harness", shouldPanic: false, noRun: false, ignore: .none, testHarness: true, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("standalone_crate", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: true, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust wat", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["wat"]),
        Row("rust\tno_run", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust, no_run", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("{.foo}", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["foo"], unknown: []),
        Row("rust{.foo}", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["foo"], unknown: []),
        Row("rust {.foo .bar}", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["foo", "bar"], unknown: []),
        Row("{ .a .b }", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["a", "b"], unknown: []),
        Row("{class=foo}", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["foo"], unknown: []),
        Row("{class=\"a b\"}", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["a b"], unknown: []),
        Row("{.a} no_run", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["a"], unknown: []),
        Row("\"rust\"", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust,\"no_run\"", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust(comment here),no_run", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust,", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row(",rust", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("rust", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("no_run,{.x} test_harness", shouldPanic: false, noRun: true, ignore: .none, testHarness: true, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: ["x"], unknown: []),
        Row("{k=v}", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("ignore-", shouldPanic: false, noRun: false, ignore: .some([""]), testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
        Row("compile_fail,text", shouldPanic: false, noRun: true, ignore: .none, testHarness: false, compileFail: true, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("E0123,text", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: ["E0123"], edition: nil, classes: [], unknown: ["text"]),
        Row("test_harness,text", shouldPanic: false, noRun: false, ignore: .none, testHarness: true, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("standalone_crate,text", shouldPanic: false, noRun: false, ignore: .none, testHarness: false, compileFail: false, standaloneCrate: true, errorCodes: [], edition: nil, classes: [], unknown: ["text"]),
        Row("rust,ignore", shouldPanic: false, noRun: false, ignore: .all, testHarness: false, compileFail: false, standaloneCrate: false, errorCodes: [], edition: nil, classes: [], unknown: []),
    ]

    @Test(arguments: rustRows)
    func rustBlocksMatchRustdoc(_ row: Row) {
        #expect(LangString.parse(row.info) == row.expected)
    }

    static let nonRustInfoStrings: [String] = [
        "E012",
        "E0x12",
        "text",
        "c",
        "sh",
        "console",
        "text,no_run",
        "allow_fail",
        "wat",
        "ignore-x86_64,edition2018,E0123,{.foo}, class=bar, wat",
        "class=bar",
        "rust (comment",
        "rust.foo",
        "custom",
        "custom,{.x}",
        "compile-fail",
        "should-panic",
        "norun",
        "Rust",
        "RUST",
        "rust{",
        "{.}",
        "text,compile_fail",
        "text,E0123",
        "edition2018,text",
    ]

    @Test(arguments: nonRustInfoStrings)
    func nonRustBlocksProduceNoDoctest(_ info: String) {
        #expect(LangString.parse(info).rust == false)
    }

    /// The tokenizer stops at its first error; rustdoc then treats the whole block as non-Rust
    /// (the oracle warned "unexpected character `=`" for the first string).
    @Test func tokenizerErrorMakesBlockNonRust() {
        var tokenizer = LangStringTokenizer("ignore-x86_64,edition2018,E0123,{.foo}, class=bar, wat")
        var tokens: [LangStringTokenizer.Token] = []
        while let t = tokenizer.next() { tokens.append(t) }
        #expect(tokens == [.word("ignore-x86_64"), .word("edition2018"), .word("E0123"), .cssClass("foo")])
        #expect(tokenizer.hadError)
        #expect(tokenizer.errorMessage == "unexpected character `=`")
    }

    @Test func emptyInfoIsTheDefault() {
        #expect(LangString.parse("") == LangString())
    }
}
