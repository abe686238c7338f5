/// Decodes Rust string literal tokens (`"..."` with escapes, `r#"..."#`) the way rustc does, and
/// records for each line of the decoded value the source line it starts on.
enum StringLiteral {
    struct Decoded {
        var value: String
        /// For each `\n`-separated piece of `value`, the 1-based source line of its first byte:
        /// a literal newline moves to the next source line, an escaped `\n` stays on its line.
        var pieceLines: [Int]
    }

    static func decode(bytes: [UInt8], token: RustToken) -> Decoded? {
        guard token.kind == .string, token.end <= bytes.count, token.start < token.end else { return nil }
        var i = token.start
        let first = bytes[i]
        // Only plain string literals are valid doc values (no `b".."`, `c".."`).
        if first == UInt8(ascii: "r") { return decodeRaw(bytes: bytes, token: token) }
        guard first == UInt8(ascii: "\"") else { return nil }
        i += 1
        var line = token.line
        var out: [UInt8] = []
        var pieceLines = [line]
        // The closing quote: the token may carry a suffix or be unterminated.
        var end = token.end
        while end > i, bytes[end - 1] != UInt8(ascii: "\"") { end -= 1 }
        end = max(end - 1, i)
        while i < end {
            let c = bytes[i]
            if c == 10 {
                line += 1
                out.append(10)
                pieceLines.append(line)
                i += 1
                continue
            }
            guard c == UInt8(ascii: "\\"), i + 1 < end else { out.append(c); i += 1; continue }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(10); pieceLines.append(line)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "0"): out.append(0)
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): out.append(e)
            case UInt8(ascii: "x"):
                let hex = i + 2 <= end ? String(decoding: bytes[i..<(i + 2)], as: UTF8.self) : ""
                guard let v = UInt8(hex, radix: 16), v < 0x80 else { return nil }
                out.append(v)
                i += 2
            case UInt8(ascii: "u"):
                guard i < end, bytes[i] == UInt8(ascii: "{") else { return nil }
                var j = i + 1
                while j < end, bytes[j] != UInt8(ascii: "}") { j += 1 }
                let hex = String(decoding: bytes[(i + 1)..<j].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
                guard j < end, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                if v == 10 { pieceLines.append(line) }
                i = j + 1
            case 10:
                // Line continuation: the newline and the whitespace after it vanish.
                line += 1
                while i < end, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 {
                    if bytes[i] == 10 { line += 1 }
                    i += 1
                }
                // A piece that starts after a continuation starts where its first byte is.
                if out.last == 10 || out.isEmpty { pieceLines[pieceLines.count - 1] = line }
            default:
                return nil
            }
        }
        return Decoded(value: String(decoding: out, as: UTF8.self), pieceLines: pieceLines)
    }

    private static func decodeRaw(bytes: [UInt8], token: RustToken) -> Decoded? {
        var i = token.start + 1
        var hashes = 0
        while i < token.end, bytes[i] == UInt8(ascii: "#") { hashes += 1; i += 1 }
        guard i < token.end, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let contentStart = i + 1
        // The first `"` followed by `hashes` `#` closes the literal (as the lexer decided).
        var contentEnd = contentStart
        while contentEnd < token.end {
            if bytes[contentEnd] == UInt8(ascii: "\""), closes(bytes, contentEnd, hashes, token.end) { break }
            contentEnd += 1
        }
        var line = token.line
        var pieceLines = [line]
        var k = contentStart
        while k < contentEnd { if bytes[k] == 10 { line += 1; pieceLines.append(line) }; k += 1 }
        return Decoded(value: String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self), pieceLines: pieceLines)
    }

    private static func closes(_ bytes: [UInt8], _ quote: Int, _ hashes: Int, _ end: Int) -> Bool {
        guard quote + hashes < end else { return false }
        for k in 0..<hashes where bytes[quote + 1 + k] != UInt8(ascii: "#") { return false }
        return true
    }
}
