/// Finds every doc comment in one Rust file, attached to its item, after `#[cfg]` filtering.
public struct RustFileScanner: Sendable {
    public var cfg: CfgSet
    /// See `ExtractionOptions.pinDataRespansDocs`.
    public var pinDataRespansDocs: Bool

    public init(cfg: CfgSet, pinDataRespansDocs: Bool = false) {
        self.cfg = cfg
        self.pinDataRespansDocs = pinDataRespansDocs
    }

    /// Scans `file` as the crate root, or as module `modulePath` of a crate (a crate walker
    /// scanning `mod x;` files): item paths, module parents and the file's own `//!` docs are
    /// then under that path.
    public func scan(_ file: SourceFile, modulePath: [String] = []) -> RustFileScan {
        let (tokens, errors) = RustLexer(bytes: file.bytes).significantTokens()
        let scanner = ItemScanner(file: file, tokens: tokens, cfg: cfg)
        scanner.pinDataRespansDocs = pinDataRespansDocs
        scanner.scanCrate(path: modulePath)
        var findings = errors.map {
            Finding(location: SourceLocation(path: file.path, line: $0.line, column: $0.column),
                    severity: .error, ruleID: "lex-error", message: $0.message)
        }
        findings += scanner.findings
        // In file order (stable, so one place's findings keep the order they were made in).
        if findings.count > 1 {
            findings = findings.enumerated().sorted {
                ($0.element.location.line, $0.element.location.column, $0.offset) < ($1.element.location.line, $1.element.location.column, $1.offset)
            }.map(\.element)
        }
        return RustFileScan(docComments: scanner.takeDocComments(), modules: scanner.modules, findings: findings,
                            items: scanner.items)
    }
}
