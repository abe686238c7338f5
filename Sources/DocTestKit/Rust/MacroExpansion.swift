/// A `macro_rules!` definition: the token ranges of its arms' matchers and transcribers.
struct MacroDefinition {
    struct Arm {
        /// Index of the matcher's opening bracket and of the transcriber's.
        var matcher: Int
        var body: Int
    }
    var name: String
    var arms: [Arm]
}

extension ItemScanner {
    /// Remembers a `macro_rules!` body opening at `open` and reports doc examples inside it:
    /// rustdoc does not test them there, only in the items an invocation produces.
    func recordMacro(name: String, open: Int, active: Bool) {
        let close = min(cursor.afterGroup(open) - 1, cursor.count)
        var arms: [MacroDefinition.Arm] = []
        var k = open + 1
        while k < close {
            guard cursor.partner[k] >= 0 else { k += 1; continue }
            let matcher = k
            k = cursor.afterGroup(k)
            guard cursor.isPunct(k, "="), cursor.isPunct(k + 1, ">"), cursor.partner[min(k + 2, cursor.count - 1)] >= 0 else { continue }
            arms.append(.init(matcher: matcher, body: k + 2))
            k = cursor.afterGroup(k + 2)
            if cursor.isPunct(k, ";") { k += 1 }
        }
        guard active else { return }
        macros[name] = MacroDefinition(name: name, arms: arms)
        var k2 = open + 1
        var reportedLine = -1
        while k2 < close {
            let t = cursor.tokens[k2]
            if t.kind == .outerDoc || t.kind == .innerDoc || (t.kind == .string && cursor.isPunct(k2 - 1, "=") && cursor.isWord(k2 - 2, "doc")) {
                let text = cursor.text(k2)
                if text.contains("```") || text.contains("~~~"), t.line != reportedLine {
                    reportedLine = t.line
                    report(.note, "doctest-in-macro",
                           "doc example inside macro_rules! `\(name)`: rustdoc tests it only where the macro is invoked", token: k2)
                }
            }
            k2 += 1
        }
    }

    func expandInvocation(_ definition: MacroDefinition, open: Int, context: Context) {
        // Filled in by MacroExpander.
    }
}
