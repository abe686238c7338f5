/// A preprocessor directive line (with its `\` continuations) of a C file.
public struct CDirective: Sendable {
    /// `ifdef`, `else`, `define`, `include`, ...; empty for a null directive.
    public var keyword: String
    /// The tokens after the keyword.
    public var arguments: [CToken]
    /// The `#` token.
    public var hash: CToken
    /// Byte range of the whole directive, up to (not including) its final newline.
    public var range: Range<Int>
}

/// Splits a C file's raw tokens into directives and code, and tells which `#if` conditions each byte
/// sits under. Works on the raw token stream so that inactive branches are covered too.
public struct CPreprocessorLayout: Sendable {
    public private(set) var directives: [CDirective] = []
    /// Tokens that are not part of any directive, in order.
    public private(set) var codeTokens: [CToken] = []
    /// (offset where a new condition starts, condition from there on), sorted by offset.
    private var conditionChanges: [(offset: Int, condition: String?)] = [(0, nil)]

    public init(tokens: [CToken], bytes: [UInt8]) {
        var k = 0
        var lastLine = 0
        var stack: [ConditionFrame] = []
        while k < tokens.count {
            let token = tokens[k]
            let startsLine = token.line != lastLine
            lastLine = token.line
            guard startsLine, token.text == "#" else {
                codeTokens.append(token)
                k += 1
                continue
            }
            let end = Self.directiveEnd(from: token.offset, in: bytes)
            var inside: [CToken] = []
            k += 1
            while k < tokens.count, tokens[k].offset < end {
                inside.append(tokens[k])
                k += 1
            }
            if let last = inside.last { lastLine = last.line }
            let keyword = inside.first?.text ?? ""
            let arguments = Array(inside.dropFirst())
            let directive = CDirective(keyword: keyword, arguments: arguments, hash: token, range: token.offset..<end)
            if directive.keyword == "define", let previous = directives.last, previous.keyword == "ifndef",
               previous.arguments.first?.text == directive.arguments.first?.text, !stack.isEmpty,
               stack[stack.count - 1].earlier.isEmpty {
                stack[stack.count - 1].isGuard = true
                conditionChanges.append((end, Self.joined(stack)))
            }
            directives.append(directive)
            if Self.updateConditions(&stack, with: directive) {
                conditionChanges.append((end, Self.joined(stack)))
            }
        }
    }

    /// The `#if` conditions in force at `offset`, joined with `&&` (`CONFIG_X`, `!CONFIG_X`), or nil.
    public func condition(at offset: Int) -> String? {
        var low = 0, high = conditionChanges.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if conditionChanges[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return conditionChanges[low].condition
    }

    private static func joined(_ stack: [ConditionFrame]) -> String? {
        let parts = stack.flatMap(\.effective)
        return parts.isEmpty ? nil : parts.joined(separator: " && ")
    }

    private struct ConditionFrame {
        var current: String
        var earlier: [String] = []
        /// An include guard (`#ifndef X` directly followed by `#define X`) conditions nothing.
        var isGuard = false
        var effective: [String] { isGuard ? [] : earlier.map(negate) + [current] }
    }

    /// Returns true when the conditions changed.
    private static func updateConditions(_ stack: inout [ConditionFrame], with directive: CDirective) -> Bool {
        switch directive.keyword {
        case "ifdef": stack.append(ConditionFrame(current: directive.arguments.first?.text ?? "?"))
        case "ifndef": stack.append(ConditionFrame(current: "!" + (directive.arguments.first?.text ?? "?")))
        case "if": stack.append(ConditionFrame(current: simplified(directive)))
        case "elif", "elifdef", "elifndef":
            guard var frame = stack.popLast() else { return false }
            frame.earlier.append(frame.current)
            let argument = directive.arguments.first?.text ?? "?"
            frame.current = directive.keyword == "elif" ? simplified(directive)
                : directive.keyword == "elifdef" ? argument : "!" + argument
            stack.append(frame)
        case "else":
            guard var frame = stack.popLast() else { return false }
            frame.earlier.append(frame.current)
            frame.current = negate(frame.earlier.removeLast())
            stack.append(frame)
        case "endif":
            guard stack.popLast() != nil else { return false }
        default: return false
        }
        return true
    }

    /// `defined(X)`, `defined X`, `IS_ENABLED(X)`, `IS_BUILTIN(X)`, `IS_REACHABLE(X)` with an
    /// optional leading `!` become `X` / `!X`; anything else is kept as written.
    private static func simplified(_ directive: CDirective) -> String {
        var words = directive.arguments.map(\.text)
        var negated = false
        if words.first == "!" { negated = true; words.removeFirst() }
        let wrappers: Set<String> = ["defined", "IS_ENABLED", "IS_BUILTIN", "IS_REACHABLE", "IS_MODULE"]
        var name: String?
        if words.count == 4, wrappers.contains(words[0]), words[1] == "(", words[3] == ")" { name = words[2] }
        if words.count == 2, words[0] == "defined" { name = words[1] }
        if let name { return (negated ? "!" : "") + name }
        return spelled(directive.arguments)
    }

    /// Tokens written back with C-like spacing (comments, already dropped by the lexer, stay out):
    /// `IS_ENABLED(CONFIG_A) && !defined(CONFIG_B)`.
    static func spelled(_ tokens: [CToken]) -> String {
        var out = ""
        var previous: CToken?
        for token in tokens {
            if let previous, !["(", "!", "~"].contains(previous.text), ![")", ",", "("].contains(token.text) || (token.text == "(" && !previous.isWord) {
                out += " "
            }
            out += token.text
            previous = token
        }
        return out
    }

    private static func negate(_ condition: String) -> String {
        if condition.hasPrefix("!"), !condition.contains(" ") { return String(condition.dropFirst()) }
        if !condition.contains(" ") || isParenthesised(condition) { return "!" + condition }
        return "!(\(condition))"
    }

    /// `(a > 1)`: one pair of parentheses around everything.
    private static func isParenthesised(_ condition: String) -> Bool {
        guard condition.hasPrefix("("), condition.hasSuffix(")") else { return false }
        var depth = 0
        for (k, byte) in condition.utf8.enumerated() {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 && k != condition.utf8.count - 1 { return false }
            }
        }
        return depth == 0
    }

    /// End of the directive starting at `start`: the first newline not escaped by a backslash.
    static func directiveEnd(from start: Int, in bytes: [UInt8]) -> Int {
        var k = start
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "\n") {
                var j = k - 1
                if j >= 0, bytes[j] == UInt8(ascii: "\r") { j -= 1 }
                if j >= 0, bytes[j] == UInt8(ascii: "\\") { k += 1; continue }
                return k
            }
            k += 1
        }
        return bytes.count
    }
}
