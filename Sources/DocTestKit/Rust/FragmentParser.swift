/// Where a `ty` or `path` macro fragment ends: rustc parses exactly one type or path there, so
/// `$($t:ty)*` matched against `u8 u16 u32` binds three types, not one run of tokens.
/// Types are recognised by their shape (references, pointers, groups, `impl`/`dyn` bounds,
/// `fn` pointers, `for<..>`, qualified and generic paths); what is not a type gives nil.
struct FragmentParser {
    let cursor: TokenCursor

    func type(_ start: Int, _ end: Int) -> Int? {
        var i = start
        guard i < end else { return nil }
        if cursor.isPunct(i, "&") {
            i += 1
            if cursor.isPunct(i, "&") { i += 1 }
            if i < end, cursor.tokens[i].kind == .lifetime { i += 1 }
            if cursor.isWord(i, "mut") { i += 1 }
            return type(i, end)
        }
        if cursor.isPunct(i, "*") {
            guard cursor.isWord(i + 1, "const") || cursor.isWord(i + 1, "mut") else { return nil }
            return type(i + 2, end)
        }
        if cursor.isPunct(i, "(") || cursor.isPunct(i, "[") { return cursor.afterGroup(i) }
        if cursor.isPunct(i, "!") { return i + 1 }
        if cursor.isWord(i, "_") { return i + 1 }
        if cursor.isWord(i, "impl") || cursor.isWord(i, "dyn") { return bounds(i + 1, end) }
        if cursor.isWord(i, "for"), cursor.isPunct(i + 1, "<") {
            guard let after = afterAngles(i + 1, end) else { return nil }
            return type(after, end)
        }
        if cursor.isWord(i, "unsafe") || cursor.isWord(i, "extern") || cursor.isWord(i, "fn") {
            while cursor.isWord(i, "unsafe") || cursor.isWord(i, "extern") || (i < end && cursor.tokens[i].kind == .string) { i += 1 }
            guard cursor.isWord(i, "fn"), cursor.isPunct(i + 1, "(") else { return nil }
            return returnType(cursor.afterGroup(i + 1), end)
        }
        return path(i, end, allowSugar: true)
    }

    /// `a::b<T>::c`, `::a`, `<T as Trait>::x`, and with `allowSugar` `Fn(A) -> B`.
    func path(_ start: Int, _ end: Int, allowSugar: Bool) -> Int? {
        var i = start
        if cursor.isPunct(i, "<") {
            guard let after = afterAngles(i, end) else { return nil }
            i = after
            guard isPathSeparator(i) else { return i }
            i += 2
        } else if isPathSeparator(i) {
            i += 2
        }
        while true {
            guard i < end, cursor.isIdentifier(i) else { return nil }
            i += 1
            if isPathSeparator(i), cursor.isPunct(i + 2, "<") { i += 2 }
            if cursor.isPunct(i, "<"), !cursor.isPunct(i - 1, "-") {
                guard let after = afterAngles(i, end) else { return nil }
                i = after
            } else if allowSugar, cursor.isPunct(i, "(") {
                return returnType(cursor.afterGroup(i), end)
            }
            guard isPathSeparator(i), i + 2 < end, cursor.isIdentifier(i + 2) || cursor.isPunct(i + 2, "<") else { return i }
            i += 2
        }
    }

    /// Bounds of `impl`/`dyn`: `Trait + 'a + ?Sized`.
    private func bounds(_ start: Int, _ end: Int) -> Int? {
        var i = start
        while true {
            if i < end, cursor.tokens[i].kind == .lifetime {
                i += 1
            } else {
                if cursor.isPunct(i, "?") { i += 1 }
                if cursor.isPunct(i, "(") { i = cursor.afterGroup(i) } else {
                    guard let after = path(i, end, allowSugar: true) else { return nil }
                    i = after
                }
            }
            guard cursor.isPunct(i, "+") else { return i }
            i += 1
        }
    }

    private func returnType(_ start: Int, _ end: Int) -> Int? {
        guard cursor.isPunct(start, "-"), cursor.isPunct(start + 1, ">") else { return start }
        return type(start + 2, end)
    }

    private func isPathSeparator(_ i: Int) -> Bool { cursor.isPunct(i, ":") && cursor.isPunct(i + 1, ":") }

    /// After the `>` matching the `<` at `open` (groups skipped, `->` not a closer).
    private func afterAngles(_ open: Int, _ end: Int) -> Int? {
        var depth = 0
        var i = open
        while i < end {
            if cursor.isPunct(i, "<") { depth += 1 } else if cursor.isPunct(i, ">"), !cursor.isPunct(i - 1, "-") {
                depth -= 1
                if depth == 0 { return i + 1 }
            } else if cursor.opens(i) {
                i = cursor.afterGroup(i)
                continue
            }
            i += 1
        }
        return nil
    }
}
