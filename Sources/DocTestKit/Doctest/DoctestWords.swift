/// The word lists the statement scanner consults, as flags computed once per identifier token
/// (comparing bytes: every word is ASCII, and no other identifier equals one as a Swift `String`).
struct DoctestWords: OptionSet {
    let rawValue: UInt8

    /// Strict keywords: never a macro's name, never a value (but see `value`).
    static let keyword = DoctestWords(rawValue: 1 << 0)
    /// Keywords that are values: `self`, `Self`, `true`, `false`.
    static let value = DoctestWords(rawValue: 1 << 1)
    /// Words rustc's parser may accept before a name or literal (`yield 2`, `box x`, `union U`).
    static let reserved = DoctestWords(rawValue: 1 << 2)
    /// Lint levels (`#![allow(..)]` is only a maybe crate attribute).
    static let lint = DoctestWords(rawValue: 1 << 3)
    /// Words that may precede `fn` (or `impl`/`trait`) in an item (`const`, `extern` handled apart).
    static let fnQualifier = DoctestWords(rawValue: 1 << 4)
    /// After `const`, these make it a qualifier (`const fn`), anything else a `const` item.
    static let constFollower = DoctestWords(rawValue: 1 << 5)
    /// Words that continue an expression after a value: `as`, `else`, `in`.
    static let continuesExpression = DoctestWords(rawValue: 1 << 6)

    /// The flags of the identifier `bytes[start..<end]`.
    static func of(_ bytes: [UInt8], _ start: Int, _ end: Int) -> DoctestWords {
        let length = end - start
        guard length < table.count else { return [] }
        entries: for (word, flags) in table[length] {
            for k in 0..<length where bytes[start + k] != word[k] { continue entries }
            return flags
        }
        return []
    }

    /// Every listed word with its flags, grouped by length.
    private static let table: [[([UInt8], DoctestWords)]] = {
        var flags: [String: DoctestWords] = [:]
        func add(_ words: [String], _ flag: DoctestWords) {
            for word in words { flags[word, default: []].insert(flag) }
        }
        add(["as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
             "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
             "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
             "where", "while", "async", "await", "dyn", "macro_rules"], .keyword)
        add(["self", "Self", "true", "false"], .value)
        add(["abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
             "virtual", "yield", "try", "gen", "union", "auto", "safe", "default", "raw", "builtin"], .reserved)
        add(["forbid", "allow", "warn", "deny", "expect"], .lint)
        add(["async", "unsafe", "safe", "default"], .fnQualifier)
        add(["async", "unsafe", "safe", "extern", "fn"], .constFollower)
        add(["as", "else", "in"], .continuesExpression)
        var table = Array(repeating: [([UInt8], DoctestWords)](), count: 1 + flags.keys.map(\.utf8.count).max()!)
        for (word, flag) in flags.sorted(by: { $0.key < $1.key }) { table[word.utf8.count].append((Array(word.utf8), flag)) }
        return table
    }()

    /// Punctuation no statement or expression begins with (`~~~` left in the code).
    static func cannotStartStatement(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "~"), UInt8(ascii: "@"), UInt8(ascii: "$"), UInt8(ascii: "?"), UInt8(ascii: "="),
             UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: ","),
             UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    /// Binary operators and separators that cannot end an expression (`let x = ;`, `1 +`).
    static func isDanglingOperator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"),
             UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: ","), UInt8(ascii: "&"), UInt8(ascii: "|"),
             UInt8(ascii: "<"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
