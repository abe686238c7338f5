// libFuzzer entry point for DocTestKit's input parsers. Built by `scripts/fuzz` together with
// DocTestKit's sources into one module (so internal helpers such as the UTF-8 check are visible).
//
// Components (KUNITGEN_FUZZ_COMPONENT pins one; unset, the input's first byte chooses):
//   lexer       RustLexer on the raw bytes (any bytes: the lexer is public API)
//   scanner     the whole extraction of one file (RustFileScanner → CodeBlockFinder →
//               LangString → DoctestBuilder), on inputs SourceFile.read accepts
//   markdown    CodeBlockFinder on a doc comment's Markdown, and the cmark-free reader of plain
//               structures (TopLevelFences) against cmark wherever it answers
//   langstring  the LangString (info string) parser
//   ktap        the KTAP reader and parser (kunit.py's, streaming) on any bytes
//   generate    the input as a crate root: extraction, then the KUnit generator; the property is
//               that the generated Rust always lexes with balanced brackets (GeneratedRustCheck)
import Foundation

enum FuzzComponent: Int, CaseIterable {
    case lexer, scanner, markdown, langstring, ktap, generate

    /// Pinned by the environment once, at start (reading it per input would slow the fuzzer down).
    static let pinned: FuzzComponent? = {
        guard let raw = getenv("KUNITGEN_FUZZ_COMPONENT") else { return nil }
        let name = String(cString: raw)
        return FuzzComponent.allCases.first { "\($0)" == name }
    }()
}

let fuzzOptions = ExtractionOptions(cfg: CfgSet.rustdocDefault(adding: ["CONFIG_X"]).cfg)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let component: FuzzComponent
    if let pinned = FuzzComponent.pinned {
        component = pinned
    } else {
        guard let first = bytes.first else { return 0 }
        component = FuzzComponent(rawValue: Int(first) % FuzzComponent.allCases.count) ?? .lexer
        bytes.removeFirst()
    }
    runComponent(component, bytes)
    return 0
}

func runComponent(_ component: FuzzComponent, _ bytes: [UInt8]) {
    switch component {
    case .lexer:
        _ = RustLexer(bytes: bytes).tokenize()
    case .scanner:
        // What SourceFile.read lets through: UTF-8 without NUL bytes.
        guard !bytes.contains(0), SourceFile.firstInvalidUTF8Offset(bytes) == nil else { return }
        _ = DoctestExtractor(options: fuzzOptions).extract(from: SourceFile(path: "fuzz.rs", bytes: bytes))
    case .markdown:
        // Doc comments reach the block finder as Swift strings (decoded UTF-8).
        var text = String(decoding: bytes, as: UTF8.self)
        _ = CodeBlockFinder.codeBlocks(in: text)
        // Differential: wherever the cmark-free reader answers, cmark must find the same blocks.
        text.withUTF8 { utf8 in
            if let direct = TopLevelFences.codeBlocks(utf8), direct != CodeBlockFinder.cmarkCodeBlocks(utf8) {
                fatalError("TopLevelFences and cmark disagree")
            }
        }
    case .langstring:
        _ = LangString.parse(String(decoding: bytes, as: UTF8.self))
    case .ktap:
        _ = try? KTAPParser.parse(KTAPLineSource(bytes: bytes))
    case .generate:
        guard !bytes.contains(0), SourceFile.firstInvalidUTF8Offset(bytes) == nil else { return }
        let doctests = DoctestExtractor(options: fuzzOptions).extract(from: SourceFile(path: "rust/kernel/lib.rs", bytes: bytes)).doctests
        let generation = KUnitGenerator.generate(doctests, options: KUnitGenerationOptions())
        if let problem = GeneratedRustCheck.problem(in: generation.rust.contents) {
            fatalError("generated Rust does not parse: \(problem)")
        }
    }
}
