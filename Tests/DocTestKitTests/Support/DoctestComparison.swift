@testable import DocTestKit

/// Field-by-field comparison of kunitgen's doctests with rustdoc's JSON entries, producing
/// readable mismatch lines: which file, which test, which field, both values.
enum DoctestComparison {
    /// kunitgen's entry as rustdoc would print it: rustdoc's line (`rustdocLine`) and the name
    /// computed from that line, everything else as extracted.
    static func rustdocView(of test: Doctest) throws -> JSONTree {
        var shown = test
        shown.line = test.rustdocLine
        return try JSONTree.parse(RustdocJSON.entry(shown).compact)
    }

    static func label(_ file: String, _ index: Int, _ entry: JSONTree?) -> String {
        let name = entry?["name"]?.stringValue ?? "?"
        return "\(file): test #\(index + 1) [\(name)]"
    }

    /// Mismatches between `ours` and `oracle` (both in source order). When the counts differ the
    /// missing and extra tests are listed by line, and tests are paired by rustdoc line.
    static func mismatches(file: String, ours: [Doctest], oracle: [JSONTree]) throws -> [String] {
        var problems: [String] = []
        let oursView = try ours.map(rustdocView)
        var pairs: [(Int, JSONTree, JSONTree)] = []
        if oursView.count == oracle.count {
            for i in oracle.indices { pairs.append((i, oursView[i], oracle[i])) }
        } else {
            let describe: ([JSONTree]) -> String = { entries in
                entries.map { "line \($0["line"]?.description ?? "?"): \($0["name"]?.stringValue ?? "?")" }
                    .joined(separator: "\n    ")
            }
            problems.append("""
                \(file): rustdoc finds \(oracle.count) doctests, kunitgen \(oursView.count).
                  rustdoc:
                    \(describe(oracle))
                  kunitgen (rustdoc lines):
                    \(describe(oursView))
                """)
            var used = Set<Int>()
            for (i, theirs) in oracle.enumerated() {
                if let j = oursView.indices.first(where: { !used.contains($0) && oursView[$0]["line"] == theirs["line"] }) {
                    used.insert(j)
                    pairs.append((i, oursView[j], theirs))
                }
            }
        }
        for (index, mine, theirs) in pairs {
            compare(mine, theirs, path: "", label: label(file, index, theirs), into: &problems)
        }
        return problems
    }

    /// Compares two JSON values; objects member by member (and their key order), recursively.
    static func compare(_ mine: JSONTree, _ theirs: JSONTree, path: String, label: String, into problems: inout [String]) {
        if case .object(let theirMembers) = theirs, case .object = mine {
            for member in theirMembers {
                let field = path.isEmpty ? member.key : "\(path).\(member.key)"
                guard let value = mine[member.key] else {
                    problems.append("\(label): field `\(field)` missing from kunitgen's entry (rustdoc: \(member.value))")
                    continue
                }
                compare(value, member.value, path: field, label: label, into: &problems)
            }
            let extra = mine.keys.filter { theirs[$0] == nil }
            if !extra.isEmpty {
                problems.append("\(label): kunitgen has fields rustdoc lacks in `\(path)`: \(extra)")
            } else if mine.keys != theirs.keys {
                problems.append("\(label): field order of `\(path.isEmpty ? "entry" : path)` differs:\n    rustdoc:  \(theirs.keys)\n    kunitgen: \(mine.keys)")
            }
            return
        }
        guard mine != theirs else { return }
        problems.append("""
            \(label): field `\(path)` differs
                rustdoc:  \(theirs)
                kunitgen: \(mine)
            """)
    }
}
