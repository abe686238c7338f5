@testable import DocTestKit

/// kunitgen's doctests of one file against rustdoc's, as classified differences (see
/// `FidelityDifference`) and the counts the corpus summary adds up.
struct FileFidelity {
    var file: String
    var rustdocTests = 0
    var kunitgenTests = 0
    /// rustdoc tests paired with one of kunitgen's (by line and name, by line, or by code).
    var paired = 0
    /// Paired tests whose `rustdocLine` is rustdoc's line.
    var sameLine = 0
    /// Paired tests with the same `original_code` and `doctest_code`.
    var sameCode = 0
    /// Paired tests equal in every field.
    var identical = 0
    /// Paired tests where rustdoc's line is not the fence's (and kunitgen's `rustdocLine` is rustdoc's).
    var rustdocLineWrong = 0
    var differences: [ObservedDifference] = []
    /// kunitgen's findings that say the file is not valid Rust (`syntax-error`, `lex-error`,
    /// `cfg-unparsable`), gcc style: none is right for a kernel that builds.
    var readErrors: [String] = []

    /// Compares `ours` (file set to `file`) with rustdoc's entries for `file`. `lines` are the
    /// file's lines, for the true-line check.
    init(file: String, ours: [Doctest], oracle: [JSONTree], lines: [String]) throws {
        self.file = file
        rustdocTests = oracle.count
        kunitgenTests = ours.count
        let views = try ours.map(DoctestComparison.rustdocView)
        var used = [Bool](repeating: false, count: views.count)
        var partner = [Int?](repeating: nil, count: oracle.count)
        // Pair in three passes, strictest first, so a shifted line or renamed item is reported as
        // that one difference rather than as a missing test plus an extra one.
        let passes: [(JSONTree, JSONTree) -> Bool] = [
            { $0["line"] == $1["line"] && $0["name"] == $1["name"] },
            { $0["line"] == $1["line"] },
            { $0["original_code"] == $1["original_code"]
                && Self.item($0, file) == Self.item($1, file) },
        ]
        for matches in passes {
            for (i, theirs) in oracle.enumerated() where partner[i] == nil {
                if let j = views.indices.first(where: { !used[$0] && matches(views[$0], theirs) }) {
                    used[j] = true
                    partner[i] = j
                }
            }
        }
        for (i, theirs) in oracle.enumerated() {
            guard let j = partner[i] else {
                note(.missing, theirs, "rustdoc's test \(theirs["name"]?.description ?? "?") has no counterpart in kunitgen's")
                continue
            }
            paired += 1
            comparePair(views[j], theirs)
            if ours[j].line != ours[j].rustdocLine, views[j]["line"] == theirs["line"] { rustdocLineWrong += 1 }
        }
        for (j, view) in views.enumerated() where !used[j] {
            note(.extra, view, "kunitgen's test \(view["name"]?.description ?? "?") (true line \(ours[j].line)) is not rustdoc's")
        }
        for test in ours {
            let text = test.line >= 1 && test.line <= lines.count ? lines[test.line - 1] : "<outside the file>"
            let firstCode = test.originalCode.split(separator: "\n").first.map(String.init) ?? ""
            if !Fixtures.isStartLine(text, firstCodeLine: firstCode) {
                differences.append(ObservedDifference(
                    difference: FidelityDifference(file: file, line: test.line, category: .trueLine,
                                                   item: FidelityDifference.item(ofName: test.name, file: file)),
                    detail: "true line \(test.line) does not open the block: \(String(reflecting: text))"))
            }
        }
    }

    static func item(_ entry: JSONTree, _ file: String) -> String {
        FidelityDifference.item(ofName: entry["name"]?.stringValue ?? "", file: file)
    }

    private mutating func note(_ category: FidelityDifference.Category, _ entry: JSONTree, _ detail: String) {
        let difference = FidelityDifference(file: file, line: entry["line"]?.intValue ?? 0, category: category,
                                            item: Self.item(entry, file))
        differences.append(ObservedDifference(difference: difference, detail: detail))
    }

    /// Field by field, each top-level field its own category (`DoctestComparison` words the detail).
    private mutating func comparePair(_ mine: JSONTree, _ theirs: JSONTree) {
        var allEqual = true
        var codeEqual = true
        for key in Set(mine.keys + theirs.keys).sorted() {
            var problems: [String] = []
            switch (mine[key], theirs[key]) {
            case (let a?, let b?): DoctestComparison.compare(a, b, path: key, label: "", into: &problems)
            case (nil, let b?): problems.append("field `\(key)` missing from kunitgen's entry (rustdoc: \(b))")
            case (let a?, nil): problems.append("kunitgen has field `\(key)` rustdoc lacks (\(a))")
            case (nil, nil): break
            }
            guard !problems.isEmpty else { continue }
            allEqual = false
            let category: FidelityDifference.Category
            switch key {
            case "line": category = .rustdocLine
            case "name": category = mine["line"] == theirs["line"] ? .name : .rustdocLine
            case "doctest_attributes": category = .attributes
            case "original_code": category = .code
            case "doctest_code": category = .preparedCode
            default: category = .fields
            }
            if category == .code || category == .preparedCode { codeEqual = false }
            // A shifted line also changes the name: one difference, not two.
            if key == "name", category == .rustdocLine { continue }
            note(category, theirs, problems.map { String($0.trimmingPrefix(": ")) }.joined(separator: "\n"))
        }
        if mine.keys != theirs.keys, allEqual {
            allEqual = false
            note(.fields, theirs, "field order differs: rustdoc \(theirs.keys), kunitgen \(mine.keys)")
        }
        if mine["line"] == theirs["line"] { sameLine += 1 }
        if codeEqual { sameCode += 1 }
        if allEqual { identical += 1 }
    }
}
