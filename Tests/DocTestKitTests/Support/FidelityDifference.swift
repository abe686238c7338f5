import Foundation
@testable import DocTestKit

/// One way kunitgen's extraction of a file differs from rustdoc's, named so that it can be listed
/// in the expectation file: `FILE:LINE: CATEGORY: ITEM`. LINE is rustdoc's line of the test
/// (for `extra`, kunitgen's `rustdocLine`; for `true-line`, kunitgen's true line); ITEM is the
/// item path of the test's name, `(crate)` for crate-level docs.
struct FidelityDifference: Hashable, Comparable, CustomStringConvertible {
    enum Category: String, CaseIterable, Comparable {
        /// rustdoc has the test, kunitgen has none that matches it (recall).
        case missing
        /// kunitgen has a test rustdoc does not (precision).
        case extra
        /// Same code and item, but `rustdocLine` is not rustdoc's line.
        case rustdocLine = "rustdoc-line"
        /// Same line, different name (item path).
        case name
        case attributes
        /// `original_code`: the code block's text as rustdoc read it.
        case code
        /// `doctest_code`: rustdoc's preparation (crate attributes, wrapper, or null when unparsable).
        case preparedCode = "prepared-code"
        /// Any other field, or the fields' order.
        case fields
        /// kunitgen's true line does not hold the block's opening fence (checked against the file).
        case trueLine = "true-line"

        static func < (a: Self, b: Self) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    var file: String
    var line: Int
    var category: Category
    var item: String

    var description: String { "\(file):\(line): \(category.rawValue): \(item)" }

    static func < (a: Self, b: Self) -> Bool {
        (a.file, a.line, a.category, a.item) < (b.file, b.line, b.category, b.item)
    }

    /// The item part of a rustdoc test name, `FILE - ITEM (line N)`; `(crate)` when empty.
    static func item(ofName name: String, file: String) -> String {
        var rest = Substring(name)
        if rest.hasPrefix(file + " - ") { rest = rest.dropFirst(file.count + 3) }
        if let range = rest.range(of: " (line ", options: .backwards) { rest = rest[..<range.lowerBound] }
        if rest.hasPrefix("(line ") { rest = "" }  // crate-level: `FILE - (line N)`
        let item = rest.trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? "(crate)" : item
    }
}

/// A difference and what both sides say, for the failure message.
struct ObservedDifference {
    var difference: FidelityDifference
    var detail: String
}
