import Foundation

/// rustdoc's `map_line(..).for_code()` (`src/librustdoc/html/markdown.rs`): how one line of a
/// code block reads in the doctest. Lines are trimmed of Unicode `White_Space` (Rust's
/// `str::trim`) only to classify them:
/// - `## x` (after trimming) is shown with its first `##` turned into `#` (indentation kept);
/// - `# x` is hidden from the docs but kept in the test as the trimmed `x`;
/// - a lone `#` becomes an empty line;
/// - anything else (`#[attr]`, `#![attr]`, `#x`, `#\tx`) is kept unchanged.
///
/// Works on UTF-8 bytes (Rust compares bytes too): a combining mark after `# ` stays apart from
/// the space, where Swift `Character`s would merge them.
enum HiddenLines {
    /// The block text (lines joined by "\n") with every line mapped.
    static func codeText(_ text: String) -> String {
        String(decoding: codeBytes(text), as: UTF8.self)
    }

    /// `codeText` as bytes. Lines split where Swift's `split(separator: "\n")` splits a `String`:
    /// at every "\n" not preceded by "\r" (Swift reads "\r\n" as one `Character`).
    /// Only lines whose first non-blank byte is `#` can change: the rest is copied in runs.
    static func codeBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            let n = bytes.count
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var copied = 0, start = 0
            while true {
                var end = n, from = start
                while from < n, let hit = memchr(base + from, 10, n - from) {
                    let k = UnsafeRawPointer(base).distance(to: hit)
                    if k == 0 || bytes[k - 1] != 13 { end = k; break }
                    from = k + 1
                }
                var first = start
                while first < end, bytes[first] < 0x80, isASCIIWhitespace(bytes[first]) { first += 1 }
                if first < end, bytes[first] >= 0x80 { first = trimmedBounds(bytes, start, end).0 }
                if first < end, bytes[first] == UInt8(ascii: "#") {
                    out.append(contentsOf: bytes[copied..<start])
                    appendCodeLine(bytes, start, end, to: &out)
                    copied = end
                }
                if end == n { break }
                start = end + 1
            }
            out.append(contentsOf: bytes[copied..<n])
            return out
        }
    }

    /// Appends the mapped line `bytes[start..<end]`.
    static func appendCodeLine<C: RandomAccessCollection<UInt8>>(
        _ bytes: C, _ start: Int, _ end: Int, to out: inout [UInt8]
    ) where C.Index == Int {
        let (lo, hi) = trimmedBounds(bytes, start, end)
        guard lo < hi, bytes[lo] == UInt8(ascii: "#") else {
            out.append(contentsOf: bytes[start..<end])
            return
        }
        if hi - lo == 1 { return }  // a lone `#`
        switch bytes[lo + 1] {
        case UInt8(ascii: "#"):
            // The first `#` of the line is at `lo` (only whitespace precedes it): drop the second.
            out.append(contentsOf: bytes[start...lo])
            out.append(contentsOf: bytes[(lo + 2)..<end])
        case UInt8(ascii: " "):
            out.append(contentsOf: bytes[(lo + 2)..<hi])
        default:
            out.append(contentsOf: bytes[start..<end])
        }
    }

    /// Rust's `str::trim` (strips characters with the Unicode `White_Space` property): the byte
    /// bounds of `bytes[start..<end]` trimmed (`lo == hi` when blank).
    /// The bytes are valid UTF-8 (they come from a `String`).
    static func trimmedBounds<C: RandomAccessCollection<UInt8>>(
        _ bytes: C, _ start: Int, _ end: Int
    ) -> (Int, Int) where C.Index == Int {
        var lo = start
        while lo < end {
            let b = bytes[lo]
            if b < 0x80 {
                guard isASCIIWhitespace(b) else { break }
                lo += 1
            } else {
                var next = lo + 1
                while next < end, bytes[next] & 0xC0 == 0x80 { next += 1 }
                guard isWhitespaceScalar(bytes, lo, next) else { break }
                lo = next
            }
        }
        var hi = end
        while hi > lo {
            let b = bytes[hi - 1]
            if b < 0x80 {
                guard isASCIIWhitespace(b) else { break }
                hi -= 1
            } else {
                var first = hi - 1
                while first > lo, bytes[first] & 0xC0 == 0x80 { first -= 1 }
                guard isWhitespaceScalar(bytes, first, hi) else { break }
                hi = first
            }
        }
        return (lo, hi)
    }

    @inline(__always) static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 32 || (b >= 9 && b <= 13)
    }

    /// Whether the non-ASCII scalar encoded in `bytes[start..<end]` has `White_Space`.
    private static func isWhitespaceScalar<C: RandomAccessCollection<UInt8>>(
        _ bytes: C, _ start: Int, _ end: Int
    ) -> Bool where C.Index == Int {
        // Every non-ASCII `White_Space` scalar is encoded with a lead byte C2, E1, E2 or E3.
        let lead = bytes[start]
        guard lead == 0xC2 || (lead >= 0xE1 && lead <= 0xE3) else { return false }
        var value = UInt32(lead) & (lead >= 0xE0 ? 0x0F : 0x1F)
        for k in (start + 1)..<end { value = value << 6 | UInt32(bytes[k] & 0x3F) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
