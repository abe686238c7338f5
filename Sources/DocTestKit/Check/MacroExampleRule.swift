/// `macro-example-not-extracted`: a doc example in a `macro_rules!` body that kunitgen did not
/// extract from any invocation.
///
/// rustdoc tests such an example only where the macro is invoked. So:
///
/// - no invocation of the macro anywhere in its crate (outside its own definition, whose
///   recursive calls do not count): rustdoc never tests the example — a **warning**;
/// - an invocation exists (in the file or in another file of the crate) but kunitgen did not
///   expand it (nested `paste!`, `concat!` doc attributes, patterns it cannot match): the
///   example is real and tested by rustdoc, only not by this tool — a note of the opt-in rule
///   `macro-example-not-expanded` naming the invocation, never a claim that there is none.
///
/// The scanner's `doctest-in-macro` note is where the example's fence is; an example that was
/// extracted from an invocation has that true line and needs no finding at all.
public enum MacroExampleRule {
    public static let id = "macro-example-not-extracted"
    /// The note when an invocation exists (opt-in: kunitgen's limitation, not the kernel's).
    public static let expandedID = "macro-example-not-expanded"

    /// Lines of `name!` invocations in `source` outside `macro_rules! name { .. }` itself (and
    /// outside comments and doc comments, which the lexer keeps apart).
    public static func invocations(of name: String, in source: SourceFile) -> [Int] {
        let (tokens, _) = RustLexer(bytes: source.bytes).significantTokens()
        let cursor = TokenCursor(bytes: source.bytes, significant: tokens)
        var lines: [Int] = []
        var k = 0
        while k < cursor.count {
            if cursor.isWord(k, "macro_rules"), cursor.isPunct(k + 1, "!"), cursor.text(k + 2) == name, cursor.opens(k + 3) {
                k = cursor.afterGroup(k + 3)
                continue
            }
            if cursor.isIdentifier(k), cursor.text(k) == name, cursor.isPunct(k + 1, "!"), cursor.opens(k + 2) {
                lines.append(cursor.line(k))
            }
            k += 1
        }
        return lines
    }

    /// The macro a `doctest-in-macro` note is about (its message names it in backquotes).
    static func macroName(in message: String) -> String? {
        guard let open = message.firstIndex(of: "`") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "`") else { return nil }
        return String(rest[..<close])
    }

    /// The finding for one `doctest-in-macro` note of an example no extraction produced, given
    /// the invocations found for it (same file first).
    static func finding(for note: Finding, invocations: [SourceLocation]) -> Finding {
        let name = macroName(in: note.message) ?? "?"
        var finding = note
        finding.ruleID = id
        if let first = invocations.first {
            let place = first.path == note.location.path ? "line \(first.line)" : "\(first.path):\(first.line)"
            let more = invocations.count > 1 ? " (and \(invocations.count - 1) more)" : ""
            finding.severity = .note
            finding.ruleID = expandedID
            finding.message = "doc example inside macro_rules! `\(name)` is produced by the invocation at \(place)\(more), "
                + "which kunitgen cannot expand; rustdoc tests it there, but it is not checked here nor turned into a KUnit case"
            finding.fix = "nothing to fix in the kernel: a kunitgen limitation (nested macro such as `paste!`, or a doc attribute built by `concat!`)"
        } else {
            finding.severity = .warning
            finding.message = "doc example inside macro_rules! `\(name)` is never tested: no invocation of `\(name)!` in its crate produces it"
            finding.fix = "invoke the macro in its crate (rustdoc tests the example where it is invoked), or move the example to the macro's own doc comment"
        }
        return finding
    }
}
