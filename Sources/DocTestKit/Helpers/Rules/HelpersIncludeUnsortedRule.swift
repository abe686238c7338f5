/// helpers.c's header comment says "Sorted alphabetically."; an include out of order makes merge
/// conflicts and duplicates likelier. Names compare without `.c`, so `dma.c` sorts before `dma-resv.c`.
public struct HelpersIncludeUnsortedRule: HelperRule {
    public init() {}
    public let id = "helpers-include-unsorted"
    public let description = "helpers.c's `#include`s must be in the alphabetical order its header comment promises."
    public let severity = Severity.warning

    public var triggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath,
                 "/*\n * Sorted alphabetically.\n */\n#define __rust_helper __always_inline\n#include \"err.c\"\n↓#include \"irq.c\"\n#include \"fs.c\"\n#include \"io.c\"\n"),
                ("rust/helpers/err.c", ""), ("rust/helpers/fs.c", ""), ("rust/helpers/io.c", ""), ("rust/helpers/irq.c", ""),
            ]),
        ]
    }

    public var nonTriggeringExamples: [HelperRuleExample] {
        [
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath,
                 "/*\n * Sorted alphabetically.\n */\n#define __rust_helper __always_inline\n#include \"dma.c\"\n#include \"dma-resv.c\"\n#include \"drm.c\"\n"),
                ("rust/helpers/dma.c", ""), ("rust/helpers/dma-resv.c", ""), ("rust/helpers/drm.c", ""),
            ]),
            // No promise, no rule.
            HelperRuleExample(files: [
                (HelperRuleExample.aggregatePath, "#define __rust_helper __always_inline\n#include \"b.c\"\n#include \"a.c\"\n"),
                ("rust/helpers/a.c", ""), ("rust/helpers/b.c", ""),
            ]),
        ]
    }

    /// Reports the fewest includes whose moving sorts the list: those outside a longest
    /// non-decreasing run (so one include in the wrong place is one finding, not one per neighbour).
    public func check(_ context: HelperRuleContext) -> [Finding] {
        guard let aggregate = context.scan.aggregate,
              aggregate.headerComment.lowercased().contains("sorted") else { return [] }
        let includes = aggregate.includes
        let keys = includes.map { Self.key($0.name) }
        let inOrder = Self.longestNonDecreasing(keys)
        let sorted = keys.sorted()
        return includes.indices.filter { !inOrder.contains($0) }.map { k in
            let include = includes[k]
            let place = sorted.firstIndex(of: keys[k]) ?? 0
            let after = place > 0 ? includes.first { Self.key($0.name) == sorted[place - 1] }?.name : nil
            let where_ = after.map { "after `#include \"\($0)\"`" } ?? "to the top of the list"
            return Finding(
                location: SourceLocation(path: aggregate.path, line: include.line, column: include.column),
                severity: severity, ruleID: id,
                message: "'\(include.name)' is out of alphabetical order" + (after.map { ": it belongs after '\($0)'" } ?? ""),
                fix: "move `#include \"\(include.name)\"` \(where_)")
        }
    }

    /// Indices of a longest non-decreasing subsequence (the earliest-ending one on ties).
    static func longestNonDecreasing(_ names: [String]) -> Set<Int> {
        guard !names.isEmpty else { return [] }
        // Ranks instead of strings: the quadratic loop compares integers.
        let order = Array(Set(names)).sorted()
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let keys = names.map { rank[$0] ?? 0 }
        var length = [Int](repeating: 1, count: keys.count)
        var previous = [Int](repeating: -1, count: keys.count)
        for k in keys.indices {
            for j in 0..<k where keys[j] <= keys[k] && length[j] + 1 > length[k] {
                length[k] = length[j] + 1
                previous[k] = j
            }
        }
        var k = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) } ?? 0
        var result = Set<Int>()
        while k >= 0 { result.insert(k); k = previous[k] }
        return result
    }

    static func key(_ name: String) -> String { name.hasSuffix(".c") ? String(name.dropLast(2)) : name }
}
