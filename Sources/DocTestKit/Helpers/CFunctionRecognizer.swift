/// A function declaration found from tokens alone: `specifiers name ( params ) {` or `... ;`, with
/// the declarator forms C allows around it.
struct RecognizedFunction: Sendable {
    /// Indices into the token array given to the recognizer.
    var declarationStart: Int
    var nameIndex: Int
    var parametersEnd: Int
    var isDefinition: Bool
    /// `__rust_helper` written after the parameter list (`void f(void) __rust_helper {`).
    var trailingAnnotation: Int?
}

/// Token-level recognition of file-scope function declarations. Used for branches the preprocessor
/// skipped (libclang builds no AST there) and to read, for every function, where its specifier
/// tokens are written (the AST keeps no position inside a macro body).
///
/// Forms: plain and multi-line declarations; a function-pointer return type
/// (`void (*f(int x))(int)`); a struct defined in the return type (`struct s {...} f(void)`);
/// K&R parameter declarations (`int f(a) int a; {`); attributes after the parameter list. A body
/// at file scope that none of these explain is `unparsed`, so nothing is skipped unsaid.
enum CFunctionRecognizer {
    struct Result {
        var functions: [RecognizedFunction] = []
        /// Unbalanced `(`/`)`/`{`/`}`: where the structure broke. After an unclosed `{` nothing
        /// more is recognised (`stopsScan`); after a bad `(`/`)` the next declaration starts afresh.
        var imbalances: [(token: CToken, stopsScan: Bool)] = []
        /// Where a file-scope construct starts that is neither a function, a type nor a variable.
        var unparsed: [Int] = []
    }

    static func recognize(_ tokens: [CToken]) -> Result {
        var result = Result()
        var declarationStart = 0
        var k = 0
        var openParentheses: [Int] = []
        var pendingKAndR: RecognizedFunction?
        while k < tokens.count {
            let text = tokens[k].text
            // A broken declaration ends at its body or `;`: what follows is checked afresh.
            var broken = false
            if text == ";" || text == "{", let first = openParentheses.first {
                result.imbalances.append((tokens[first], false))
                openParentheses = []
                broken = true
                declarationStart = k
            }
            if text == "(" {
                openParentheses.append(k)
                k += 1
            } else if text == ")" {
                if openParentheses.popLast() == nil {
                    result.imbalances.append((tokens[k], false))
                    declarationStart = k + 1
                }
                k += 1
            } else if text == ";" {
                let range = min(declarationStart, k)..<k
                if let function = shape(tokens, range, isDefinition: false) {
                    result.functions.append(function)
                    pendingKAndR = nil
                } else if let head = kAndRHead(tokens, range) {
                    pendingKAndR = head
                } else {
                    if tokens[range].contains(where: { $0.text == "(" || $0.text == "{" }) { pendingKAndR = nil }
                    // An annotated declaration that declares no function (`__rust_helper int x;`).
                    if !broken, tokens[range].contains(where: { $0.text == "__rust_helper" }) { result.unparsed.append(range.lowerBound) }
                }
                declarationStart = k + 1
                k += 1
            } else if text == "{" {
                let range = min(declarationStart, k)..<k
                var function = shape(tokens, range, isDefinition: true)
                if function == nil, range.isEmpty, let head = pendingKAndR { function = head }
                pendingKAndR = nil
                guard let close = matchingBrace(tokens, from: k) else {
                    result.imbalances.append((tokens[k], true))
                    if let function { result.functions.append(function) }
                    return result
                }
                if let function {
                    result.functions.append(function)
                } else if !broken && !isTypeOrInitializer(tokens, range) {
                    result.unparsed.append(range.isEmpty ? k : range.lowerBound)
                    declarationStart = close + 1
                }
                if function != nil || broken { declarationStart = close + 1 }
                k = close + 1
            } else if text == "}" {
                result.imbalances.append((tokens[k], false))
                declarationStart = k + 1
                k += 1
            } else {
                k += 1
            }
        }
        // An annotated declaration cut off by the end of the file.
        if declarationStart < tokens.count, tokens[declarationStart...].contains(where: { $0.text == "__rust_helper" }) {
            result.unparsed.append(declarationStart)
        }
        return result
    }

    /// Index of the `}` closing the `{` at `open`, or nil at end of input.
    private static func matchingBrace(_ tokens: [CToken], from open: Int) -> Int? {
        var depth = 0
        for k in open..<tokens.count {
            if tokens[k].text == "{" { depth += 1 } else if tokens[k].text == "}" {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }

    /// Index of the bracket opening the one that closes at `close` (`)` or `]`), within `range`.
    private static func opening(_ tokens: [CToken], _ close: Int, from lower: Int) -> Int? {
        let closing = tokens[close].text, opener = closing == ")" ? "(" : "["
        var depth = 0
        for k in stride(from: close, through: lower, by: -1) {
            if tokens[k].text == closing { depth += 1 } else if tokens[k].text == opener {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }

    /// A body that belongs to a `struct`/`union`/`enum` definition or to an initializer (`= {`).
    private static func isTypeOrInitializer(_ tokens: [CToken], _ range: Range<Int>) -> Bool {
        var depth = 0
        for token in tokens[range] {
            switch token.text {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "=": if depth == 0 { return true }
            case "struct", "union", "enum": if depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// `tokens[range]` as a function declarator: a parenthesised parameter list directly after the
    /// name (possibly inside `( * ... )` for a function-pointer return type), then only attributes.
    private static func shape(_ tokens: [CToken], _ range: Range<Int>, isDefinition: Bool) -> RecognizedFunction? {
        // Attributes after the parameter list: `__rust_helper`, `__attribute__((...))`, `__must_check`.
        var end = range.upperBound
        var trailingAnnotation: Int?
        while end > range.lowerBound + 3 {
            let last = tokens[end - 1]
            if last.kind == .identifier, last.text == "__rust_helper" || attributeKeywords.contains(last.text) {
                if last.text == "__rust_helper" { trailingAnnotation = end - 1 }
                end -= 1
            } else if last.text == ")", let open = opening(tokens, end - 1, from: range.lowerBound), open > range.lowerBound,
                      ["__attribute__", "__attribute"].contains(tokens[open - 1].text) {
                end = open - 1
            } else {
                break
            }
        }
        guard let (nameIndex, parametersEnd, declaratorStart) = declarator(tokens, range.lowerBound..<end) else { return nil }
        var start = range.lowerBound
        var depth = 0
        var braces = 0
        for k in range.lowerBound..<declaratorStart {
            switch tokens[k].text {
            case "{": braces += 1  // a struct defined in the return type
            case "}": braces -= 1
            case "(": depth += 1
            case ")":
                depth -= 1
                // `MACRO(args)` alone on a line before the declaration (no `;`): not part of it. Only
                // when it starts the declaration: `void *__must_check __realloc_size(2)` is all one.
                if depth == 0, braces == 0, k + 1 < nameIndex, tokens[k + 1].line > tokens[k].line, tokens[k + 1].column == 1,
                   start + 1 < k, tokens[start + 1].text == "(", opening(tokens, k, from: start) == start + 1 {
                    start = k + 1
                }
            case "=", "[", "]", ",": if depth == 0 && braces == 0 { return nil }
            default: break
            }
        }
        return RecognizedFunction(declarationStart: start, nameIndex: nameIndex, parametersEnd: parametersEnd,
                                  isDefinition: isDefinition, trailingAnnotation: trailingAnnotation)
    }

    /// (name, closing `)` of the parameters, first token of the declarator) for `name ( ... )` at
    /// the end of `range`, looking inside `( * name ( ... ) ) ( ... )` for a function-pointer return.
    private static func declarator(_ tokens: [CToken], _ range: Range<Int>) -> (Int, Int, Int)? {
        guard range.count >= 3, tokens[range.upperBound - 1].text == ")",
              let open = opening(tokens, range.upperBound - 1, from: range.lowerBound), open > range.lowerBound else { return nil }
        let before = tokens[open - 1]
        if before.kind == .identifier, !attributeWords.contains(before.text) {
            return (open - 1, range.upperBound - 1, open - 1)
        }
        // `void (*f(int x))(int)`: the name and its parameters are inside the parentheses before.
        if before.text == ")", let inner = opening(tokens, open - 1, from: range.lowerBound),
           inner + 1 < open - 1, let found = declarator(tokens, (inner + 1)..<(open - 1)) {
            return (found.0, found.1, inner)
        }
        return nil
    }

    /// `int f(a, b) int a; int b;` up to the first `;`: a name whose parameter list holds only
    /// identifiers, followed by declarations. The body decides (see `recognize`).
    private static func kAndRHead(_ tokens: [CToken], _ range: Range<Int>) -> RecognizedFunction? {
        guard let open = tokens[range].firstIndex(where: { $0.text == "(" }), open > range.lowerBound,
              tokens[open - 1].kind == .identifier, !attributeWords.contains(tokens[open - 1].text),
              let close = tokens[open..<range.upperBound].firstIndex(where: { $0.text == ")" }),
              close > open + 1, close + 1 < range.upperBound,
              tokens[(open + 1)..<close].allSatisfy({ $0.kind == .identifier || $0.text == "," }),
              !tokens[range.lowerBound..<open].contains(where: { ["=", ",", "{", "}"].contains($0.text) })
        else { return nil }
        return RecognizedFunction(declarationStart: range.lowerBound, nameIndex: open - 1, parametersEnd: close, isDefinition: true)
    }

    static let attributeWords: Set<String> = ["__attribute__", "__attribute", "__declspec", "sizeof", "typeof", "__typeof__",
                                              "_Alignas", "alignas", "_Static_assert", "static_assert"]

    /// Kernel attribute macros (`include/linux/compiler_attributes.h`, `compiler_types.h`,
    /// `init.h`) and C function specifiers: they may come before `__rust_helper` and are not part of
    /// the return type. Everything else before the name is (`__u64` and `__poll_t` are types).
    static let attributeKeywords: Set<String> = [
        "static", "extern", "inline", "__inline", "__inline__", "_Noreturn",
        "__always_inline", "noinline", "__noinline", "__noreturn", "__must_check", "__cold", "__hot", "__pure",
        "__maybe_unused", "__always_unused", "__used", "__weak", "__visible", "notrace", "__init", "__exit",
        "__malloc", "__flatten", "__nocfi", "__deprecated", "__attribute_const__", "__noclone", "__naked",
        "__sched", "__cpuidle", "noinstr", "__no_kcsan", "__no_sanitize_address",
    ]
}
