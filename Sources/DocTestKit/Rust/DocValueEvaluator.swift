/// Evaluates the constant string expressions the kernel writes as doc values, as rustc does:
/// `concat!(..)` of literals and `stringify!(..)`, with or without a `::core::`/`core::`/`std::`
/// path (`#[doc = ::core::concat!("let v = Bounded::<", ::core::stringify!($type), ", 4>::new::<7>();")]`
/// in `rust/kernel/num/bounded.rs`). Anything else is nil: the caller reports it.
struct DocValueEvaluator {
    let cursor: TokenCursor

    /// The value of tokens `lo..<hi`, or nil.
    func evaluate(_ lo: Int, _ hi: Int) -> String? {
        if hi == lo + 1 { return literal(lo) }
        guard let (name, open) = macroCall(lo, hi), cursor.closer(open) + 1 == hi else { return nil }
        switch name {
        case "concat": return concat(open)
        case "stringify": return stringify(open + 1, cursor.closer(open))
        default: return nil
        }
    }

    /// `concat!`'s arguments: literals (strings, chars, numbers, `true`/`false`, a negative
    /// number) and nested `concat!`/`stringify!` calls, comma-separated.
    private func concat(_ open: Int) -> String? {
        let close = cursor.closer(open)
        var out = ""
        var k = open + 1
        while k < close {
            var argumentEnd = k
            while argumentEnd < close, !cursor.isPunct(argumentEnd, ",") { argumentEnd = cursor.afterGroup(argumentEnd) }
            if cursor.isPunct(k, "-"), k + 2 == argumentEnd, cursor.tokens[k + 1].kind == .number {
                out += "-" + cursor.text(k + 1)
            } else {
                guard let piece = evaluate(k, argumentEnd) else { return nil }
                out += piece
            }
            k = argumentEnd + 1
        }
        return out
    }

    /// A literal's value as `concat!` renders it.
    private func literal(_ k: Int) -> String? {
        let token = cursor.tokens[k]
        switch token.kind {
        case .string:
            return StringLiteral.decode(bytes: cursor.bytes, token: token)?.value
        case .number:
            return cursor.text(k).replacingOccurrences(of: "_", with: "")
        case .character:
            let text = cursor.text(k)
            guard text.count == 3, text.hasPrefix("'") else { return nil }
            return String(text.dropFirst().dropLast())
        case .identifier where cursor.isWord(k, "true") || cursor.isWord(k, "false"):
            return cursor.text(k)
        default:
            return nil
        }
    }

    /// `name!(` with an optional `::core::`, `core::` or `std::` path: the name and the group.
    private func macroCall(_ lo: Int, _ hi: Int) -> (String, Int)? {
        var k = lo
        if cursor.isPunct(k, ":"), cursor.isPunct(k + 1, ":") { k += 2 }
        if cursor.isWord(k, "core") || cursor.isWord(k, "std"), cursor.isPunct(k + 1, ":"), cursor.isPunct(k + 2, ":") { k += 3 }
        guard k + 2 < hi, cursor.isIdentifier(k), cursor.isPunct(k + 1, "!"), cursor.opens(k + 2) else { return nil }
        return (cursor.text(k), k + 2)
    }

    /// rustc's pretty-printed token stream, for the token shapes doc values use: words and
    /// literals separated by one space, no space inside paths (`a::b`), after an opening or
    /// before a closing bracket, before `,` `;` `.` `?`, around `.`, after a prefix `&`/`!`/`#`.
    private func stringify(_ lo: Int, _ hi: Int) -> String {
        var out = ""
        var previous: String? = nil
        for k in lo..<hi {
            let text = cursor.text(k)
            if let previous, needsSpace(between: previous, and: text, afterIdentifier: cursor.isIdentifier(k - 1)) { out += " " }
            out += text
            previous = text
        }
        return out
    }

    private func needsSpace(between left: String, and right: String, afterIdentifier: Bool) -> Bool {
        if ["(", "[", ":", ".", "&", "#", "$"].contains(left) { return false }
        if [")", "]", ",", ";", ".", "?", ":"].contains(right) { return false }
        if right == "!" && afterIdentifier { return false }
        if (right == "(" || right == "[" || right == "<") && afterIdentifier { return false }
        if left == "!" || left == "<" || right == ">" { return false }
        return true
    }
}
