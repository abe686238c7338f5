/// The documentation of one item after rustdoc's joining and unindenting of its fragments
/// (`///`, `//!`, `/** */`, `/*! */`, `#[doc = ".."]`, active `#[cfg_attr(.., doc = "..")]`).
public struct DocComment: Hashable, Sendable {
    /// Path of the documented item inside the file's crate (`[]` for the crate root).
    public var itemPath: [String]
    /// The joined, unindented Markdown: rustdoc's `doc_value()`.
    public var text: String
    /// For each line of `text` (0-based index), the true 1-based source line it came from.
    public var lineMap: [Int]
    /// The line rustdoc counts doc lines from (see `rustdocLine(forDocLine:)`): the line of the
    /// first doc attribute that survived `cfg_attr` (outer docs before inner ones; for an active
    /// `cfg_attr` the line of its inner `doc = ..`), or, when that attribute was written in a
    /// `macro_rules!` body, the line of the outermost invocation (its span's expansion cause).
    public var rustdocBaseLine: Int
    public var origin: DoctestOrigin
    /// The `#[doc(test(attr(..)))]` attributes in scope (crate root first, then each enclosing
    /// item's, then the item's own), each printed as rustdoc prints it inside `#![..]`.
    public var testAttributes: [String]

    public init(itemPath: [String], text: String, lineMap: [Int], rustdocBaseLine: Int, origin: DoctestOrigin = .source,
                testAttributes: [String] = []) {
        self.testAttributes = testAttributes
        self.itemPath = itemPath
        self.text = text
        self.lineMap = lineMap
        self.rustdocBaseLine = rustdocBaseLine
        self.origin = origin
    }

    /// The true source line of line `docLine` (0-based) of `text`.
    public func trueLine(forDocLine docLine: Int) -> Int {
        guard !lineMap.isEmpty else { return rustdocBaseLine }
        return lineMap[min(max(docLine, 0), lineMap.count - 1)]
    }

    /// The line rustdoc reports for a code block starting on line `docLine` (0-based) of `text`:
    /// `find_codes` counts the lines of the joined doc before the block and `visit_test` adds them
    /// to the base line, whether or not those lines are where the source has them (dropped
    /// `cfg_attr` fragments, `\n` escapes, lines between fragments, macro bodies all shift it).
    public func rustdocLine(forDocLine docLine: Int) -> Int {
        rustdocBaseLine + docLine
    }
}

/// A `mod name;` (or inline `mod name { .. }`) declaration, for following a crate's module tree.
public struct ModuleDeclaration: Hashable, Sendable {
    public var name: String
    /// 1-based line of the `mod` keyword.
    public var line: Int
    /// The value of a `#[path = "..."]` attribute, if any.
    public var pathAttribute: String?
    /// True for `mod name { ... }`, whose items are in this file.
    public var isInline: Bool
    /// Item path of the module that contains the declaration (empty at the crate root).
    public var parentPath: [String]

    public init(name: String, line: Int, pathAttribute: String?, isInline: Bool, parentPath: [String]) {
        self.name = name
        self.line = line
        self.pathAttribute = pathAttribute
        self.isInline = isInline
        self.parentPath = parentPath
    }
}

/// What scanning one Rust file yields.
public struct RustFileScan: Sendable {
    public var docComments: [DocComment]
    public var modules: [ModuleDeclaration]
    /// Problems found while scanning (unterminated comments or strings, unexpandable macros...).
    public var findings: [Finding]
    /// Named items declared in the file itself (for documentation coverage).
    public var items: [RustItem]

    public init(docComments: [DocComment] = [], modules: [ModuleDeclaration] = [], findings: [Finding] = [],
                items: [RustItem] = []) {
        self.docComments = docComments
        self.modules = modules
        self.findings = findings
        self.items = items
    }
}
