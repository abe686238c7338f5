/// A `macro_rules!` definition: the token ranges of its arms' matchers and transcribers.
struct MacroDefinition {
    struct Arm {
        /// Index of the matcher's opening bracket and of the transcriber's.
        var matcher: Int
        var body: Int
    }
    var name: String
    var arms: [Arm]
    /// Only macros whose bodies hold doc comments are worth expanding.
    var hasDocs: Bool
    /// Source lines of the definition's body.
    var lines: ClosedRange<Int>
}

extension ItemScanner {
    /// Remembers a `macro_rules!` body opening at `open` and reports doc examples inside it:
    /// rustdoc does not test them there, only in the items an invocation produces.
    func recordMacro(name: String, open: Int, active: Bool) {
        let close = min(cursor.afterGroup(open) - 1, cursor.count)
        var arms: [MacroDefinition.Arm] = []
        var k = open + 1
        while k < close {
            guard cursor.opens(k) else { k += 1; continue }
            let matcher = k
            k = cursor.afterGroup(k)
            guard cursor.isPunct(k, "="), cursor.isPunct(k + 1, ">"), cursor.opens(k + 2) else { continue }
            arms.append(.init(matcher: matcher, body: k + 2))
            k = cursor.afterGroup(k + 2)
            if cursor.isPunct(k, ";") { k += 1 }
        }
        guard active else { return }
        var hasDocs = false
        var k2 = open + 1
        var reported = false
        while k2 < close {
            let t = cursor.tokens[k2]
            let isDoc = t.kind == .outerDoc || t.kind == .innerDoc
                || (t.kind == .string && cursor.isPunct(k2 - 1, "=") && cursor.isWord(k2 - 2, "doc"))
            if isDoc {
                hasDocs = true
                let text = cursor.text(k2)
                // One note per run of doc lines holding an example.
                if !reported, text.contains("```") || text.contains("~~~") {
                    reported = true
                    report(.note, "doctest-in-macro",
                           "doc example inside macro_rules! `\(name)`: rustdoc tests it only where the macro is invoked", token: k2)
                }
            } else if !(cursor.isPunct(k2, "#") || cursor.isPunct(k2, "[") || cursor.isPunct(k2, "]") || cursor.isWord(k2, "doc")
                        || cursor.isPunct(k2, "=") || cursor.isPunct(k2, "$") || cursor.isPunct(k2, "(") || cursor.isPunct(k2, ")")) {
                reported = false
            }
            k2 += 1
        }
        let lines = cursor.line(open)...max(cursor.line(open), cursor.line(close))
        macros[name] = MacroDefinition(name: name, arms: arms, hasDocs: hasDocs, lines: lines)
    }

    private func argumentsHaveDocs(_ open: Int) -> Bool {
        let close = cursor.closer(open)
        var k = open + 1
        while k < close {
            let kind = cursor.tokens[k].kind
            if kind == .outerDoc || kind == .innerDoc || cursor.isWord(k, "doc") { return true }
            k += 1
        }
        return false
    }

    /// Scans the items a same-file macro invocation produces. rustdoc counts their doc lines from
    /// the outermost invocation; the true lines are those in the macro body.
    func expandInvocation(_ definition: MacroDefinition, open: Int, context: Context, invocationLine: Int) {
        guard expansionDepth < 8, definition.hasDocs || argumentsHaveDocs(open) else { return }
        guard let expansion = MacroExpander(cursor: cursor).expand(definition, argumentsOpen: open) else {
            report(.note, "macro-not-expanded",
                   "cannot expand `\(definition.name)!` here; doc examples it would produce are not extracted", token: open)
            return
        }
        let source = SourceFile(path: file.path, bytes: expansion.bytes)
        let tokens = RustLexer(bytes: source.bytes).significantTokens().tokens
        let sub = ItemScanner(file: source, tokens: tokens, cfg: cfg)
        sub.macros = macros
        sub.expansionDepth = expansionDepth + 1
        sub.testAttributeScope = testAttributeScope
        var origin = context.origin
        if case .source = origin {
            origin = .macroExpansion(macroName: definition.name, definitionLine: invocationLine, invocationLine: invocationLine)
        }
        var ignored = Attributes()
        sub.parseList(end: sub.cursor.count, context: Context(path: context.path, active: context.active, origin: origin),
                      mode: .module, enclosing: &ignored)
        func index(_ line: Int) -> Int { min(max(line - 1, 0), expansion.lines.count - 1) }
        func real(_ line: Int) -> Int { expansion.lines.isEmpty ? invocationLine : expansion.lines[index(line)] }
        for case var doc? in sub.slots {
            doc.lineMap = doc.lineMap.map(real)
            // rustdoc counts from the first doc attribute's span; written in the macro body, that
            // span is replaced by the invocation's (its expansion cause), else it is its own.
            let fromBody = expansion.fromBody.isEmpty || expansion.fromBody[index(doc.rustdocBaseLine)]
            doc.rustdocBaseLine = fromBody ? invocationLine : real(doc.rustdocBaseLine)
            if case .macroExpansion(let name, _, let invocation) = doc.origin, expansionDepth == 0 {
                let inBody = doc.lineMap.first { definition.lines.contains($0) }
                doc.origin = .macroExpansion(macroName: name, definitionLine: inBody ?? invocation, invocationLine: invocation)
            }
            slots.append(doc)
        }
        for var finding in sub.findings {
            finding.location.line = real(finding.location.line)
            findings.append(finding)
        }
    }
}
