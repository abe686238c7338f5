import Testing
@testable import DocTestKit

/// Expected token kinds follow rustc_lexer's decisions (checked against rustc where they are subtle).
struct RustLexerTests {
    func lex(_ s: String) -> [(RustToken.Kind, String)] {
        let bytes = Array(s.utf8)
        return RustLexer(bytes: bytes).tokenize().tokens
            .filter { $0.kind != .whitespace }
            .map { ($0.kind, String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)) }
    }

    func kinds(_ s: String) -> [RustToken.Kind] { lex(s).map(\.0) }
    func texts(_ s: String) -> [String] { lex(s).map(\.1) }

    @Test func coversEveryByteInOrder() {
        let s = "fn main() { let x = r#\"a\"#; /* c /* d */ */ 'a' }\n// e\n"
        let tokens = RustLexer(bytes: Array(s.utf8)).tokenize().tokens
        var offset = 0
        for t in tokens { #expect(t.start == offset); offset = t.end }
        #expect(offset == s.utf8.count)
    }

    @Test func lineComments() {
        #expect(kinds("// a\n/// b\n//// c\n//! d\n//!! e\n///") ==
            [.lineComment, .outerDoc, .lineComment, .innerDoc, .innerDoc, .outerDoc])
        #expect(texts("/// b\nx") == ["/// b", "x"])
    }

    @Test func blockComments() {
        #expect(kinds("/* a */ /** b */ /*** c */ /**/ /*! d */ /* x /* y */ z */") ==
            [.blockComment, .outerDoc, .blockComment, .blockComment, .innerDoc, .blockComment])
        #expect(texts("/* a /* b */ c */ d") == ["/* a /* b */ c */", "d"])
    }

    @Test func identifiers() {
        #expect(lex("r#type foo_1 _ é_x Δx") .map(\.0) == [.identifier, .identifier, .identifier, .identifier, .identifier])
        #expect(texts("r#type") == ["r#type"])
        #expect(texts("bx cx rx") == ["bx", "cx", "rx"])
    }

    @Test func lifetimesAndChars() {
        #expect(lex("'a' '\\'' '\\u{1F600}' 'a 'static '_ b'x' 'é' '😀'").map(\.0) ==
            [.character, .character, .character, .lifetime, .lifetime, .lifetime, .character, .character, .character])
        #expect(texts("&'a str") == ["&", "'a", "str"])
        #expect(texts("'\\\\'") == ["'\\\\'"])
        #expect(texts("<'r#a>") == ["<", "'r#a", ">"])
    }

    @Test func strings() {
        let s = ####""a\"b" b"x" c"y" r"z\" r#"q"p"# br##"w"#"## cr"v" "s"suffix"####
        #expect(texts(s) == [#""a\"b""#, #"b"x""#, #"c"y""#, #"r"z\""#, ##"r#"q"p"#"##, ###"br##"w"#"##"###, #"cr"v""#, #""s"suffix"#])
        #expect(kinds(s).allSatisfy { $0 == .string })
        #expect(texts("\"a\nb\" x") == ["\"a\nb\"", "x"])
    }

    @Test func numbers() {
        #expect(texts("1.0e-3 0x_FF_u8 1..2 1.foo() 2.5f32 1e10 0b1010 0o77 1_000 1. x") ==
            ["1.0e-3", "0x_FF_u8", "1", ".", ".", "2", "1", ".", "foo", "(", ")", "2.5f32", "1e10", "0b1010", "0o77", "1_000", "1.", "x"])
        #expect(kinds("1..2") == [.number, .punctuation, .punctuation, .number])
        #expect(texts("t.0.1") == ["t", ".", "0.1"])
    }

    @Test func punctuationIsSingleBytes() {
        #expect(texts("a::<b>>=c->d") == ["a", ":", ":", "<", "b", ">", ">", "=", "c", "-", ">", "d"])
        #expect(kinds("#![doc]").prefix(3) == [.punctuation, .punctuation, .punctuation])
    }

    @Test func lineNumbers() {
        let tokens = RustLexer(bytes: Array("a\n/* x\ny */ b\n\"s\nt\" c".utf8)).tokenize().tokens.filter { $0.kind != .whitespace }
        #expect(tokens.map(\.line) == [1, 2, 3, 4, 5])
    }

    @Test func unterminatedBlockCommentRunsToEnd() {
        let s = "fn a() {}\n  /* open /* nested */\nfn b() {}"
        let (tokens, errors) = RustLexer(bytes: Array(s.utf8)).tokenize()
        #expect(errors == [LexError(message: "unterminated block comment", line: 2, column: 3)])
        #expect(tokens.last?.kind == .blockComment)
        #expect(tokens.last?.end == s.utf8.count)
    }

    @Test func unterminatedStringRunsToEnd() {
        let s = "x\n y \"abc\nfn b() {}"
        let (tokens, errors) = RustLexer(bytes: Array(s.utf8)).tokenize()
        #expect(errors == [LexError(message: "unterminated double quote string", line: 2, column: 4)])
        #expect(tokens.last?.kind == .string)
        #expect(tokens.last?.end == s.utf8.count)
        let raw = RustLexer(bytes: Array("r##\"abc\"# x".utf8)).tokenize()
        #expect(raw.errors.count == 1 && raw.tokens.last?.kind == .string)
    }

    @Test func unterminatedCharStopsAtLineEndLikeRustc() {
        let (tokens, errors) = RustLexer(bytes: Array("'\\x\nfn".utf8)).tokenize()
        #expect(errors.map(\.line) == [1])
        #expect(tokens.map(\.kind) == [.character, .whitespace, .identifier])
    }

    @Test func shebangIsSkippedButInnerAttributeIsNot() {
        #expect(kinds("#!/usr/bin/env x\nfn") == [.lineComment, .identifier])
        #expect(kinds("#![a]").first == .punctuation)
    }

    @Test func neverCrashesOnTruncatedInput() {
        let s = Array("r#\"é b'\\ '\\u{ 0x 1e+ /*! \u{1F600} r# br c\"".utf8)
        for end in 0...s.count {
            for start in stride(from: 0, through: end, by: 3) {
                let tokens = RustLexer(bytes: Array(s[start..<end])).tokenize().tokens
                #expect(tokens.last.map { $0.end == end - start } ?? (start == end))
            }
        }
    }

    /// The lexer's fast paths (whitespace runs, plain identifiers, single punctuation) decide as
    /// the general dispatch does, at the edges: `b`/`c`/`r` prefixes, non-ASCII identifier bytes,
    /// Unicode whitespace between lines, and the significant-token view of the same text.
    @Test func fastPathsAgreeAtTheirEdges() {
        #expect(texts("b c r br cr rb crate break return bé ré cé b1 r_ c_x") ==
            ["b", "c", "r", "br", "cr", "rb", "crate", "break", "return", "bé", "ré", "cé", "b1", "r_", "c_x"])
        #expect(kinds("b'x' b\"y\" br\"z\" c\"w\" cr#\"v\"# r#\"u\"# r#t") ==
            [.character, .string, .string, .string, .string, .string, .identifier])
        #expect(texts("aé\u{2028}b x\u{85}y") == ["aé", "b", "x", "y"])
        let s = "a \u{2028}\n\t b\r\n\n/ c\u{200E}\n\u{2029}d"
        let all = RustLexer(bytes: Array(s.utf8)).tokenize().tokens
        #expect(all.filter { $0.kind == .identifier }.map(\.line) == [1, 2, 4, 5])
        let significant = RustLexer(bytes: Array(s.utf8)).significantTokens().tokens
        #expect(significant == all.filter { $0.kind != .whitespace && $0.kind != .lineComment && $0.kind != .blockComment })
    }
}
