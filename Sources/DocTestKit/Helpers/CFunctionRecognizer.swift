/// A function declaration found from tokens alone: `specifiers name ( params ) {` or `... ;`.
struct RecognizedFunction: Sendable {
    /// Indices into the token array given to the recognizer.
    var declarationStart: Int
    var nameIndex: Int
    var parametersEnd: Int
    var isDefinition: Bool
}

/// Token-level recognition of file-scope function declarations. Used for branches the preprocessor
/// skipped (libclang builds no AST there) and to read, for every function, the specifier tokens
/// the AST does not keep (`__rust_helper` expands to nothing or to an attribute).
enum CFunctionRecognizer {
    struct Result {
        var functions: [RecognizedFunction] = []
        /// Unbalanced `(`/`)`/`{`/`}`: where the structure broke. After an unclosed `{` nothing
        /// more is recognised (`stopsScan`); after a bad `(`/`)` the next declaration starts afresh.
        var imbalances: [(token: CToken, stopsScan: Bool)] = []
    }

    static func recognize(_ tokens: [CToken]) -> Result {
        var result = Result()
        var declarationStart = 0
        var k = 0
        var openParentheses: [Int] = []
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
                if let function = shape(tokens, min(declarationStart, k)..<k, isDefinition: false) { result.functions.append(function) }
                declarationStart = k + 1
                k += 1
            } else if text == "{" {
                let function = shape(tokens, min(declarationStart, k)..<k, isDefinition: true)
                guard let close = matchingBrace(tokens, from: k) else {
                    result.imbalances.append((tokens[k], true))
                    if let function { result.functions.append(function) }
                    return result
                }
                if let function { result.functions.append(function) }
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

    /// `tokens[range]` as a function declarator: ends with a parenthesised parameter list directly
    /// after an identifier, with no `=` before it.
    private static func shape(_ tokens: [CToken], _ range: Range<Int>, isDefinition: Bool) -> RecognizedFunction? {
        guard range.count >= 3, tokens[range.upperBound - 1].text == ")" else { return nil }
        let parametersEnd = range.upperBound - 1
        var depth = 0
        var open: Int?
        for k in stride(from: parametersEnd, through: range.lowerBound, by: -1) {
            if tokens[k].text == ")" { depth += 1 } else if tokens[k].text == "(" {
                depth -= 1
                if depth == 0 { open = k; break }
            }
        }
        guard let open, open > range.lowerBound else { return nil }
        let nameIndex = open - 1
        guard tokens[nameIndex].kind == .identifier, !attributeWords.contains(tokens[nameIndex].text) else { return nil }
        var start = range.lowerBound
        depth = 0
        for k in range.lowerBound..<nameIndex {
            switch tokens[k].text {
            case "(": depth += 1
            case ")":
                depth -= 1
                // `MACRO(args)` alone on a line before the declaration (no `;`): not part of it.
                if depth == 0, k + 1 < nameIndex, tokens[k + 1].line > tokens[k].line, tokens[k + 1].column == 1 {
                    start = k + 1
                }
            case "=", "[", "]", "{", "}", ",": if depth == 0 { return nil }
            default: break
            }
        }
        return RecognizedFunction(declarationStart: start, nameIndex: nameIndex, parametersEnd: parametersEnd, isDefinition: isDefinition)
    }

    static let attributeWords: Set<String> = ["__attribute__", "__attribute", "__declspec", "sizeof", "typeof", "__typeof__"]
}
