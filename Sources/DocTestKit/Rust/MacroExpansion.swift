/// What is left of a file's macro-expansion allowance, shared by every level of expansion.
final class ExpansionBudget {
    var remaining: Int
    init(bytes: Int) { remaining = bytes }

    /// Takes `bytes` if there are that many left.
    func take(_ bytes: Int) -> Bool {
        guard bytes <= remaining else { remaining = 0; return false }
        remaining -= bytes
        return true
    }
}

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
    /// The tokens the indices above are into, and the expansion depth of the scanner that read
    /// them: a macro defined in the file and invoked from an expansion is matched and transcribed
    /// from the file's tokens.
    var cursor: TokenCursor
    var depth: Int
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
        macros[name] = MacroDefinition(name: name, arms: arms, hasDocs: hasDocs, lines: lines, cursor: cursor, depth: expansionDepth)
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
        let expander = MacroExpander(cursor: cursor, definition: definition.cursor,
                                     bodyLinesAreAbsolute: definition.depth == 0 && expansionDepth > 0)
        guard let expansion = expander.expand(definition, argumentsOpen: open) else {
            report(.note, "macro-not-expanded",
                   "cannot expand `\(definition.name)!` here; doc examples it would produce are not extracted", token: open)
            return
        }
        guard expansionBudget.take(expansion.bytes.count) else {
            report(.note, "macro-not-expanded",
                   "`\(definition.name)!` expands to more than this file's macro budget; doc examples it would produce are not extracted", token: open)
            return
        }
        var origin = context.origin
        if case .source = origin {
            origin = .macroExpansion(macroName: definition.name, definitionLine: invocationLine, invocationLine: invocationLine)
        }
        scan(expansion, definition: definition, context: Context(path: context.path, active: context.active, origin: origin),
             invocationLine: invocationLine)
    }

    /// Scans the items of `paste! { .. }` (the group opening at `open`): paste is a proc macro
    /// the kernel uses around items (`rust/kernel/bits.rs`), transparent but for the identifiers
    /// it pastes together, and it keeps its input's spans, so rustdoc's lines are the input's.
    func expandPaste(open: Int, context: Context) {
        guard expansionDepth < 8 else { return }
        let pasted = MacroExpander(cursor: cursor).pasted(open: open)
        guard expansionBudget.take(pasted.bytes.count) else { return }
        scan(pasted, definition: nil, context: context, invocationLine: cursor.line(open))
    }

    /// Scans an expansion's text with a scanner of its own and maps what it finds back to the
    /// lines of this file.
    private func scan(_ expansion: MacroExpander.Expansion, definition: MacroDefinition?, context: Context, invocationLine: Int) {
        let source = SourceFile(path: file.path, bytes: expansion.bytes)
        let tokens = RustLexer(bytes: source.bytes).significantTokens().tokens
        let sub = ItemScanner(file: source, tokens: tokens, cfg: cfg)
        sub.macros = macros
        sub.expansionDepth = expansionDepth + 1
        sub.pinDataRespansDocs = pinDataRespansDocs
        sub.expansionBudget = expansionBudget
        sub.testAttributeScope = testAttributeScope
        var ignored = Attributes()
        sub.parseList(end: sub.cursor.count, context: context, mode: .module, enclosing: &ignored)
        // Lines of the expansion's text map to lines of this scanner's text. A negative line is
        // already a true line of the file (negated; see `MacroExpander.bodyLinesAreAbsolute`):
        // it passes every level unchanged and the outermost level restores its sign.
        func index(_ line: Int) -> Int { min(max(line - 1, 0), expansion.lines.count - 1) }
        func real(_ line: Int) -> Int {
            let mapped = line < 0 ? line : (expansion.lines.isEmpty ? invocationLine : expansion.lines[index(line)])
            return expansionDepth == 0 ? abs(mapped) : mapped
        }
        for case var doc? in sub.slots {
            doc.lineMap = doc.lineMap.map(real)
            // rustdoc counts from the first doc attribute's span; written in the macro body, that
            // span is replaced by the invocation's (its expansion cause), else it is its own.
            let fromBody = expansion.fromBody.isEmpty || doc.rustdocBaseLine < 0 || expansion.fromBody[index(doc.rustdocBaseLine)]
            doc.rustdocBaseLine = fromBody ? invocationLine : real(doc.rustdocBaseLine)
            if let definition, case .macroExpansion(let name, _, let invocation) = doc.origin, expansionDepth == 0 {
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
