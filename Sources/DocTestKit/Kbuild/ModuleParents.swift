import Foundation

extension KbuildCrate {
    /// A crate whose root is `lib.rs`/`main.rs`/`mod.rs` owns its directory: the files under it
    /// are its own and are scanned with its `--cfg` flags (`rust/syn/`, not `rust/` for `ffi.rs`).
    public var ownsDirectory: Bool {
        let file = (root as NSString).lastPathComponent
        return ["lib.rs", "main.rs", "mod.rs"].contains(file) && CrateWalker.directory(of: root) != "rust"
    }
}

/// The crates of a tree without `rust/Makefile` (test fixtures, partial trees): the roots the
/// kernel's Makefile names, without flags.
public enum KbuildCrates {
    public static let fallback: [KbuildCrate] = [
        KbuildCrate(name: "kernel", root: "rust/kernel/lib.rs"),
        KbuildCrate(name: "macros", root: "rust/macros/lib.rs"),
        KbuildCrate(name: "pin_init", root: "rust/pin-init/src/lib.rs"),
        KbuildCrate(name: "pin_init_internal", root: "rust/pin-init/internal/src/lib.rs"),
        KbuildCrate(name: "syn", root: "rust/syn/lib.rs"),
        KbuildCrate(name: "quote", root: "rust/quote/lib.rs"),
        KbuildCrate(name: "proc_macro2", root: "rust/proc-macro2/lib.rs"),
    ]
}

/// Which file declares a file as a module, found in the text (whatever the configuration):
/// `P/x.rs` and `P/x/mod.rs` are module `x` of `P/mod.rs`, `P/lib.rs`, `P/main.rs`, of a crate
/// root in `P`, or of `P.rs` (whose modules live in `P/`), when that file has `mod x;`.
struct ModuleParents {
    let texts: [String: SourceFile]
    /// Per directory, the files whose `mod m;` look for files in it (computed once).
    let owners: [String: [String]]

    /// `isRoot` says whether a file may be a crate root (its modules then live beside it).
    init(files: [String], texts: [String: SourceFile], isRoot: (String) -> Bool) {
        self.texts = texts
        var owners: [String: [String]] = [:]
        for file in files {
            let directory = CrateWalker.directory(of: file)
            let base = file.utf8.count > directory.utf8.count ? String(file.utf8.dropFirst(directory.isEmpty ? 0 : directory.utf8.count + 1))! : file
            if base == "mod.rs" || base == "lib.rs" || base == "main.rs" || isRoot(file) { owners[directory, default: []].append(file) }
            // `D.rs` owns `D/`.
            if base.hasSuffix(".rs") { owners[String(file.dropLast(3)), default: []].append(file) }
        }
        self.owners = owners
    }

    struct Declaration {
        var parent: String
        /// The module path the declaration adds (`["fold"]`, or `["gen", "fold"]` for
        /// `mod gen { mod fold; }`).
        var names: [String]
        var line: Int
    }

    /// The declaration of `file` as a module.
    func declaration(of file: String) -> Declaration? {
        let directory = CrateWalker.directory(of: file)
        let base = (file as NSString).lastPathComponent
        guard base.hasSuffix(".rs"), !["lib.rs", "main.rs"].contains(base) else { return nil }
        let name: String, parentDirectory: String
        if base == "mod.rs" {
            guard !directory.isEmpty else { return nil }
            name = (directory as NSString).lastPathComponent
            parentDirectory = CrateWalker.directory(of: directory)
        } else {
            name = String(base.dropLast(3))
            parentDirectory = directory
        }
        for candidate in owners[parentDirectory] ?? [] where candidate != file {
            guard let source = texts[candidate], let line = Self.line(declaring: name, in: source.bytes) else { continue }
            return Declaration(parent: candidate, names: [name], line: line)
        }
        // `mod gen { mod fold; }` in a file of the directory above (`rust/syn/lib.rs`).
        guard !parentDirectory.isEmpty else { return nil }
        let inline = (parentDirectory as NSString).lastPathComponent
        let inlineOpen = Array("mod \(inline) {".utf8)
        for candidate in owners[CrateWalker.directory(of: parentDirectory)] ?? [] where candidate != file {
            guard let source = texts[candidate], Self.contains(source.bytes, inlineOpen),
                  let line = Self.line(declaring: name, in: source.bytes) else { continue }
            return Declaration(parent: candidate, names: [inline, name], line: line)
        }
        return nil
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool { find(needle, in: bytes) != nil }

    /// `include!("p")` targets of `file` (relative to its directory), normalised.
    static func includes(of file: String, in bytes: [UInt8]) -> [String] {
        let needle = Array("include!(\"".utf8)
        var out: [String] = []
        var from = 0
        while let k = find(needle, in: bytes, from: from) {
            var j = k + needle.count
            let start = j
            while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != 10 { j += 1 }
            let relative = String(decoding: bytes[start..<j], as: UTF8.self)
            if relative.hasSuffix(".rs") { out.append(CrateWalker.join(CrateWalker.directory(of: file), relative)) }
            from = j
        }
        return out
    }

    /// The 1-based line of `mod NAME;` (after `pub`, `pub(..)` or nothing) in `bytes`.
    static func line(declaring name: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(("mod " + name).utf8)
        var from = 0
        while let k = find(needle, in: bytes, from: from) {
            from = k + 1
            guard k == 0 || !isIdentifierByte(bytes[k - 1]) else { continue }
            var j = k + needle.count
            while j < bytes.count, bytes[j] == 32 || bytes[j] == 9 { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: ";"), !inComment(bytes, at: k) {
                return bytes[0..<k].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            }
        }
        return nil
    }

    /// The offset of the first `needle` in `bytes` at or after `from` (memchr for its first
    /// byte, then memcmp).
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, bytes.count - from >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                guard let base = haystack.baseAddress, let nb = n.baseAddress else { return nil }
                var k = from
                let last = haystack.count - n.count
                while k <= last {
                    guard let hit = memchr(base + k, Int32(nb[0]), last - k + 1) else { return nil }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, nb, n.count) == 0 { return offset }
                    k = offset + 1
                }
                return nil
            }
        }
    }

    /// The `#[cfg(..)]`/`#[cfg_attr(..)]`-free condition of the declaration on `line`: the
    /// `#[cfg(..)]` attribute on the lines just above it (attributes and doc comments only).
    static func condition(above line: Int, in bytes: [UInt8]) -> String? {
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        var k = line - 2
        while k >= 0, k < lines.count {
            let text = String(decoding: lines[k], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("#[cfg(") { return text }
            guard text.hasPrefix("#[") || text.hasPrefix("///") || text.hasPrefix("//") else { return nil }
            k -= 1
        }
        return nil
    }

    private static func isIdentifierByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
    }

    /// Whether `k` is after `//` on its line (a commented-out declaration).
    private static func inComment(_ bytes: [UInt8], at k: Int) -> Bool {
        var j = k
        while j > 0, bytes[j - 1] != 10 { j -= 1 }
        while j + 1 < k {
            if bytes[j] == UInt8(ascii: "/"), bytes[j + 1] == UInt8(ascii: "/") { return true }
            j += 1
        }
        return false
    }
}
