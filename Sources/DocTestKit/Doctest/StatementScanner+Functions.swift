/// Where a `fn` item of a doctest ends, as rustc's parser sees it (split from
/// `StatementScanner.swift` to keep files short).
extension StatementScanner {
    /// The last token of the `fn` item at `k`: its body's `}`, its `;` (also `fn f() = x;`,
    /// recovered by rustc), or the last token when the signature ends the code: rustc reports
    /// the missing body but keeps the fn, as the `}` of rustdoc's wrapper closes the block.
    /// -1 where rustc's parse fails: a new statement or a stray name after the signature
    /// (`fn f() -> u32 let x = 1;`), or a signature cut short (`fn f() ->`).
    func fnEnd(from k: Int) -> Int {
        var i = k + 1
        var angles: [Bool] = []  // open `<`s, true for a `for<..>` binder
        var endsType = false  // the previous token completes a type: only `where` or a group may follow
        var complete = false  // the signature may end here
        while i < t.count {
            if angles.isEmpty, t.is(i, ";") { return i }
            if angles.isEmpty, t.is(i, "=") { return semicolonOrLast(from: i) }
            if let close = t.partner(i), close > i {
                if angles.isEmpty, t.is(i, "{") { return close }
                i = close + 1
                endsType = angles.isEmpty
                complete = endsType
                continue
            }
            switch t.tokens[i].kind {
            case .identifier:
                let words = t.words(i)
                // After a complete type only `where` may follow; anything else starts a new
                // statement (or is a stray name), a parse error. `k + 1` is the fn's name.
                if angles.isEmpty, endsType, i > k + 1, !t.is(i, "where") { return -1 }
                endsType = !words.contains(.keyword) || words.contains(.value)
                complete = endsType || t.is(i, "where")  // an empty `where` clause is valid
            case .lifetime:
                // `T: 'a` and `+ 'a` complete a bound; `&'a` needs its type.
                endsType = !t.is(i - 1, "&")
                complete = endsType
            case .punctuation:
                if t.is(i, "<") {
                    angles.append(t.is(i - 1, "for"))
                } else if t.is(i, ">"), !t.is(i - 1, "-"), let binder = angles.popLast() {
                    endsType = angles.isEmpty && !binder
                    complete = endsType
                    i += 1
                    continue
                }
                // `-> !`, the never type, completes the return type.
                endsType = t.is(i, "!") && t.is(i - 1, ">") && t.is(i - 2, "-")
                complete = endsType
            default:
                if angles.isEmpty, endsType { return -1 }  // a literal after a complete type
                endsType = false
                complete = false
            }
            i += 1
        }
        return angles.isEmpty && complete ? t.count - 1 : -1
    }
}
