/// Where one case landed in the generated Rust file (1-based lines of that file): its whole test
/// function, and the first line and column of its body (the code rustdoc prepared: crate-level
/// lines, the `fn main` wrapper, the doctest's own lines). Measured in the rendered text by
/// `KUnitEmitter`, so it holds for whatever layout the tree's `scripts/rustdoc_test_gen.rs` has.
public struct GeneratedCaseSpan: Hashable, Sendable, Codable {
    /// Index into `KUnitGeneration.cases`.
    public var caseIndex: Int
    public var firstLine: Int
    public var lastLine: Int
    public var bodyFirstLine: Int
    /// Column (1-based, in characters) where the body's first line starts.
    public var bodyFirstColumn: Int
}
