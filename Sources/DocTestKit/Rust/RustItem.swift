/// A named item as declared in a file, for documentation coverage (`kunitgen report`).
///
/// Recorded for `fn`, `struct`, `union`, `enum`, `trait`, `type`, `const`, `static`, `mod`,
/// `macro_rules!` and `macro` items in module, `impl` and `trait` bodies whose `#[cfg]` holds;
/// not for items inside function bodies or produced by macro expansion, nor for `use`, fields
/// and variants; `mod name;` is not recorded (its documentation is in its own file), inline
/// `mod name { .. }` is.
public struct RustItem: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case function = "fn", structure = "struct", union, enumeration = "enum", trait, typeAlias = "type"
        case constant = "const", staticItem = "static", module = "mod", macroRules = "macro_rules", macro
    }

    /// Item path inside the file's crate, as rustdoc names its tests (`["Arc<T>", "new"]`).
    public var itemPath: [String]
    public var kind: Kind
    /// Declared plain `pub` (not `pub(crate)`, `pub(super)`, `pub(in ..)`), or a
    /// `#[macro_export]` `macro_rules!`. Whether the enclosing modules are public is not considered.
    public var isPublic: Bool
    /// Has at least one doc fragment that is active under the configuration.
    public var hasDocs: Bool
    /// 1-based line of the item's keyword.
    public var line: Int

    public init(itemPath: [String], kind: Kind, isPublic: Bool, hasDocs: Bool, line: Int) {
        self.itemPath = itemPath
        self.kind = kind
        self.isPublic = isPublic
        self.hasDocs = hasDocs
        self.line = line
    }
}
