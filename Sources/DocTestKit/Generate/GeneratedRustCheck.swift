/// The last check before the generated Rust replaces the old file: it must lex as Rust and its
/// brackets must balance. Everything kunitgen puts in is escaped or left out when it does not
/// parse, so this failing is kunitgen's bug; it is caught here rather than by the kernel build
/// after the good suite was overwritten.
public enum GeneratedRustCheck {
    /// nil when the text is fine, else `line: problem`.
    public static func problem(in text: String) -> String? {
        let bytes = Array(text.utf8)
        let (tokens, errors) = RustLexer(bytes: bytes).tokenize()
        if let error = errors.first { return "\(error.line): \(error.message)" }
        var open: [(UInt8, Int)] = []
        for token in tokens where token.kind == .punctuation && token.end == token.start + 1 {
            let c = bytes[token.start]
            switch c {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append((c, token.line))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                let expected: UInt8 = c == UInt8(ascii: ")") ? UInt8(ascii: "(") : c == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
                guard let last = open.popLast(), last.0 == expected else { return "\(token.line): unbalanced `\(Character(Unicode.Scalar(c)))`" }
            default:
                break
            }
        }
        if let last = open.last { return "\(last.1): unclosed `\(Character(Unicode.Scalar(last.0)))`" }
        return nil
    }
}
