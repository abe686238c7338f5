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
                    return (number, String(line.unicodeScalars.dropFirst(prefix)), line)
                }
                if documentsStarted == 0, line.contains("kunit executor: ") { return (number, line, line) }
                if KTAPMatch.isResultLike(line) {
                    strayResultLines += 1
                    if firstStrayResultLine == nil { firstStrayResultLine = number }
                }
                continue
            }
            if KTAPMatch.isEnd(line) { documentOver = true; return nil }
            return (number, String(line.unicodeScalars.dropFirst(prefixLength)), line)
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
            lookahead = (seen.number, String(seen.raw.unicodeScalars.dropFirst(prefix)), seen.raw)
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
        for marker in ["KTAP version ", "TAP version "] where line.contains(marker) {
            // Some occurrence must be followed by digits to the end of the line.
            let parts = line.components(separatedBy: marker)
            guard let last = parts.last, allDigits(last.unicodeScalars) else { continue }
            return parts[0].unicodeScalars.count
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
        line.contains("List of all partitions:") || line.contains("Kernel panic - not syncing: VFS:")
            || line.contains("reboot: System halted")
    }

    /// `TEST_HEADER` (`^\s*# Subtest: (.*)$`): the name.
    static func subtestHeader(_ line: String) -> String? {
        let s = String(lstrip(Substring(line).unicodeScalars))
        return s.hasPrefix("# Subtest: ") ? String(s.dropFirst("# Subtest: ".count)) : nil
    }

    /// `TEST_PLAN` (`^\s*1\.\.([0-9]+)`): the number of tests.
    static func plan(_ line: String) -> Int? {
        let s = lstrip(Substring(line).unicodeScalars)
        guard String(s).hasPrefix("1..") else { return nil }
        let digits = s.dropFirst(3).prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return nil }
        return Int(String(digits)) ?? Int.max
    }

    static func isResultLike(_ line: String) -> Bool { result(line) != nil }

    struct Result {
        var ok: Bool
        var number: Int
        /// Group 4 of `TEST_RESULT`.
        var name: String
        /// Group 4, else group 5, of `TEST_RESULT_SKIP`, when that matches too.
        var skipName: String?
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
        for r in candidates {
            guard let marker = r.range(of: " # SKIP", options: .backwards) else { continue }
            let group4 = String(r[..<marker.lowerBound])
            var group5 = r[marker.upperBound...]
            if group5.hasPrefix(" ") { group5 = group5.dropFirst() }
            skipName = group4.isEmpty ? String(group5) : group4
            break
        }
        return Result(ok: ok, number: number, name: name, skipName: skipName)
    }

    /// Whether a line is one `parse_diagnostic` stops at.
    static func isStructural(_ line: String) -> Bool {
        result(line) != nil || subtestHeader(line) != nil || version(line) != nil || plan(line) != nil
    }
}
