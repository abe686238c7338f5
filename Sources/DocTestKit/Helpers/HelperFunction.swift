/// Where `__rust_helper` sits in a function's declaration.
public enum AnnotationPosition: String, Sendable, Codable {
    /// Not there at all.
    case none
    /// Before the return type (possibly after `static`/`inline` or other `__attr` macros): right.
    case beforeReturnType = "before-return-type"
    /// After the return type or among the declarator: `void __rust_helper rust_helper_x(void)`.
    case afterReturnType = "after-return-type"
    /// After the parameter list: `void rust_helper_x(void) __rust_helper {`.
    case afterParameters = "after-parameters"
}

/// How a function was found.
public enum HelperOrigin: String, Sendable, Codable {
    /// libclang's AST, in code the preprocessor kept.
    case ast
    /// Token-level recognition in a branch the preprocessor skipped (or that the AST lost).
    case tokens
    /// A definition produced by a macro use: its tokens are in the macro body (`macro`).
    case macro
}

/// One function definition (or declaration) in a C helper file.
public struct HelperFunction: Hashable, Sendable, Codable {
    public var file: String
    /// Position of the name (of the macro use, for `origin == .macro`).
    public var line: Int
    public var column: Int
    public var name: String
    public var annotated: Bool
    public var annotationPosition: AnnotationPosition
    public var isStatic: Bool
    public var isDefinition: Bool
    /// The `#if` conditions around it, e.g. `CONFIG_DEBUG_SPINLOCK` or `!CONFIG_X`; nil at top level.
    public var condition: String?
    /// Whether the preprocessor (with the flags used) kept it.
    public var active: Bool
    public var origin: HelperOrigin
    /// The declaration as written, from the first specifier to the closing `)` of the parameters.
    public var declaration: String
    /// Where the declaration starts (where `__rust_helper ` belongs): byte offset, line, column.
    public var declarationOffset: Int
    public var declarationLine: Int
    public var declarationColumn: Int
    /// For `origin == .macro`: the macro whose body writes the declaration (the innermost one).
    public var macro: String?
    /// Byte offset of the `__rust_helper` token (nil when absent), in a macro body for macro-made ones.
    public var annotationOffset: Int? = nil
    /// For `origin == .macro`: the outermost macro, used at `line`.
    public var expandedFrom: String? = nil
    /// Whether `declarationOffset` is where `__rust_helper ` can be written (false when only the
    /// AST knows the definition, made by a macro the tokens could not expand).
    public var fixable: Bool = true

    /// Named as Rust's bindings name a helper.
    public var isRustHelper: Bool { name.hasPrefix("rust_helper_") }

    /// A function Rust can call: every external (non-static) definition in `rust/helpers`, prefixed
    /// `rust_helper_` or not (bitops.c's `_find_next_bit` keeps the name `find.h` declares), and a
    /// `static rust_helper_*` (meant for Rust, and reported as static).
    public var isHelper: Bool { isDefinition && (!isStatic || isRustHelper) }

    public var location: SourceLocation { SourceLocation(path: file, line: declarationLine, column: declarationColumn) }
}

/// `#include "x.c"` in helpers.c.
public struct HelperInclude: Hashable, Sendable, Codable {
    public var name: String
    public var line: Int
    public var column: Int
}

/// What one C file holds, as far as the rules care.
public struct HelperFileScan: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var functions: [HelperFunction] = []
    /// `#define __rust_helper ...` directives: where, and the replacement text.
    public var rustHelperDefines: [(location: SourceLocation, replacement: String)] = []
    /// Quoted includes, in order.
    public var includes: [HelperInclude] = []
    /// The comment text before the first directive or code (helpers.c promises its order there).
    public var headerComment: String = ""
    /// Parse problems, already as findings.
    public var problems: [Finding] = []
    /// File-scope constructs the scanner could not read (`helper-unparsed`).
    public var unparsed: [HelperUnparsed] = []

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The result of scanning a source tree's `rust/helpers`.
public struct HelperScanResult: Sendable {
    /// `rust/helpers/helpers.c` (nil when the tree has none).
    public var aggregate: HelperFileScan?
    /// Every other `rust/helpers/*.c`, sorted by path.
    public var helperFiles: [HelperFileScan] = []
    /// Problems that are not about one file (libclang missing, unreadable directory).
    public var problems: [Finding] = []

    public init(aggregate: HelperFileScan? = nil, helperFiles: [HelperFileScan] = [], problems: [Finding] = []) {
        self.aggregate = aggregate
        self.helperFiles = helperFiles
        self.problems = problems
    }

    public var allFiles: [HelperFileScan] { (aggregate.map { [$0] } ?? []) + helperFiles }
    public var functions: [HelperFunction] { allFiles.flatMap(\.functions) }
}
