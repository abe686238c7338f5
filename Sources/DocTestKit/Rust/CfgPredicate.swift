/// A `cfg` predicate: `all(..)`, `any(..)`, `not(..)`, `NAME`, `NAME = "value"`, `true`, `false`.
public indirect enum CfgPredicate: Hashable, Sendable {
    case all([CfgPredicate])
    case any([CfgPredicate])
    case not(CfgPredicate)
    case name(String)
    case value(String, String)
    case literal(Bool)

    public func evaluate(in cfg: CfgSet) -> Bool {
        switch self {
        case .all(let list): return list.allSatisfy { $0.evaluate(in: cfg) }
        case .any(let list): return list.contains { $0.evaluate(in: cfg) }
        case .not(let p): return !p.evaluate(in: cfg)
        case .name(let n): return cfg.isSet(n)
        case .value(let n, let v): return cfg.isSet(n, value: v)
        case .literal(let b): return b
        }
    }

    /// Parses a predicate from a string (`all(unix, feature = "x")`).
    public static func parse(_ text: String) -> CfgPredicate? {
        let bytes = Array(text.utf8)
        let tokens = RustLexer(bytes: bytes).tokenize().tokens.filter {
            $0.kind != .whitespace && $0.kind != .lineComment && $0.kind != .blockComment
        }
        var parser = CfgPredicateParser(bytes: bytes, tokens: tokens, position: 0, end: tokens.count)
        guard let p = parser.parsePredicate(), parser.position == tokens.count else { return nil }
        return p
    }
}

/// Recursive-descent parser over significant tokens `position..<end`.
struct CfgPredicateParser {
    let bytes: [UInt8]
    let tokens: [RustToken]
    var position: Int
    let end: Int
    var depth = 0
    static let maximumDepth = 128

    func text(_ i: Int) -> String { String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self) }
    func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i < end && tokens[i].kind == .punctuation && bytes[tokens[i].start] == c
    }

    /// One predicate; nil when malformed (the caller then treats the cfg as unknown).
    mutating func parsePredicate() -> CfgPredicate? {
        // Nested deeper than any real predicate: unparsable (so never a stack overflow).
        guard depth < Self.maximumDepth, position < end, tokens[position].kind == .identifier else { return nil }
        depth += 1
        defer { depth -= 1 }
        var name = text(position)
        if name.hasPrefix("r#") { name.removeFirst(2) }
        position += 1
        // A path like `a::b` is not a valid cfg name; reject it.
        if isPunct(position, UInt8(ascii: "(")) {
            position += 1
            var list: [CfgPredicate] = []
            while position < end, !isPunct(position, UInt8(ascii: ")")) {
                guard let p = parsePredicate() else { return nil }
                list.append(p)
                if isPunct(position, UInt8(ascii: ",")) { position += 1 } else { break }
            }
            guard isPunct(position, UInt8(ascii: ")")) else { return nil }
            position += 1
            switch name {
            case "all": return .all(list)
            case "any": return .any(list)
            case "not": return list.count == 1 ? .not(list[0]) : nil
            default: return nil
            }
        }
        if isPunct(position, UInt8(ascii: "=")) {
            position += 1
            guard position < end, tokens[position].kind == .string,
                  let value = StringLiteral.decode(bytes: bytes, token: tokens[position])?.value else { return nil }
            position += 1
            return .value(name, value)
        }
        if name == "true" { return .literal(true) }
        if name == "false" { return .literal(false) }
        return .name(name)
    }
}
