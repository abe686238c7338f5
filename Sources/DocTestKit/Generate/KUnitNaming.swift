/// How generated KUnit cases (C symbols and test names at once) are named.
public enum KUnitNamingScheme: String, Sendable, CaseIterable {
    /// The kernel's `rust_doctest_<crate>_<file>_<n>`: `<file>` is the path below the crate's
    /// directory with every non-alphanumeric character made `_` (rustdoc's test ids), `<n>` counts
    /// the file's tests in the order `scripts/rustdoc_test_gen.rs` sorts them.
    case kernel
    /// `rust_doctest_<crate>_<item>__<path>_<n>`: from the item path, `<n>` counting within the
    /// item, so adding a test to another item renames nothing.
    case item
}

/// Naming rules shared by both schemes.
public enum KUnitNaming {
    /// The longest name emitted, in bytes. A case's name is both a KUnit test name and a global
    /// symbol. KUnit's own bound on names is `char name[256]` in `struct kunit_suite` (the Rust
    /// `kunit_unsafe_test_suite!` refuses names over 255 bytes); case names are printed in the
    /// same KTAP lines, so they are held to it too. That is also well under the symbol bound:
    /// `scripts/kallsyms.c` drops (with a warning) symbols of `KSYM_NAME_LEN` (512) bytes or more.
    public static let maximumLength = 255

    /// rustdoc's test-id spelling: each character that is not an ASCII letter or digit becomes `_`
    /// (ASCII only, so that the result is a C identifier everywhere).
    public static func underscored(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isAlphanumeric($0) ? $0 : "_" }))
    }

    /// One item-path component made identifier-safe: runs of other characters become one `_`,
    /// none at either end (`Arc<T>` → `Arc_T`), so that `__` can only be a separator.
    public static func itemComponent(_ component: String) -> String {
        var out = ""
        var pendingUnderscore = false
        for scalar in component.unicodeScalars {
            if isAlphanumeric(scalar) {
                if pendingUnderscore && !out.isEmpty { out.append("_") }
                pendingUnderscore = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingUnderscore = true
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// The item part of an `item`-scheme name: `crate` for the crate's own documentation.
    public static func itemStem(_ itemPath: [String]) -> String {
        itemPath.isEmpty ? "crate" : itemPath.map(itemComponent).joined(separator: "__")
    }

    /// A C identifier: not starting with a digit, only `[A-Za-z0-9_]`.
    public static func isCIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "_" }
    }

    /// Shortens a name over `limit` bytes to a prefix, `_` and 16 hex digits of the FNV-1a hash of
    /// the whole name: deterministic, and distinct names stay distinct but for hash collisions
    /// (which `makeUnique` still resolves).
    public static func truncated(_ name: String, limit: Int = maximumLength) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > limit else { return name }
        let suffix = "_" + hex(fnv1a(bytes))
        let keep = max(0, limit - suffix.utf8.count)
        return String(decoding: bytes.prefix(keep), as: UTF8.self) + suffix
    }

    /// Makes names unique in order: the first keeps its name, a later duplicate gets `_2`, `_3`...
    /// (the first free one, truncated again if needed). Input order must be deterministic.
    public static func makeUnique(_ names: [String], limit: Int = maximumLength) -> [String] {
        var used = Set<String>()
        var reserved = Set(names)
        var result: [String] = []
        result.reserveCapacity(names.count)
        for name in names {
            if used.insert(name).inserted {
                result.append(name)
                continue
            }
            var counter = 2
            var candidate: String
            repeat {
                let suffix = "_\(counter)"
                let base = truncated(name, limit: limit - suffix.utf8.count)
                candidate = base + suffix
                counter += 1
            } while used.contains(candidate) || reserved.contains(candidate)
            used.insert(candidate)
            reserved.insert(candidate)
            result.append(candidate)
        }
        return result
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
