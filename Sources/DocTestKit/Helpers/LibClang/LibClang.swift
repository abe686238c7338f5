#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibClang

/// libclang, opened with `dlopen` at run time so that the rest of kunitgen works on machines without
/// it. Every function kunitgen calls is resolved once into a typed C function pointer here; nothing
/// else in the package names a `clang_*` symbol directly.
public final class LibClang: @unchecked Sendable {
    // The pointers are immutable after `init` and libclang's functions are thread-safe per index.
    typealias CreateIndex = @convention(c) (Int32, Int32) -> CXIndex?
    typealias DisposeIndex = @convention(c) (CXIndex?) -> Void
    typealias ParseTU2 = @convention(c) (
        CXIndex?, UnsafePointer<CChar>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32,
        UnsafeMutablePointer<CXUnsavedFile>?, UInt32, UInt32,
        UnsafeMutablePointer<CXTranslationUnit?>?) -> CXErrorCode
    typealias DisposeTU = @convention(c) (CXTranslationUnit?) -> Void
    typealias TUCursor = @convention(c) (CXTranslationUnit?) -> CXCursor
    typealias Visitor = @convention(c) (CXCursor, CXCursor, CXClientData?) -> CXChildVisitResult
    typealias VisitChildren = @convention(c) (CXCursor, Visitor?, CXClientData?) -> UInt32
    typealias CursorKind = @convention(c) (CXCursor) -> CXCursorKind
    typealias CursorString = @convention(c) (CXCursor) -> CXString
    typealias CursorLocation = @convention(c) (CXCursor) -> CXSourceLocation
    typealias CursorExtent = @convention(c) (CXCursor) -> CXSourceRange
    typealias CursorUInt = @convention(c) (CXCursor) -> UInt32
    typealias StorageClass = @convention(c) (CXCursor) -> CX_StorageClass
    typealias FileLocation = @convention(c) (
        CXSourceLocation, UnsafeMutablePointer<CXFile?>?, UnsafeMutablePointer<UInt32>?,
        UnsafeMutablePointer<UInt32>?, UnsafeMutablePointer<UInt32>?) -> Void
    typealias GetFile = @convention(c) (CXTranslationUnit?, UnsafePointer<CChar>?) -> CXFile?
    typealias LocationForOffset = @convention(c) (CXTranslationUnit?, CXFile?, UInt32) -> CXSourceLocation
    typealias GetRange = @convention(c) (CXSourceLocation, CXSourceLocation) -> CXSourceRange
    typealias RangeEnd = @convention(c) (CXSourceRange) -> CXSourceLocation
    typealias Tokenize = @convention(c) (
        CXTranslationUnit?, CXSourceRange, UnsafeMutablePointer<UnsafeMutablePointer<CXToken>?>?,
        UnsafeMutablePointer<UInt32>?) -> Void
    typealias DisposeTokens = @convention(c) (CXTranslationUnit?, UnsafeMutablePointer<CXToken>?, UInt32) -> Void
    typealias TokenKind = @convention(c) (CXToken) -> CXTokenKind
    typealias TokenSpelling = @convention(c) (CXTranslationUnit?, CXToken) -> CXString
    typealias TokenLocation = @convention(c) (CXTranslationUnit?, CXToken) -> CXSourceLocation
    typealias SkippedRanges = @convention(c) (CXTranslationUnit?, CXFile?) -> UnsafeMutablePointer<CXSourceRangeList>?
    typealias DisposeRangeList = @convention(c) (UnsafeMutablePointer<CXSourceRangeList>?) -> Void
    typealias GetCString = @convention(c) (CXString) -> UnsafePointer<CChar>?
    typealias DisposeString = @convention(c) (CXString) -> Void
    typealias NumDiagnostics = @convention(c) (CXTranslationUnit?) -> UInt32
    typealias GetDiagnostic = @convention(c) (CXTranslationUnit?, UInt32) -> CXDiagnostic?
    typealias DisposeDiagnostic = @convention(c) (CXDiagnostic?) -> Void
    typealias DiagnosticSeverity = @convention(c) (CXDiagnostic?) -> CXDiagnosticSeverity
    typealias DiagnosticString = @convention(c) (CXDiagnostic?) -> CXString
    typealias DiagnosticLocation = @convention(c) (CXDiagnostic?) -> CXSourceLocation

    let createIndex: CreateIndex
    let disposeIndex: DisposeIndex
    let parseTranslationUnit2: ParseTU2
    let disposeTranslationUnit: DisposeTU
    let getTranslationUnitCursor: TUCursor
    let visitChildren: VisitChildren
    let getCursorKind: CursorKind
    let getCursorSpelling: CursorString
    let getCursorLocation: CursorLocation
    let getCursorExtent: CursorExtent
    let isCursorDefinition: CursorUInt
    let getStorageClass: StorageClass
    let getFileLocation: FileLocation
    let getFile: GetFile
    let getLocationForOffset: LocationForOffset
    let getRange: GetRange
    let getRangeStart: RangeEnd
    let getRangeEnd: RangeEnd
    let tokenize: Tokenize
    let disposeTokens: DisposeTokens
    let getTokenKind: TokenKind
    let getTokenSpelling: TokenSpelling
    let getTokenLocation: TokenLocation
    let getSkippedRanges: SkippedRanges
    let disposeSourceRangeList: DisposeRangeList
    let getCString: GetCString
    let disposeString: DisposeString
    let getNumDiagnostics: NumDiagnostics
    let getDiagnostic: GetDiagnostic
    let disposeDiagnostic: DisposeDiagnostic
    let getDiagnosticSeverity: DiagnosticSeverity
    let getDiagnosticSpelling: DiagnosticString
    let getDiagnosticCategoryText: DiagnosticString
    let getDiagnosticLocation: DiagnosticLocation

    /// Which file was opened, for `--version`-style reports.
    public let libraryPath: String
    private let handle: UnsafeMutableRawPointer

    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The names tried, in order: the unversioned development link, then the newest versions first.
    public static var candidateNames: [String] {
        var names = ["libclang.so", "libclang.so.1"]
        for version in stride(from: 21, through: 11, by: -1) { names.append("libclang-\(version).so.1") }
        for version in stride(from: 21, through: 11, by: -1) { names.append("/usr/lib/llvm-\(version)/lib/libclang.so.1") }
        names.append("/Library/Developer/CommandLineTools/usr/lib/libclang.dylib")
        return names
    }

    /// Loaded once per process; the error says what to install. `KUNITGEN_LIBCLANG=/path/libclang.so`
    /// names the one library to use instead of searching.
    public static let shared: Result<LibClang, LoadError> = {
        if let forced = getenv("KUNITGEN_LIBCLANG").map({ String(cString: $0) }), !forced.isEmpty {
            return load(candidates: [forced])
        }
        return load(candidates: candidateNames)
    }()

    public static func load(candidates: [String]) -> Result<LibClang, LoadError> {
        for name in candidates {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let library = LibClang(handle: handle, path: name) { return .success(library) }
            dlclose(handle)
        }
        return .failure(LoadError(description: "libclang not found: install libclang-dev"))
    }

    private init?(handle: UnsafeMutableRawPointer, path: String) {
        func symbol<T>(_ name: String, _: T.Type) -> T? {
            guard let pointer = dlsym(handle, name) else { return nil }
            return unsafeBitCast(pointer, to: T.self)
        }
        guard
            let createIndex = symbol("clang_createIndex", CreateIndex.self),
            let disposeIndex = symbol("clang_disposeIndex", DisposeIndex.self),
            let parseTranslationUnit2 = symbol("clang_parseTranslationUnit2", ParseTU2.self),
            let disposeTranslationUnit = symbol("clang_disposeTranslationUnit", DisposeTU.self),
            let getTranslationUnitCursor = symbol("clang_getTranslationUnitCursor", TUCursor.self),
            let visitChildren = symbol("clang_visitChildren", VisitChildren.self),
            let getCursorKind = symbol("clang_getCursorKind", CursorKind.self),
            let getCursorSpelling = symbol("clang_getCursorSpelling", CursorString.self),
            let getCursorLocation = symbol("clang_getCursorLocation", CursorLocation.self),
            let getCursorExtent = symbol("clang_getCursorExtent", CursorExtent.self),
            let isCursorDefinition = symbol("clang_isCursorDefinition", CursorUInt.self),
            let getStorageClass = symbol("clang_Cursor_getStorageClass", StorageClass.self),
            let getFileLocation = symbol("clang_getFileLocation", FileLocation.self),
            let getFile = symbol("clang_getFile", GetFile.self),
            let getLocationForOffset = symbol("clang_getLocationForOffset", LocationForOffset.self),
            let getRange = symbol("clang_getRange", GetRange.self),
            let getRangeStart = symbol("clang_getRangeStart", RangeEnd.self),
            let getRangeEnd = symbol("clang_getRangeEnd", RangeEnd.self),
            let tokenize = symbol("clang_tokenize", Tokenize.self),
            let disposeTokens = symbol("clang_disposeTokens", DisposeTokens.self),
            let getTokenKind = symbol("clang_getTokenKind", TokenKind.self),
            let getTokenSpelling = symbol("clang_getTokenSpelling", TokenSpelling.self),
            let getTokenLocation = symbol("clang_getTokenLocation", TokenLocation.self),
            let getSkippedRanges = symbol("clang_getSkippedRanges", SkippedRanges.self),
            let disposeSourceRangeList = symbol("clang_disposeSourceRangeList", DisposeRangeList.self),
            let getCString = symbol("clang_getCString", GetCString.self),
            let disposeString = symbol("clang_disposeString", DisposeString.self),
            let getNumDiagnostics = symbol("clang_getNumDiagnostics", NumDiagnostics.self),
            let getDiagnostic = symbol("clang_getDiagnostic", GetDiagnostic.self),
            let disposeDiagnostic = symbol("clang_disposeDiagnostic", DisposeDiagnostic.self),
            let getDiagnosticSeverity = symbol("clang_getDiagnosticSeverity", DiagnosticSeverity.self),
            let getDiagnosticSpelling = symbol("clang_getDiagnosticSpelling", DiagnosticString.self),
            let getDiagnosticCategoryText = symbol("clang_getDiagnosticCategoryText", DiagnosticString.self),
            let getDiagnosticLocation = symbol("clang_getDiagnosticLocation", DiagnosticLocation.self)
        else { return nil }
        self.handle = handle
        self.libraryPath = path
        self.createIndex = createIndex
        self.disposeIndex = disposeIndex
        self.parseTranslationUnit2 = parseTranslationUnit2
        self.disposeTranslationUnit = disposeTranslationUnit
        self.getTranslationUnitCursor = getTranslationUnitCursor
        self.visitChildren = visitChildren
        self.getCursorKind = getCursorKind
        self.getCursorSpelling = getCursorSpelling
        self.getCursorLocation = getCursorLocation
        self.getCursorExtent = getCursorExtent
        self.isCursorDefinition = isCursorDefinition
        self.getStorageClass = getStorageClass
        self.getFileLocation = getFileLocation
        self.getFile = getFile
        self.getLocationForOffset = getLocationForOffset
        self.getRange = getRange
        self.getRangeStart = getRangeStart
        self.getRangeEnd = getRangeEnd
        self.tokenize = tokenize
        self.disposeTokens = disposeTokens
        self.getTokenKind = getTokenKind
        self.getTokenSpelling = getTokenSpelling
        self.getTokenLocation = getTokenLocation
        self.getSkippedRanges = getSkippedRanges
        self.disposeSourceRangeList = disposeSourceRangeList
        self.getCString = getCString
        self.disposeString = disposeString
        self.getNumDiagnostics = getNumDiagnostics
        self.getDiagnostic = getDiagnostic
        self.disposeDiagnostic = disposeDiagnostic
        self.getDiagnosticSeverity = getDiagnosticSeverity
        self.getDiagnosticSpelling = getDiagnosticSpelling
        self.getDiagnosticCategoryText = getDiagnosticCategoryText
        self.getDiagnosticLocation = getDiagnosticLocation
    }

    // The library stays mapped for the life of the process (`shared` is never released); closing it
    // while a translation unit lives would leave dangling function pointers.

    /// Copies a `CXString` into Swift and frees it: every `CXString` goes through here.
    func consume(_ string: CXString) -> String {
        defer { disposeString(string) }
        guard let c = getCString(string) else { return "" }
        return String(cString: c)
    }

    /// File, line, column (1-based bytes) and byte offset of a location, as written in a file.
    func fileLocation(_ location: CXSourceLocation) -> (file: CXFile?, line: Int, column: Int, offset: Int) {
        var file: CXFile?
        var line: UInt32 = 0, column: UInt32 = 0, offset: UInt32 = 0
        getFileLocation(location, &file, &line, &column, &offset)
        return (file, Int(line), Int(column), Int(offset))
    }
}
