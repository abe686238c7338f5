/// Expands a same-file `macro_rules!` invocation textually, as far as doc comments need:
/// the first arm whose matcher matches (literal tokens, `$x:frag`, `$(..) sep op` repetitions)
/// is transcribed with `$x` substituted and `$crate` → `crate`. The result is Rust text with one
/// token per line plus, for each line, the true source line it came from.
struct MacroExpander {
    let cursor: TokenCursor

    indirect enum Binding {
        case tokens(Range<Int>)
        case repeated([Binding])
    }

    struct Expansion {
        var text: String
        /// True source line of each line of `text` (0-based index).
        var lines: [Int]
    }

    func expand(_ definition: MacroDefinition, argumentsOpen open: Int) -> Expansion? {
        let argsEnd = cursor.afterGroup(open) - 1
        for arm in definition.arms {
            let matcherEnd = cursor.afterGroup(arm.matcher) - 1
            var bindings: [String: Binding] = [:]
            guard let next = match(arm.matcher + 1, matcherEnd, open + 1, argsEnd, &bindings), next == argsEnd else { continue }
            var out = Expansion(text: "", lines: [])
            transcribe(arm.body + 1, cursor.afterGroup(arm.body) - 1, bindings, [], &out)
            return out
        }
        return nil
    }

    // MARK: matching

    /// Matches matcher tokens `m..<mEnd` against input `i..<iEnd`; returns the input index reached.
    private func match(_ m: Int, _ mEnd: Int, _ i: Int, _ iEnd: Int, _ bindings: inout [String: Binding]) -> Int? {
        var m = m, i = i
        while m < mEnd {
            if cursor.isPunct(m, "$"), cursor.isPunct(m + 1, "(") {
                let groupEnd = cursor.afterGroup(m + 1) - 1
                var k = groupEnd + 1
                var separator: Int?
                if !(cursor.isPunct(k, "*") || cursor.isPunct(k, "+") || cursor.isPunct(k, "?")) { separator = k; k += 1 }
                let op = cursor.text(k)
                var iterations: [[String: Binding]] = []
                while i < iEnd {
                    var start = i
                    if let sep = separator, !iterations.isEmpty {
                        guard cursor.text(start) == cursor.text(sep) else { break }
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
            if cursor.isPunct(m, "$"), cursor.isIdentifier(m + 1), cursor.isPunct(m + 2, ":"), cursor.isIdentifier(m + 3) {
                let name = cursor.text(m + 1)
                let kind = cursor.text(m + 3)
                m += 4
                let start = i
                switch kind {
                case "ident", "lifetime", "literal", "tt":
                    guard i < iEnd else { return nil }
                    // A negative literal is two tokens.
                    if kind == "literal", cursor.isPunct(i, "-") { i += 1 }
                    i = cursor.afterGroup(i)
                default:
                    // Greedy up to the next literal matcher token at depth 0 (or the end).
                    let stop = m < mEnd && !cursor.isPunct(m, "$") ? cursor.text(m) : nil
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
            guard i < iEnd, cursor.text(m) == cursor.text(i) else { return nil }
            if cursor.opens(m) {
                guard cursor.opens(i),
                      let inner = match(m + 1, cursor.afterGroup(m) - 1, i + 1, cursor.afterGroup(i) - 1, &bindings),
                      inner == cursor.afterGroup(i) - 1 else { return nil }
                m = cursor.afterGroup(m)
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
            if cursor.isPunct(k, "$"), cursor.isIdentifier(k + 1), cursor.isPunct(k + 2, ":") { names.append(cursor.text(k + 1)) }
            k += 1
        }
        return names
    }

    // MARK: transcription

    private func transcribe(_ b: Int, _ bEnd: Int, _ bindings: [String: Binding], _ indices: [Int], _ out: inout Expansion) {
        var k = b
        while k < bEnd {
            if cursor.isPunct(k, "$"), cursor.isPunct(k + 1, "(") {
                let groupEnd = cursor.afterGroup(k + 1) - 1
                var after = groupEnd + 1
                var separator: Int?
                if !(cursor.isPunct(after, "*") || cursor.isPunct(after, "+") || cursor.isPunct(after, "?")) { separator = after; after += 1 }
                let count = repetitionCount(k + 2, groupEnd, bindings, indices)
                for n in 0..<count {
                    if n > 0, let sep = separator { append(sep, &out) }
                    transcribe(k + 2, groupEnd, bindings, indices + [n], &out)
                }
                k = after + 1
                continue
            }
            if cursor.isPunct(k, "$"), cursor.isWord(k + 1, "crate") {
                appendText("crate", line: cursor.line(k), &out)
                k += 2
                continue
            }
            if cursor.isPunct(k, "$"), cursor.isIdentifier(k + 1), let binding = bindings[cursor.text(k + 1)] {
                if case .tokens(let range) = resolve(binding, indices) {
                    for t in range { append(t, &out) }
                }
                k += 2
                continue
            }
            append(k, &out)
            k += 1
        }
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
            if cursor.isPunct(k, "$"), cursor.isIdentifier(k + 1), let binding = bindings[cursor.text(k + 1)],
               case .repeated(let list) = resolve(binding, indices) {
                return list.count
            }
            k += 1
        }
        return 0
    }

    private func append(_ token: Int, _ out: inout Expansion) {
        appendText(cursor.text(token), line: cursor.line(token), &out)
    }

    private func appendText(_ text: String, line: Int, _ out: inout Expansion) {
        out.text += text
        out.text += "\n"
        var l = line
        out.lines.append(l)
        for byte in text.utf8 where byte == 10 { l += 1; out.lines.append(l) }
    }
}
