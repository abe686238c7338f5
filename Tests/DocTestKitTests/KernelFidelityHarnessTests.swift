import Testing
@testable import DocTestKit

/// Checks of the kernel fidelity tier's own machinery (digest, pairing, expectation list), so that
/// a bug there cannot make the tier pass silently.
@Suite("Kernel fidelity harness")
struct KernelFidelityHarnessTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var hasher = SHA256()
        hasher.update("abcdbcdecdefdefgefghfghighij")
        hasher.update("hijkijkljklmklmnlmnomnopnopq")
        #expect(hasher.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    static func test(line: Int, rustdocLine: Int? = nil, item: [String], code: String) -> Doctest {
        Doctest(file: "a.rs", line: line, rustdocLine: rustdocLine ?? line, itemPath: item, attributes: LangString(),
                originalCode: code,
                prepared: PreparedCode(crateLevel: "#![allow(unused)]\n", code: code,
                                       wrapper: .init(before: "fn main() {\n", after: "\n}", returnsResult: false)))
    }

    static func oracle(_ tests: [Doctest]) throws -> [JSONTree] { try tests.map(DoctestComparison.rustdocView) }

    @Test func pairingNamesEachKindOfDifference() throws {
        let lines = (1...20).map { _ in "/// ```" }
        let theirs = try Self.oracle([
            Self.test(line: 2, item: ["f"], code: "a"),          // same in both
            Self.test(line: 5, item: ["g"], code: "b"),          // kunitgen: rustdocLine 6
            Self.test(line: 9, item: ["h"], code: "c"),          // kunitgen: other code
            Self.test(line: 12, item: ["i"], code: "d"),         // kunitgen: none
        ])
        let ours = [
            Self.test(line: 2, item: ["f"], code: "a"),
            Self.test(line: 6, item: ["g"], code: "b"),
            Self.test(line: 9, item: ["h"], code: "c2"),
            Self.test(line: 15, item: [], code: "e"),            // rustdoc: none
        ]
        let fidelity = try FileFidelity(file: "a.rs", ours: ours, oracle: theirs, lines: lines)
        #expect(fidelity.differences.map(\.difference.description) == [
            "a.rs:5: rustdoc-line: g", "a.rs:9: prepared-code: h", "a.rs:9: code: h",
            "a.rs:12: missing: i", "a.rs:15: extra: (crate)",
        ])
        #expect((fidelity.paired, fidelity.sameLine, fidelity.sameCode, fidelity.identical) == (3, 2, 2, 1))
    }

    @Test func trueLinesMustHoldTheFence() throws {
        let lines = ["/// text", "/// ```", "/// let x = 1;", "/// ```"]
        let ours = [Self.test(line: 1, rustdocLine: 2, item: ["f"], code: "let x = 1;")]
        let fidelity = try FileFidelity(file: "a.rs", ours: ours, oracle: try Self.oracle([Self.test(line: 2, item: ["f"], code: "let x = 1;")]), lines: lines)
        #expect(fidelity.differences.map(\.difference.description) == ["a.rs:1: true-line: f"])
    }

    @Test func expectationsReportUnlistedAndStaleLines() throws {
        let a = FidelityExpectations.parse("a.rs:5: missing: S<T>::f: why", lineNumber: 3)
        #expect(a?.difference == FidelityDifference(file: "a.rs", line: 5, category: .missing, item: "S<T>::f"))
        #expect(a?.reason == "why")
        #expect(FidelityExpectations.parse("a.rs:5: missing: S<T>::f: ", lineNumber: 1) == nil)  // no reason
        #expect(FidelityExpectations.parse("a.rs:5: vanished: f: why", lineNumber: 1) == nil)   // no such category
        #expect(FidelityDifference.item(ofName: "a.rs - (line 3)", file: "a.rs") == "(crate)")
        #expect(FidelityDifference.item(ofName: "a.rs - m::S<u8,N>::new (line 3)", file: "a.rs") == "m::S<u8,N>::new")

        var expected = try FidelityExpectations(path: KernelCorpus.expectationsDirectory + "/fidelity-7.1.5-expected.txt")
        expected.entries = [a!, a!, FidelityExpectations.parse("b.rs:1: extra: g: gone", lineNumber: 4)!]
        let seen = ObservedDifference(difference: a!.difference, detail: "")
        let other = ObservedDifference(difference: FidelityDifference(file: "c.rs", line: 2, category: .code, item: "h"), detail: "")
        let (unexpected, stale) = expected.unexpectedAndStale([seen, seen, seen, other])
        #expect(unexpected.map(\.difference.description) == ["a.rs:5: missing: S<T>::f", "c.rs:2: code: h"])
        #expect(stale.map(\.lineNumber) == [4])
    }
}
