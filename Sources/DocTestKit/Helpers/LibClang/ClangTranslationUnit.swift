#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibClang

/// A C token as libclang's raw lexer sees it (comments dropped), with its byte position in the file.
public struct CToken: Hashable, Sendable {
    public enum Kind: Sendable { case punctuation, keyword, identifier, literal }
    public var kind: Kind
    public var text: String
    /// Byte offset of the first byte in the file.
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(kind: Kind, text: String, offset: Int, line: Int, column: Int) {
        self.kind = kind
        self.text = text
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var endOffset: Int { offset + text.utf8.count }
    public var isWord: Bool { kind == .identifier || kind == .keyword }
}

/// A function declaration libclang's AST found at file scope of the main file.
struct ClangFunctionDecl: Sendable {
    var name: String
    /// Where the name is in the file; for a definition made by a macro, where the macro was used.
    var offset: Int
    var line: Int
    var column: Int
    var isDefinition: Bool
    var isStatic: Bool
    /// `annotate("...")` attributes on the declaration (`__rust_helper` is parsed as
    /// `annotate("rust_helper")`), read from the AST, so they count however many macros made them.
    var annotations: [String]
    /// Where the declaration's first token is, when that is written in this file (not in a macro).
    var extentStartOffset: Int?
}

struct ClangDiagnostic: Sendable {
    var isError: Bool
    var category: String
    var message: String
    var line: Int
    var column: Int
}

public struct ClangParseError: Error, Sendable {
    public var message: String
}

/// One parsed file. Owns its `CXIndex` and `CXTranslationUnit` and disposes both in `deinit`, the
/// unit first: the index must outlive every unit made from it. Tokens, skipped-range lists,
/// diagnostics and strings are copied into Swift values and freed before each method returns.
final class ClangTranslationUnit {
    private let clang: LibClang
    private let index: CXIndex
    private let unit: CXTranslationUnit
    private let file: CXFile?
    private let size: Int
    private let contents: [UInt8]

    /// Parses `contents` as the file at `path` (given to clang as an unsaved file, so byte offsets
    /// are those of `contents` even if the disk copy differs). Tolerant: an incomplete unit with
    /// every error kept, so that missing kernel headers do not make definitions disappear.
    /// - Parameter singleFile: do not enter `#include`s (helpers.c includes every helper file, and
    ///   only its own directives matter).
    init(clang: LibClang, path: String, contents: [UInt8], arguments: [String], singleFile: Bool = false) throws(ClangParseError) {
        guard let index = clang.createIndex(0, 0) else { throw ClangParseError(message: "clang_createIndex failed") }
        let options = CXTranslationUnit_Incomplete.rawValue | CXTranslationUnit_KeepGoing.rawValue
            | CXTranslationUnit_DetailedPreprocessingRecord.rawValue
            | (singleFile ? CXTranslationUnit_SingleFileParse.rawValue : 0)
        var unit: CXTranslationUnit?
        let code: CXErrorCode = path.withCString { cPath in
            contents.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    var unsaved = CXUnsavedFile(Filename: cPath, Contents: chars.baseAddress, Length: UInt(chars.count))
                    return withCStrings(arguments) { argv in
                        clang.parseTranslationUnit2(index, cPath, argv, Int32(arguments.count), &unsaved, 1, options, &unit)
                    }
                }
            }
        }
        guard code == CXError_Success, let unit else {
            clang.disposeIndex(index)
            throw ClangParseError(message: "libclang could not parse the file (error \(code.rawValue))")
        }
        self.clang = clang
        self.index = index
        self.unit = unit
        self.file = path.withCString { clang.getFile(unit, $0) }
        self.size = contents.count
        self.contents = contents
    }

    deinit {
        clang.disposeTranslationUnit(unit)
        clang.disposeIndex(index)
    }

    /// Every token of the file, active or not: libclang lexes the range raw, so code under an
    /// inactive `#if` is included, and so are the directives themselves.
    func tokens() -> [CToken] {
        guard let file else { return [] }
        let range = clang.getRange(clang.getLocationForOffset(unit, file, 0),
                                   clang.getLocationForOffset(unit, file, UInt32(size)))
        var raw: UnsafeMutablePointer<CXToken>?
        var count: UInt32 = 0
        clang.tokenize(unit, range, &raw, &count)
        guard let raw else { return [] }
        defer { clang.disposeTokens(unit, raw, count) }
        var result: [CToken] = []
        result.reserveCapacity(Int(count))
        for k in 0..<Int(count) {
            let token = raw[k]
            let kind: CToken.Kind
            switch clang.getTokenKind(token) {
            case CXToken_Punctuation: kind = .punctuation
            case CXToken_Keyword: kind = .keyword
            case CXToken_Identifier: kind = .identifier
            case CXToken_Literal: kind = .literal
            default: continue  // comments
            }
            let where_ = clang.fileLocation(clang.getTokenLocation(unit, token))
            var text = clang.consume(clang.getTokenSpelling(unit, token))
            var (offset, line, column) = (where_.offset, where_.line, where_.column)
            // A token right after a line splice (`\\` newline, as in every macro body line) starts
            // at the backslash, and non-identifiers are spelled with it: it is on the next line.
            while offset < contents.count, contents[offset] == UInt8(ascii: "\\") {
                var k = offset + 1
                while k < contents.count, contents[k] == 0x20 || contents[k] == 0x09 || contents[k] == 0x0D { k += 1 }
                guard k < contents.count, contents[k] == 0x0A else { break }
                offset = k + 1
                line += 1
                column = 1
            }
            if text.contains("\\") { text = Self.withoutSplices(text) }
            result.append(CToken(kind: kind, text: text, offset: offset, line: line, column: column))
        }
        return result
    }

    /// `text` without backslash-newline line splices.
    static func withoutSplices(_ text: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var k = 0
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "\\") {
                var j = k + 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                if j < bytes.count, bytes[j] == 0x0A { k = j + 1; continue }
            }
            out.append(bytes[k])
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte ranges the preprocessor skipped (inactive `#if` branches) in this file.
    func skippedRanges() -> [Range<Int>] {
        guard let list = clang.getSkippedRanges(unit, file) else { return [] }
        defer { clang.disposeSourceRangeList(list) }
        var result: [Range<Int>] = []
        let count = Int(list.pointee.count)
        guard count > 0, let ranges = list.pointee.ranges else { return [] }
        for k in 0..<count {
            let range = ranges[k]
            let start = clang.fileLocation(clang.getRangeStart(range))
            let end = clang.fileLocation(clang.getRangeEnd(range))
            if start.offset <= end.offset { result.append(start.offset..<end.offset) }
        }
        return result
    }

    /// Function declarations at file scope whose (expansion) location is in this file.
    func fileScopeFunctions() -> [ClangFunctionDecl] {
        final class Collector {
            var cursors: [CXCursor] = []
        }
        let collector = Collector()
        let root = clang.getTranslationUnitCursor(unit)
        _ = withExtendedLifetime(collector) {
            clang.visitChildren(root, { cursor, _, data in
                guard let data else { return CXChildVisit_Break }
                Unmanaged<Collector>.fromOpaque(data).takeUnretainedValue().cursors.append(cursor)
                return CXChildVisit_Continue
            }, Unmanaged.passUnretained(collector).toOpaque())
        }
        var result: [ClangFunctionDecl] = []
        for cursor in collector.cursors where clang.getCursorKind(cursor) == CXCursor_FunctionDecl {
            let location = clang.fileLocation(clang.getCursorLocation(cursor))
            guard let file, location.file == file else { continue }
            let start = clang.fileLocation(clang.getRangeStart(clang.getCursorExtent(cursor)))
            result.append(ClangFunctionDecl(
                name: clang.consume(clang.getCursorSpelling(cursor)),
                offset: location.offset, line: location.line, column: location.column,
                isDefinition: clang.isCursorDefinition(cursor) != 0,
                isStatic: clang.getStorageClass(cursor) == CX_SC_Static,
                annotations: annotations(of: cursor),
                extentStartOffset: start.file == file && start.offset <= location.offset ? start.offset : nil))
        }
        return result
    }

    /// The spellings of the `annotate` attributes among a declaration's children.
    private func annotations(of declaration: CXCursor) -> [String] {
        final class Collector {
            var cursors: [CXCursor] = []
        }
        let collector = Collector()
        _ = withExtendedLifetime(collector) {
            clang.visitChildren(declaration, { cursor, _, data in
                guard let data else { return CXChildVisit_Break }
                Unmanaged<Collector>.fromOpaque(data).takeUnretainedValue().cursors.append(cursor)
                return CXChildVisit_Continue
            }, Unmanaged.passUnretained(collector).toOpaque())
        }
        return collector.cursors.filter { clang.getCursorKind($0) == CXCursor_AnnotateAttr }
            .map { clang.consume(clang.getCursorSpelling($0)) }
    }

    /// Errors and warnings located in this file.
    func diagnostics() -> [ClangDiagnostic] {
        var result: [ClangDiagnostic] = []
        for k in 0..<clang.getNumDiagnostics(unit) {
            guard let diagnostic = clang.getDiagnostic(unit, k) else { continue }
            defer { clang.disposeDiagnostic(diagnostic) }
            let severity = clang.getDiagnosticSeverity(diagnostic)
            guard severity.rawValue >= CXDiagnostic_Warning.rawValue else { continue }
            let location = clang.fileLocation(clang.getDiagnosticLocation(diagnostic))
            guard let file, location.file == file else { continue }
            result.append(ClangDiagnostic(
                isError: severity.rawValue >= CXDiagnostic_Error.rawValue,
                category: clang.consume(clang.getDiagnosticCategoryText(diagnostic)),
                message: clang.consume(clang.getDiagnosticSpelling(diagnostic)),
                line: location.line, column: location.column))
        }
        return result
    }
}

/// Calls `body` with a C `argv` for `strings`, valid only during the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
