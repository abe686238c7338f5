@testable import DocTestKit

/// For doctests built from rustdoc's JSON, which does not say whether a block was fenced: the
/// pipeline itself carries `Doctest.isFenced` from the code block.
extension LineIndex {
    /// Whether 1-based `line` contains a code fence (three backticks or tildes): a fenced
    /// block's reported line is its fence, an indented block's its first code line.
    func hasFence(onLine line: Int) -> Bool {
        guard line >= 1, line <= starts.count else { return true }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] : bytes.count
        var run = 0
        var previous: UInt8 = 0
        for b in bytes[start..<end] {
            if (b == 0x60 || b == 0x7E) && (run == 0 || b == previous) { run += 1 } else { run = (b == 0x60 || b == 0x7E) ? 1 : 0 }
            previous = b
            if run >= 3 { return true }
        }
        return false
    }
}
