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
        let table = WordTable.shared
        let length = end - start
        if length > 8 { return table.long(bytes[start..<end]) }
        var key: UInt64 = 0
        for k in 0..<length { key |= UInt64(bytes[start + k]) << (8 * UInt64(k)) }
        return table.short(key)
    }

    /// Every listed word with its flags: words of up to 8 bytes by their bytes packed
    /// little-endian into a `UInt64` (no identifier byte is 0, so the length is implied), sorted
    /// for a binary search; longer ones apart. A flat table, fetched once per doctest.
    struct WordTable: Sendable {
        private let keys: [UInt64]
        private let flags: [DoctestWords]
        private let longWords: [([UInt8], DoctestWords)]

        static let shared = WordTable()

        private init() {
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
            var short: [(UInt64, DoctestWords)] = []
            var long: [([UInt8], DoctestWords)] = []
            for (word, flag) in flags.sorted(by: { $0.key < $1.key }) {
                let bytes = Array(word.utf8)
                if bytes.count > 8 { long.append((bytes, flag)); continue }
                var key: UInt64 = 0
                for (k, b) in bytes.enumerated() { key |= UInt64(b) << (8 * UInt64(k)) }
                short.append((key, flag))
            }
            short.sort { $0.0 < $1.0 }
            keys = short.map(\.0)
            self.flags = short.map(\.1)
            longWords = long
        }

        /// The flags of the word of up to 8 bytes packed into `key`.
        @inline(__always) func short(_ key: UInt64) -> DoctestWords {
            keys.withUnsafeBufferPointer { keys in
                var lo = 0, hi = keys.count
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    let k = keys[mid]
                    if k == key { return flags[mid] }
                    if k < key { lo = mid + 1 } else { hi = mid }
                }
                return []
            }
        }

        /// The flags of a word longer than 8 bytes.
        func long(_ word: ArraySlice<UInt8>) -> DoctestWords {
            for (bytes, flags) in longWords where bytes.elementsEqual(word) { return flags }
            return []
        }
    }

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
