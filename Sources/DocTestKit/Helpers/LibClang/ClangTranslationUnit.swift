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

    /// Parses `contents` as the file at `path` (given to clang as an unsaved file, so byte offsets
    /// are those of `contents` even if the disk copy differs). Tolerant: an incomplete unit with
    /// every error kept, so that missing kernel headers do not make definitions disappear.
    init(clang: LibClang, path: String, contents: [UInt8], arguments: [String]) throws(ClangParseError) {
        guard let index = clang.createIndex(0, 0) else { throw ClangParseError(message: "clang_createIndex failed") }
        let options = CXTranslationUnit_Incomplete.rawValue | CXTranslationUnit_KeepGoing.rawValue
            | CXTranslationUnit_DetailedPreprocessingRecord.rawValue
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
            let text = clang.consume(clang.getTokenSpelling(unit, token))
            result.append(CToken(kind: kind, text: text, offset: where_.offset, line: where_.line, column: where_.column))
        }
        return result
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
            result.append(ClangFunctionDecl(
                name: clang.consume(clang.getCursorSpelling(cursor)),
                offset: location.offset, line: location.line, column: location.column,
                isDefinition: clang.isCursorDefinition(cursor) != 0,
                isStatic: clang.getStorageClass(cursor) == CX_SC_Static))
        }
        return result
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
