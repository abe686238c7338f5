import Foundation

/// kunit_parser.py's `extract_tap_lines` and `LineStream`, over a stream of lines: nothing is
/// taken before a `KTAP version N` / `TAP version N` line (except `kunit executor:` errors); the
/// characters before `KTAP version` on that line are the prefix (dmesg timestamp, printk caller
/// id, `journalctl`/syslog date, host and `kernel:`), and as many characters are cut from every
/// later line; a `KTAP_END` line (`List of all partitions:`, `Kernel panic - not syncing: VFS:`,
/// `reboot: System halted`) ends the document. Unlike kunit.py, `nextDocument()` then goes on
/// looking for another version line: a module loaded after boot prints a document of its own.
final class KTAPLines {
    private let source: KTAPLineSource
    private var started = false
    private var prefixLength = 0
    private var documentOver = false
    private var lookahead: (number: Int, text: String, raw: String)?
    private var needNext = true
    private(set) var documentsStarted = 0
    var strayResultLines = 0
    var firstStrayResultLine: Int?

    init(_ source: KTAPLineSource) { self.source = source }

    var totalLines: Int { source.lineNumber }

    private func fetch() throws(KTAPReadError) -> (Int, String, String)? {
        guard !documentOver else { return nil }
        while let raw = try source.next() {
            let number = source.lineNumber
            let line = KTAPMatch.rstrip(raw)
            if !started {
                if let prefix = KTAPMatch.versionPrefix(line) {
                    prefixLength = prefix
                    started = true
                    documentsStarted += 1
                    return (number, KTAPMatch.dropCharacters(line, prefix), line)
                }
                if documentsStarted == 0, line.hasBytes("kunit executor: ") { return (number, line, line) }
                if KTAPMatch.isResultLike(line) {
                    strayResultLines += 1
                    if firstStrayResultLine == nil { firstStrayResultLine = number }
                }
                continue
            }
            if KTAPMatch.isEnd(line) { documentOver = true; return nil }
            return (number, KTAPMatch.dropCharacters(line, prefixLength), line)
        }
        return nil
    }

    private func getNext() throws(KTAPReadError) {
        guard needNext else { return }
        lookahead = try fetch()
        needNext = false
    }

    /// The current line ("" at the end), as `LineStream.peek`.
    func peek() throws(KTAPReadError) -> String {
        try getNext()
        return lookahead?.text ?? ""
    }

    func pop() throws(KTAPReadError) -> String {
        let s = try peek()
        needNext = true
        return s
    }

    /// Whether lines remain in this document (`bool(LineStream)`).
    func hasMore() throws(KTAPReadError) -> Bool {
        try getNext()
        return lookahead != nil
    }

    /// The log line of the current line (the last one read at the end).
    func lineNumber() throws(KTAPReadError) -> Int {
        try getNext()
        return lookahead?.number ?? source.lineNumber
    }

    /// Drops the rest of this document and looks for the next version line; true if found.
    func nextDocument() throws(KTAPReadError) -> Bool {
        started = false
        documentOver = false
        let before = documentsStarted
        if let seen = lookahead, !needNext, let prefix = KTAPMatch.versionPrefix(seen.raw) {
            // The next document's version line, already read.
            prefixLength = prefix
            started = true
            documentsStarted += 1
            lookahead = (seen.number, KTAPMatch.dropCharacters(seen.raw, prefix), seen.raw)
            return true
        }
        lookahead = nil
        needNext = true
        // A line already looked at and not consumed belongs to the finished document.
        try getNext()
        return lookahead != nil && documentsStarted > before
    }
}

/// The regular expressions of kunit_parser.py, by hand (each is documented with its pattern).
enum KTAPMatch {
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }

    /// Python's `str.rstrip()` (ASCII whitespace).
    static func rstrip(_ s: String) -> String {
        guard let last = s.utf8.last, (last >= 9 && last <= 13) || last == 32 else { return s }
        let scalars = s.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return end == scalars.endIndex ? s : String(scalars[..<end])
    }

    /// `s` without leading whitespace (the `^\s*` of every pattern).
    static func lstrip(_ s: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        var s = s
        while let f = s.first, isSpace(f) { s = s.dropFirst() }
        return s
    }

    static func allDigits<S: Collection>(_ s: S) -> Bool where S.Element == Unicode.Scalar {
        !s.isEmpty && s.allSatisfy { ("0"..."9").contains($0) }
    }

    /// `KTAP_START.search` / `TAP_START.search` (`\s*KTAP version ([0-9]+)$`): the prefix length
    /// in characters (before the first `KTAP version`, else the first `TAP version`), or nil.
    static func versionPrefix(_ line: String) -> Int? {
        for marker in ["KTAP version ", "TAP version "] {
            // Some occurrence must be followed by digits to the end of the line: the last one.
            guard let last = line.byteOffset(of: marker, last: true) else { continue }
            let tail = line.utf8.dropFirst(last + marker.utf8.count)
            guard !tail.isEmpty, tail.allSatisfy({ (48...57).contains($0) }) else { continue }
            let first = line.byteOffset(of: marker)!
            return String(decoding: line.utf8.prefix(first), as: UTF8.self).unicodeScalars.count
        }
        return nil
    }

    /// `KTAP_START.match` / `TAP_START.match`: the version number.
    static func version(_ line: String) -> (ktap: Bool, number: Int)? {
        let s = lstrip(Substring(line).unicodeScalars)
        for (marker, ktap) in [("KTAP version ", true), ("TAP version ", false)] {
            guard String(s).hasPrefix(marker) else { continue }
            let rest = s.dropFirst(marker.unicodeScalars.count)
            guard allDigits(rest) else { return nil }
            return (ktap, Int(String(rest)) ?? Int.max)
        }
        return nil
    }

    /// `KTAP_END.search`.
    static func isEnd(_ line: String) -> Bool {
        line.hasBytes("List of all partitions:") || line.hasBytes("Kernel panic - not syncing: VFS:")
            || line.hasBytes("reboot: System halted")
    }

    /// `TEST_HEADER` (`^\s*# Subtest: (.*)$`): the name.
    static func subtestHeader(_ line: String) -> String? {
        let s = String(lstrip(Substring(line).unicodeScalars))
        return s.hasPrefix("# Subtest: ") ? String(s.dropFirst("# Subtest: ".count)) : nil
    }

    /// `TEST_PLAN` (`^\s*1\.\.([0-9]+)`): the number of tests, at most `maximumPlan` (a plan no
    /// run can have; larger ones would overflow the arithmetic on test numbers).
    static func plan(_ line: String) -> Int? {
        let s = lstrip(Substring(line).unicodeScalars)
        guard String(s).hasPrefix("1..") else { return nil }
        let digits = s.dropFirst(3).prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return nil }
        return min(Int(String(digits)) ?? maximumPlan, maximumPlan)
    }

    static let maximumPlan = Int(Int32.max)

    static func isResultLike(_ line: String) -> Bool {
        guard let first = line.utf8.first(where: { !(($0 >= 9 && $0 <= 13) || $0 == 32) }),
              first == UInt8(ascii: "o") || first == UInt8(ascii: "n") else { return false }
        return result(line) != nil
    }

    struct Result {
        var ok: Bool
        var number: Int
        /// Group 4 of `TEST_RESULT`.
        var name: String
        /// Group 4, else group 5, of `TEST_RESULT_SKIP`, when that matches too.
        var skipName: String?
        /// Group 5 of `TEST_RESULT_SKIP`: why (when group 4 named the test).
        var skipReason: String?
    }

    /// `TEST_RESULT` = `^\s*(ok|not ok) ([0-9]+) ?(- )?([^#]*)( # .*)?$`, and
    /// `TEST_RESULT_SKIP` = `^\s*(ok|not ok) ([0-9]+) ?(- )?(.*) # SKIP ?(.*)$`, with Python's
    /// backtracking order: the optional space, then the optional `- `, are tried present first.
    static func result(_ line: String) -> Result? {
        var s = lstrip(Substring(line).unicodeScalars)
        let ok: Bool
        if String(s.prefix(3)) == "ok " { ok = true; s = s.dropFirst(3) }
        else if String(s.prefix(7)) == "not ok " { ok = false; s = s.dropFirst(7) }
        else { return nil }
        let digits = s.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return nil }
        let number = Int(String(digits)) ?? Int.max
        let rest = String(s.dropFirst(digits.count))
        // The remainders to try, in the regex engine's order.
        var candidates: [String] = []
        for space in [true, false] {
            var r = Substring(rest)
            if space { guard r.hasPrefix(" ") else { continue }; r = r.dropFirst() }
            if r.hasPrefix("- ") { candidates.append(String(r.dropFirst(2))) }
            candidates.append(String(r))
        }
        var name: String?
        for r in candidates {
            guard let hash = r.firstIndex(of: "#") else { name = r; break }
            // `[^#]*` stops at the first `#`; what follows must be ` # ...`: a space before it
            // (given back by the name) and one after.
            guard hash > r.startIndex, r[r.index(before: hash)] == " " else { continue }
            let after = r.index(after: hash)
            guard after < r.endIndex, r[after] == " " else { continue }
            name = String(r[..<r.index(before: hash)])
            break
        }
        guard let name else { return nil }
        var skipName: String?
        var skipReason: String?
        for r in candidates {
            guard let marker = r.byteOffset(of: " # SKIP", last: true) else { continue }
            let group4 = String(decoding: r.utf8.prefix(marker), as: UTF8.self)
            var group5 = Substring(String(decoding: r.utf8.dropFirst(marker + 7), as: UTF8.self))
            if group5.hasPrefix(" ") { group5 = group5.dropFirst() }
            skipName = group4.isEmpty ? String(group5) : group4
            if !group4.isEmpty, !group5.isEmpty { skipReason = String(group5) }
            break
        }
        return Result(ok: ok, number: number, name: name, skipName: skipName, skipReason: skipReason)
    }

    /// Whether a line is one `parse_diagnostic` stops at (decided by its first non-blank byte
    /// before any pattern is tried).
    static func isStructural(_ line: String) -> Bool {
        let u = line.utf8
        guard let first = u.first(where: { !(($0 >= 9 && $0 <= 13) || $0 == 32) }) else { return false }
        switch first {
        case UInt8(ascii: "o"), UInt8(ascii: "n"): return result(line) != nil
        case UInt8(ascii: "#"): return subtestHeader(line) != nil
        case UInt8(ascii: "K"), UInt8(ascii: "T"): return version(line) != nil
        case UInt8(ascii: "1"): return plan(line) != nil
        default: return false
        }
    }

    /// `line` without its first `count` characters.
    static func dropCharacters(_ line: String, _ count: Int) -> String {
        guard count > 0 else { return line }
        let u = line.utf8
        if u.prefix(count).allSatisfy({ $0 < 0x80 }) {
            return String(decoding: u.dropFirst(count), as: UTF8.self)
        }
        return String(line.unicodeScalars.dropFirst(count))
    }
}

/// Substring search on UTF-8 bytes (`memmem`): Foundation's `contains` / `range(of:)` went
/// through UTF-16 and were half the time of reading a log.
extension String {
    /// The UTF-8 offset of the first (or last) occurrence of `needle`.
    func byteOffset(of needle: String, last: Bool = false) -> Int? {
        var hay = self
        var pattern = needle
        return hay.withUTF8 { h in
            pattern.withUTF8 { n -> Int? in
                guard n.count > 0, h.count >= n.count, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
                var found: Int?
                var from = 0
                let lead = Int32(n[0])
                // memchr for the first byte, memcmp for the rest (memmem is a GNU extension).
                while from + n.count <= h.count, let p = memchr(hb + from, lead, h.count - n.count + 1 - from) {
                    let offset = UnsafeRawPointer(p) - UnsafeRawPointer(hb)
                    if memcmp(hb + offset, nb, n.count) == 0 {
                        found = offset
                        if !last { break }
                    }
                    from = offset + 1
                }
                return found
            }
        }
    }

    func hasBytes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// The text after the first occurrence of `needle`.
    func after(_ needle: String) -> String? {
        guard let offset = byteOffset(of: needle) else { return nil }
        return String(decoding: utf8.dropFirst(offset + needle.utf8.count), as: UTF8.self)
    }
}
