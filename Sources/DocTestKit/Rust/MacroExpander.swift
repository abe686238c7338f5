/// Expands a same-file `macro_rules!` invocation textually, as far as doc comments need:
/// the first arm whose matcher matches (literal tokens, `$x:frag`, `$(..) sep op` repetitions)
/// is transcribed with `$x` substituted and `$crate` → `crate`. The result is Rust text with one
/// token per line plus, for each line, the true source line it came from.
struct MacroExpander {
    /// The invocation's tokens (the input).
    let cursor: TokenCursor
    /// The tokens of the definition being expanded (matchers and transcribers): another
    /// scanner's when the definition was read at another expansion depth.
    let def: TokenCursor
    /// Body tokens' lines are true lines of the file while the input's are lines of an
    /// expansion's text: such lines are written negated (see `ItemScanner.scan`), so that every
    /// level of expansion passes them through unchanged.
    let bodyLinesAreAbsolute: Bool

    init(cursor: TokenCursor, definition: TokenCursor? = nil, bodyLinesAreAbsolute: Bool = false) {
        self.cursor = cursor
        self.def = definition ?? cursor
        self.bodyLinesAreAbsolute = bodyLinesAreAbsolute
    }

    indirect enum Binding {
        case tokens(Range<Int>)
        /// A doc comment matched by `#[$m:meta]`: rustc sees it as `doc = r"..."`.
        case docComment(Int)
        case repeated([Binding])
    }

    struct Expansion {
        /// The Rust text, as UTF-8.
        var bytes: [UInt8]
        /// True source line of each line of `text` (0-based index).
        var lines: [Int]
        /// For each line of `text`: it comes from the macro body (not the invocation's input).
        var fromBody: [Bool]
    }

    func expand(_ definition: MacroDefinition, argumentsOpen open: Int) -> Expansion? {
        let argsEnd = cursor.afterGroup(open) - 1
        for arm in definition.arms {
            let matcherEnd = def.afterGroup(arm.matcher) - 1
            var bindings: [String: Binding] = [:]
            guard let next = match(arm.matcher + 1, matcherEnd, open + 1, argsEnd, &bindings), next == argsEnd else { continue }
            var out = Expansion(bytes: [], lines: [], fromBody: [])
            transcribe(arm.body + 1, def.afterGroup(arm.body) - 1, bindings, [], &out)
            return out
        }
        return nil
    }

    /// The tokens of a `paste! { .. }` group (`open` is its bracket) as `paste` emits them: each
    /// `[< .. >]` one identifier made of its parts (`:lower`/`:upper` applied), everything else
    /// unchanged. paste keeps its input's spans, so no line comes "from a body".
    func pasted(open: Int) -> Expansion {
        var out = Expansion(bytes: [], lines: [], fromBody: [])
        let close = cursor.afterGroup(open) - 1
        var k = open + 1
        while k < close {
            if cursor.isPunct(k, "["), cursor.isPunct(k + 1, "<") {
                var name = ""
                var j = k + 2
                while j < close, !(cursor.isPunct(j, ">") && cursor.isPunct(j + 1, "]")) {
                    if cursor.isPunct(j, ":"), j + 1 < close, cursor.isIdentifier(j + 1) {
                        switch cursor.text(j + 1) {
                        case "lower": name = name.lowercased()
                        case "upper": name = name.uppercased()
                        default: break
                        }
                        j += 2
                        continue
                    }
                    var part = cursor.text(j)
                    if cursor.tokens[j].kind == .string, part.hasPrefix("\""), part.hasSuffix("\""), part.count >= 2 {
                        part = String(part.dropFirst().dropLast())
                    }
                    name += part.hasPrefix("r#") ? String(part.dropFirst(2)) : part
                    j += 1
                }
                if j < close {
                    appendText(name, line: cursor.line(k), fromBody: false, &out)
                    k = j + 2
                    continue
                }
            }
            append(k, from: cursor, fromBody: false, &out)
            k += 1
        }
        return out
    }

    // MARK: matching

    /// Matches matcher tokens `m..<mEnd` against input `i..<iEnd`; returns the input index reached.
    private func match(_ m: Int, _ mEnd: Int, _ i: Int, _ iEnd: Int, _ bindings: inout [String: Binding]) -> Int? {
        var m = m, i = i
        while m < mEnd {
            if def.isPunct(m, "$"), def.isPunct(m + 1, "(") {
                let groupEnd = def.afterGroup(m + 1) - 1
                var k = groupEnd + 1
                var separator: Int?
                if !(def.isPunct(k, "*") || def.isPunct(k, "+") || def.isPunct(k, "?")) { separator = k; k += 1 }
                let op = def.text(k)
                var iterations: [[String: Binding]] = []
                while i < iEnd {
                    var start = i
                    if let sep = separator, !iterations.isEmpty {
                        guard cursor.text(start) == def.text(sep) else { break }
                        start += 1
                    }
                    var one: [String: Binding] = [:]
                    guard let reached = match(m + 2, groupEnd, start, iEnd, &one), reached > start else { break }
                    iterations.append(one)
                    i = reached
                    if op == "?" { break }
                }
                if op == "+" && iterations.isEmpty { return nil }
                for name in Set(iterations.flatMap(\.keys)) {
                    bindings[name] = .repeated(iterations.map { $0[name] ?? .tokens(0..<0) })
                }
                if iterations.isEmpty { for name in fragmentNames(m + 2, groupEnd) { bindings[name] = .repeated([]) } }
                m = k + 1
                continue
            }
            if def.isPunct(m, "$"), def.isIdentifier(m + 1), def.isPunct(m + 2, ":"), def.isIdentifier(m + 3) {
                let name = def.text(m + 1)
                let kind = def.text(m + 3)
                m += 4
                let start = i
                switch kind {
                case "ident", "lifetime", "literal", "tt":
                    guard i < iEnd else { return nil }
                    // A negative literal is two tokens.
                    if kind == "literal", cursor.isPunct(i, "-") { i += 1 }
                    i = cursor.afterGroup(i)
                case "ty", "path":
                    // rustc parses exactly one type (path): `$($t:ty)*` over `u8 u16` is two.
                    guard let reached = kind == "ty" ? FragmentParser(cursor: cursor).type(i, iEnd)
                                                     : FragmentParser(cursor: cursor).path(i, iEnd, allowSugar: false) else { return nil }
                    i = reached
                default:
                    // Greedy up to the next literal matcher token at depth 0 (or the end).
                    let stop = m < mEnd && !def.isPunct(m, "$") ? def.text(m) : nil
                    if let stop {
                        while i < iEnd, cursor.text(i) != stop { i = cursor.afterGroup(i) }
                    } else {
                        // Without a following literal the fragment ends where a separator could.
                        let angles = kind == "ty" || kind == "path"
                        i = min(cursor.findComma(from: i, end: iEnd, angles: angles), firstSemicolon(i, iEnd))
                    }
                    if kind != "vis", i == start { return nil }
                }
                bindings[name] = .tokens(start..<min(i, iEnd))
                continue
            }
            // A doc comment in the input matches `#[$name:meta]` (and `#![$name:meta]`).
            if def.isPunct(m, "#"), i < iEnd, cursor.tokens[i].kind == .outerDoc || cursor.tokens[i].kind == .innerDoc {
                var g = m + 1
                if cursor.tokens[i].kind == .innerDoc {
                    guard def.isPunct(g, "!") else { return nil }
                    g += 1
                }
                guard def.isPunct(g, "["), def.isPunct(g + 1, "$"), def.isIdentifier(g + 2), def.isPunct(g + 3, ":"),
                      def.isWord(g + 4, "meta"), def.afterGroup(g) == g + 6 else { return nil }
                bindings[def.text(g + 2)] = .docComment(i)
                m = g + 6
                i += 1
                continue
            }
            guard i < iEnd, def.text(m) == cursor.text(i) else { return nil }
            if def.opens(m) {
                guard cursor.opens(i),
                      let inner = match(m + 1, def.afterGroup(m) - 1, i + 1, cursor.afterGroup(i) - 1, &bindings),
                      inner == cursor.afterGroup(i) - 1 else { return nil }
                m = def.afterGroup(m)
                i = cursor.afterGroup(i)
                continue
            }
            m += 1
            i += 1
        }
        return i
    }

    private func firstSemicolon(_ i: Int, _ end: Int) -> Int {
        var k = i
        while k < end, !cursor.isPunct(k, ";") { k = cursor.afterGroup(k) }
        return k
    }

    private func fragmentNames(_ m: Int, _ mEnd: Int) -> [String] {
        var names: [String] = []
        var k = m
        while k < mEnd {
            if def.isPunct(k, "$"), def.isIdentifier(k + 1), def.isPunct(k + 2, ":") { names.append(def.text(k + 1)) }
            k += 1
        }
        return names
    }

    // MARK: transcription

    private func transcribe(_ b: Int, _ bEnd: Int, _ bindings: [String: Binding], _ indices: [Int], _ out: inout Expansion) {
        var k = b
        while k < bEnd {
            if def.isPunct(k, "$"), def.isPunct(k + 1, "(") {
                let groupEnd = def.afterGroup(k + 1) - 1
                var after = groupEnd + 1
                var separator: Int?
                if !(def.isPunct(after, "*") || def.isPunct(after, "+") || def.isPunct(after, "?")) { separator = after; after += 1 }
                let count = repetitionCount(k + 2, groupEnd, bindings, indices)
                for n in 0..<count {
                    if n > 0, let sep = separator { append(sep, from: def, fromBody: true, &out) }
                    transcribe(k + 2, groupEnd, bindings, indices + [n], &out)
                }
                k = after + 1
                continue
            }
            if def.isPunct(k, "$"), def.isWord(k + 1, "crate") {
                appendText("crate", line: bodyLine(k), fromBody: true, &out)
                k += 2
                continue
            }
            if def.isPunct(k, "$"), def.isIdentifier(k + 1), let binding = bindings[def.text(k + 1)] {
                switch resolve(binding, indices) {
                case .tokens(let range):
                    for t in range { append(t, from: cursor, fromBody: false, &out) }
                case .docComment(let t):
                    appendText("doc = " + rawString(docContent(t)), line: cursor.line(t), fromBody: false, &out)
                case .repeated:
                    break
                }
                k += 2
                continue
            }
            append(k, from: def, fromBody: true, &out)
            k += 1
        }
    }

    /// The doc string of a doc comment token: after `///`/`//!`, or inside `/** */`/`/*! */`.
    private func docContent(_ t: Int) -> String {
        let token = cursor.tokens[t]
        var lo = token.start + 3, hi = token.end
        if cursor.bytes[token.start + 1] == UInt8(ascii: "*"), hi - lo >= 2 { hi -= 2 }
        lo = min(lo, hi)
        return String(decoding: cursor.bytes[lo..<hi], as: UTF8.self)
    }

    private func rawString(_ content: String) -> String {
        var hashes = "#"
        while content.contains("\"" + hashes) { hashes += "#" }
        return "r" + hashes + "\"" + content + "\"" + hashes
    }

    private func resolve(_ binding: Binding, _ indices: [Int]) -> Binding {
        var current = binding
        for index in indices {
            guard case .repeated(let list) = current else { return current }
            guard index < list.count else { return .tokens(0..<0) }
            current = list[index]
        }
        return current
    }

    private func repetitionCount(_ b: Int, _ bEnd: Int, _ bindings: [String: Binding], _ indices: [Int]) -> Int {
        var k = b
        while k < bEnd {
            if def.isPunct(k, "$"), def.isIdentifier(k + 1), let binding = bindings[def.text(k + 1)],
               case .repeated(let list) = resolve(binding, indices) {
                return list.count
            }
            k += 1
        }
        return 0
    }

    /// Token `token` of `tokens` (the input or the definition) with its line: its bytes as they
    /// are when ASCII (no String made), else decoded (which repairs invalid UTF-8).
    private func append(_ token: Int, from tokens: TokenCursor, fromBody: Bool, _ out: inout Expansion) {
        let line = fromBody ? bodyLine(token) : tokens.line(token)
        guard token >= 0, token < tokens.count else { return appendBytes(EmptyCollection(), line: line, fromBody: fromBody, &out) }
        let slice = tokens.bytes[tokens.tokens[token].start..<tokens.tokens[token].end]
        if slice.allSatisfy({ $0 < 0x80 }) {
            appendBytes(slice, line: line, fromBody: fromBody, &out)
        } else {
            appendText(String(decoding: slice, as: UTF8.self), line: line, fromBody: fromBody, &out)
        }
    }

    /// The line of body token `token`, negated when it is a true line among expansion lines.
    private func bodyLine(_ token: Int) -> Int {
        bodyLinesAreAbsolute ? -def.line(token) : def.line(token)
    }

    private func appendText(_ text: String, line: Int, fromBody: Bool, _ out: inout Expansion) {
        appendBytes(text.utf8, line: line, fromBody: fromBody, &out)
    }

    /// `text` and a line end, with the source line of each of its lines.
    private func appendBytes<C: Collection<UInt8>>(_ text: C, line: Int, fromBody: Bool, _ out: inout Expansion) {
        out.bytes.append(contentsOf: text)
        out.bytes.append(10)
        var l = line
        out.lines.append(l)
        out.fromBody.append(fromBody)
        for byte in text where byte == 10 { l += line < 0 ? -1 : 1; out.lines.append(l); out.fromBody.append(fromBody) }
    }
}
