/// Finds every doc comment in one Rust file, attached to its item, after `#[cfg]` filtering.
public struct RustFileScanner: Sendable {
    public var cfg: CfgSet

    public init(cfg: CfgSet) {
        self.cfg = cfg
    }

    public func scan(_ file: SourceFile) -> RustFileScan {
        let (tokens, errors) = RustLexer(bytes: file.bytes).tokenize()
        let scanner = ItemScanner(file: file, tokens: tokens, cfg: cfg)
        scanner.scanCrate()
        var findings = errors.map {
            Finding(location: SourceLocation(path: file.path, line: $0.line, column: $0.column),
                    severity: .error, ruleID: "lex-error", message: $0.message)
        }
        findings += scanner.findings
        return RustFileScan(docComments: scanner.slots.compactMap { $0 }, modules: scanner.modules, findings: findings,
                            items: scanner.items)
    }
}
