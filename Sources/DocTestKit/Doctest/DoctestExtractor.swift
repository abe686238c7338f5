import Foundation

/// Options that decide which doctests exist and how their code is prepared.
public struct ExtractionOptions: Sendable {
    public var crateName: String
    public var edition: String
    public var cfg: CfgSet
    /// The tree's `#[pin_data]` is token-based (`macro_rules! __pin_data`, before 7.0), which
    /// gives the docs it re-emits the attribute's span: rustdoc's line counts from `#[pin_data]`.
    public var pinDataRespansDocs: Bool

    public init(crateName: String = "kernel", edition: String = "2021", cfg: CfgSet = CfgSet(), pinDataRespansDocs: Bool = false) {
        self.crateName = crateName
        self.edition = edition
        self.cfg = cfg
        self.pinDataRespansDocs = pinDataRespansDocs
    }

    /// The scanner these options call for.
    public var scanner: RustFileScanner { RustFileScanner(cfg: cfg, pinDataRespansDocs: pinDataRespansDocs) }
}

public struct ExtractionResult: Sendable {
    public var doctests: [Doctest]
    public var findings: [Finding]
    /// Number of files read successfully.
    public var filesRead: Int

    public init(doctests: [Doctest] = [], findings: [Finding] = [], filesRead: Int = 0) {
        self.doctests = doctests
        self.findings = findings
        self.filesRead = filesRead
    }
}

/// The extraction pipeline: source → doc comments → Markdown code blocks → doctests.
public struct DoctestExtractor: Sendable {
    public var options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Doctests of one file read as a crate root of its own, like `rustdoc FILE`.
    public func extract(from file: SourceFile) -> ExtractionResult {
        extract(from: file, scan: options.scanner.scan(file))
    }

    /// The same, from a scan already made with `options.cfg` (so a file is scanned once).
    public func extract(from file: SourceFile, scan: RustFileScan) -> ExtractionResult {
        let builder = DoctestBuilder(crateName: options.crateName, edition: options.edition)
        var doctests: [Doctest] = []
        var infos = LangStringCache()
        for doc in scan.docComments {
            for block in CodeBlockFinder.codeBlocks(in: doc.text) {
                let attributes = block.isFenced ? infos.parse(block.info) : LangString()
                guard attributes.rust else { continue }
                let originalBytes = HiddenLines.codeBytes(block.text)
                let original = String(decoding: originalBytes, as: UTF8.self)
                doctests.append(Doctest(
                    file: file.path,
                    line: doc.trueLine(forDocLine: block.docLine),
                    rustdocLine: doc.rustdocLine(forDocLine: block.docLine),
                    itemPath: doc.itemPath,
                    attributes: attributes,
                    originalCode: original,
                    prepared: builder.prepare(originalCode: original, bytes: originalBytes, attributes: attributes,
                                              testAttributes: doc.testAttributes),
                    origin: doc.origin,
                    isFenced: block.isFenced))
            }
        }
        return ExtractionResult(doctests: doctests, findings: scan.findings, filesRead: 1)
    }

    /// Doctests of every file and every `*.rs` below every directory given, in the order given
    /// (directories sorted). Unreadable inputs become findings; the rest are still processed.
    /// Files are independent, so they are read and scanned concurrently; results keep file order.
    public func extract(paths: [String]) -> ExtractionResult {
        var result = ExtractionResult()
        var files: [String] = []
        for path in paths {
            let listing = RustSourceWalker.rustFiles(at: path)
            result.findings += listing.findings
            files += listing.files
        }
        let perFile = ConcurrentMap.map(files) { file -> ExtractionResult in
            do throws(SourceError) {
                return extract(from: try SourceFile.read(path: file))
            } catch {
                return ExtractionResult(findings: [error.finding])
            }
        }
        for one in perFile {
            result.doctests += one.doctests
            result.findings += one.findings
            result.filesRead += one.filesRead
        }
        return result
    }
}

/// The info strings of a file's fences repeat (`rust`, `ignore`, none): each distinct one (by
/// its bytes) is parsed once.
struct LangStringCache {
    private var infos: [String] = []
    private var parsed: [LangString] = []

    mutating func parse(_ info: String) -> LangString {
        let count = info.utf8.count
        for i in infos.indices where infos[i].utf8.count == count && infos[i].utf8.elementsEqual(info.utf8) {
            return parsed[i]
        }
        let result = LangString.parse(info)
        if infos.count < 16 {
            infos.append(info)
            parsed.append(result)
        }
        return result
    }
}
