import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// Paths of the package's fixtures, found from this file.
enum GenerateFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let casesTree = packageRoot + "/Fixtures/generate-cases"
    static let kunitDirectory = packageRoot + "/Fixtures/kunit"
    static let goldenDirectory = packageRoot + "/Tests/Golden/generate"
    /// rustdoc 1.95's `--output-format=doctest` for `Fixtures/generate-cases/rust/kernel/lib.rs`,
    /// run in that directory with the cfgs of its `.config` (`Fixtures/generate-cases/regenerate-oracle.sh`).
    static let oracleJSON = casesTree + "/rustdoc-doctests.json"

    /// A fresh directory; unique per call, as tests run in parallel.
    static func scratchDirectory(_ name: String) -> String {
        Scratch.directory("generate-\(name)")
    }
}

/// rustdoc's own doctests (the oracle), as `Doctest` values: lets the generator be tested on real
/// rustdoc output while the extraction pipeline is being written.
enum OracleDoctests {
    static func load(_ path: String = GenerateFixtures.oracleJSON) throws -> [Doctest] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(root["doctests"] as? [[String: Any]])
        return try entries.map(doctest)
    }

    static func doctest(_ entry: [String: Any]) throws -> Doctest {
        let file = try #require(entry["file"] as? String)
        let line = try #require(entry["line"] as? Int)
        let name = try #require(entry["name"] as? String)
        let a = try #require(entry["doctest_attributes"] as? [String: Any])
        var attributes = LangString()
        attributes.original = a["original"] as? String ?? ""
        attributes.shouldPanic = a["should_panic"] as? Bool ?? false
        attributes.noRun = a["no_run"] as? Bool ?? false
        attributes.rust = a["rust"] as? Bool ?? true
        attributes.testHarness = a["test_harness"] as? Bool ?? false
        attributes.compileFail = a["compile_fail"] as? Bool ?? false
        attributes.standaloneCrate = a["standalone_crate"] as? Bool ?? false
        if let ignore = a["ignore"] as? String {
            attributes.ignore = ignore == "All" ? .all : .none
        } else if let some = (a["ignore"] as? [String: Any])?["Some"] as? [String] {
            attributes.ignore = .some(some)
        }
        var prepared = PreparedCode(crateLevel: "", code: "", wrapper: nil)
        if let code = entry["doctest_code"] as? [String: Any] {
            prepared.crateLevel = code["crate_level"] as? String ?? ""
            prepared.code = code["code"] as? String ?? ""
            if let w = code["wrapper"] as? [String: Any] {
                prepared.wrapper = .init(before: w["before"] as? String ?? "", after: w["after"] as? String ?? "",
                                         returnsResult: w["returns_result"] as? Bool ?? false)
            }
        }
        return Doctest(file: file, line: line, rustdocLine: line, itemPath: itemPath(fromName: name, file: file),
                       attributes: attributes, originalCode: entry["original_code"] as? String ?? "", prepared: prepared)
    }

    /// `file - a::B<T>::c (line N)` → `["a", "B<T>", "c"]`. Splits on `::` outside `<...>`.
    static func itemPath(fromName name: String, file: String) -> [String] {
        var rest = Substring(name.dropFirst(file.count + 3))
        guard let open = rest.range(of: "(line ", options: .backwards) else { return [] }
        rest = rest[..<open.lowerBound]
        let path = rest.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return [] }
        var parts: [String] = []
        var current = ""
        var depth = 0
        var chars = Array(path)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" { depth += 1 } else if c == ">" { depth -= 1 }
            if c == ":", depth == 0, i + 1 < chars.count, chars[i + 1] == ":" {
                parts.append(current)
                current = ""
                i += 2
                continue
            }
            current.append(c)
            i += 1
        }
        parts.append(current)
        chars.removeAll()
        return parts
    }

    /// Whether each doctest's line holds a fence, read from the fixture tree.
    static func fenceLookup(tree: String = GenerateFixtures.casesTree) -> (Doctest) -> Bool {
        { doctest in
            guard let data = FileManager.default.contents(atPath: tree + "/" + doctest.file) else { return true }
            return LineIndex([UInt8](data)).hasFence(onLine: doctest.line)
        }
    }
}

@Test func oracleItemPathsAreSplitOutsideGenerics() {
    #expect(OracleDoctests.itemPath(fromName: "a.rs - sync::arc::Arc<T>::new (line 26)", file: "a.rs") == ["sync", "arc", "Arc<T>", "new"])
    #expect(OracleDoctests.itemPath(fromName: "a.rs - (line 5)", file: "a.rs") == [])
    #expect(OracleDoctests.itemPath(fromName: "a.rs - X<a::B> (line 5)", file: "a.rs") == ["X<a::B>"])
}

@Test func fenceLinesAreTellingFencedFromIndentedBlocks() throws {
    let doctests = try OracleDoctests.load()
    let fence = OracleDoctests.fenceLookup()
    // The indented example in sync/arc.rs (rustdoc reports its first code line, 64).
    let indented = try #require(doctests.first { $0.file == "rust/kernel/sync/arc.rs" && $0.line == 64 })
    #expect(fence(indented) == false)
    #expect(doctests.filter { !fence($0) }.count == 1)
}
