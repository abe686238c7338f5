/// A token of a helper file after its own macros are expanded.
struct ExpandedToken: Sendable {
    /// Text as expanded (`rust_helper_atomic_i8_read` after `##`); offset, line and column are where
    /// it stands in the file: in the innermost macro body that produced it, or where its argument
    /// was written. That is where an edit to it belongs.
    var token: CToken
    /// The name token of the outermost macro use it came from; nil for code written directly.
    var use: CToken?
    /// The innermost macro whose body wrote the token (nil for code written directly).
    var macro: String?
}

/// A `#define` of the file.
struct CMacroDefinition: Sendable {
    var name: String
    /// nil for an object-like macro.
    var parameters: [String]?
    var isVariadic: Bool
    var body: [CToken]
    var hash: CToken
}

/// Expands the macros a helper file defines itself (`GEN_READ_SET_HELPERS(i8, s8)` through
/// `GEN_READ_HELPER` to `__rust_helper s8 rust_helper_atomic_i8_read(s8 *ptr) {...}`), keeping for
/// every token where it is written. libclang's AST says what a macro made, but it places every
/// token of an expansion at the outermost use (its spelling locations stop at the file location),
/// so the place inside a macro body where `__rust_helper` is, or belongs, comes from here.
/// Macros from headers are unknown (no headers are read) and stay as written; `__rust_helper` is
/// never expanded: it is what the rules look for.
struct CMacroExpander {
    private var definitions: [String: [(offset: Int, definition: CMacroDefinition?)]] = [:]
    private static let maximumDepth = 64
    private static let maximumTokens = 2_000_000

    init(directives: [CDirective]) {
        for directive in directives where directive.keyword == "define" || directive.keyword == "undef" {
            guard let name = directive.arguments.first, name.isWord, name.text != "__rust_helper" else { continue }
            var entry: CMacroDefinition?
            if directive.keyword == "define" {
                var rest = directive.arguments.dropFirst()
                var parameters: [String]?
                var isVariadic = false
                // Function-like only when `(` touches the name.
                if let open = rest.first, open.text == "(", open.offset == name.endOffset {
                    var list: [String] = []
                    rest = rest.dropFirst()
                    while let next = rest.first, next.text != ")" {
                        if next.text == "..." { isVariadic = true } else if next.text != "," { list.append(next.text) }
                        rest = rest.dropFirst()
                    }
                    rest = rest.dropFirst()
                    parameters = list
                }
                entry = CMacroDefinition(name: name.text, parameters: parameters, isVariadic: isVariadic,
                                         body: Array(rest), hash: directive.hash)
            }
            definitions[name.text, default: []].append((directive.hash.offset, entry))
        }
    }

    var isEmpty: Bool { definitions.isEmpty }

    /// The definition in force at `offset` (the last `#define`/`#undef` before it).
    func definition(_ name: String, at offset: Int) -> CMacroDefinition? {
        guard let entries = definitions[name] else { return nil }
        return entries.last { $0.offset < offset }?.definition ?? nil
    }

    func expand(_ code: [CToken]) -> [ExpandedToken] {
        let input = code.map { ExpandedToken(token: $0, use: nil, macro: nil) }
        guard !definitions.isEmpty else { return input }
        var budget = Self.maximumTokens
        return expand(input, disabled: [], depth: 0, budget: &budget)
    }

    private func expand(_ input: [ExpandedToken], disabled: Set<String>, depth: Int, budget: inout Int) -> [ExpandedToken] {
        var out: [ExpandedToken] = []
        out.reserveCapacity(input.count)
        var k = 0
        while k < input.count {
            let item = input[k]
            let useOffset = item.use?.offset ?? item.token.offset
            guard item.token.kind == .identifier, depth < Self.maximumDepth, budget > 0, !disabled.contains(item.token.text),
                  let macro = definition(item.token.text, at: useOffset) else {
                out.append(item)
                k += 1
                continue
            }
            let use = item.use ?? item.token
            var arguments: [[ExpandedToken]] = []
            var next = k + 1
            if let parameters = macro.parameters {
                guard let (collected, end) = Self.arguments(input, open: k + 1) else { out.append(item); k += 1; continue }
                arguments = collected
                if parameters.isEmpty && !macro.isVariadic && arguments.count == 1 && arguments[0].isEmpty { arguments = [] }
                next = end + 1
            }
            let body = substitute(macro, arguments, use: use, disabled: disabled, depth: depth, budget: &budget)
            budget -= body.count
            out += expand(body, disabled: disabled.union([macro.name]), depth: depth + 1, budget: &budget)
            k = next
        }
        return out
    }

    /// The arguments of a use whose `(` is at `open`, split at top-level commas, and the index of `)`.
    private static func arguments(_ input: [ExpandedToken], open: Int) -> ([[ExpandedToken]], Int)? {
        guard open < input.count, input[open].token.text == "(" else { return nil }
        var arguments: [[ExpandedToken]] = [[]]
        var depth = 0
        for k in (open + 1)..<input.count {
            let text = input[k].token.text
            if text == "(" { depth += 1 } else if text == ")" {
                if depth == 0 { return (arguments, k) }
                depth -= 1
            } else if text == ",", depth == 0 {
                arguments.append([])
                continue
            }
            arguments[arguments.count - 1].append(input[k])
        }
        return nil
    }

    /// The body with parameters replaced (raw next to `##`, stringified after `#`, else expanded)
    /// and `##` pasted. Body tokens keep their place in the `#define`; argument tokens keep theirs,
    /// except the first one, which stands where the parameter is written (an insertion there is
    /// an insertion into this body, the place shared by every use).
    private func substitute(_ macro: CMacroDefinition, _ arguments: [[ExpandedToken]], use: CToken,
                            disabled: Set<String>, depth: Int, budget: inout Int) -> [ExpandedToken] {
        enum Piece { case tokens([ExpandedToken]), paste }
        let parameters = (macro.parameters ?? []) + (macro.isVariadic ? ["__VA_ARGS__"] : [])
        func argument(_ name: String) -> [ExpandedToken]? {
            guard let k = parameters.firstIndex(of: name) else { return nil }
            if name == "__VA_ARGS__", macro.isVariadic {
                let rest = arguments.dropFirst(k)
                return Array(rest.enumerated().flatMap { index, tokens in
                    index == 0 ? tokens : [ExpandedToken(token: CToken(kind: .punctuation, text: ",", offset: use.offset,
                                                                         line: use.line, column: use.column), use: use, macro: macro.name)] + tokens
                })
            }
            return k < arguments.count ? arguments[k] : []
        }
        var pieces: [Piece] = []
        let body = macro.body
        var k = 0
        while k < body.count {
            let token = body[k]
            let own = ExpandedToken(token: token, use: use, macro: macro.name)
            if token.text == "##" { pieces.append(.paste); k += 1; continue }
            if token.text == "#", macro.parameters != nil, k + 1 < body.count, let raw = argument(body[k + 1].text) {
                let text = "\"" + CPreprocessorLayout.spelled(raw.map(\.token)).replacingOccurrences(of: "\"", with: "\\\"") + "\""
                pieces.append(.tokens([ExpandedToken(token: CToken(kind: .literal, text: text, offset: token.offset,
                                                                   line: token.line, column: token.column), use: use, macro: macro.name)]))
                k += 2
                continue
            }
            if token.kind == .identifier, var replacement = argument(token.text) {
                let pasted = (k > 0 && body[k - 1].text == "##") || (k + 1 < body.count && body[k + 1].text == "##")
                if !pasted { replacement = expand(replacement, disabled: disabled, depth: depth + 1, budget: &budget) }
                replacement = replacement.map { ExpandedToken(token: $0.token, use: use, macro: $0.macro ?? macro.name) }
                if !replacement.isEmpty {
                    replacement[0].token.offset = token.offset
                    replacement[0].token.line = token.line
                    replacement[0].token.column = token.column
                    replacement[0].macro = macro.name
                }
                pieces.append(.tokens(replacement))
            } else {
                pieces.append(.tokens([own]))
            }
            k += 1
        }
        var result: [ExpandedToken] = []
        var pasting = false
        for piece in pieces {
            switch piece {
            case .paste: pasting = true
            case .tokens(let tokens):
                // An empty argument is a placemarker: `xchg##suffix` with no suffix is `xchg`.
                if pasting, let first = tokens.first, var last = result.popLast() {
                    last.token.text += first.token.text
                    if last.token.kind != .identifier && first.token.kind == .identifier { last.token.kind = .identifier }
                    result.append(last)
                    result += tokens.dropFirst()
                } else {
                    result += tokens
                }
                pasting = false
            }
        }
        return result
    }
}
