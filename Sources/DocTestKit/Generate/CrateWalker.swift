import Foundation

/// One file of a crate and the module path at which the crate includes it.
public struct CrateFile: Hashable, Sendable {
    /// Path relative to the source tree, normalised (`rust/kernel/sync/arc.rs`).
    public var path: String
    /// Module path of the file's top-level module (`["sync", "arc"]`; `[]` for the crate root).
    public var modulePath: [String]

    public init(path: String, modulePath: [String]) {
        self.path = path
        self.modulePath = modulePath
    }
}

/// Follows a crate's `mod` declarations from its root file as rustc does, so that every file is
/// read once, with the module path rustdoc gives its items:
///
/// - `mod m;` in the crate root, a `mod.rs` or a file loaded through `#[path]` looks for
///   `DIR/m.rs` then `DIR/m/mod.rs`, DIR being that file's directory;
/// - in any other file `f.rs` it looks in `DIR/f/`;
/// - inline modules (`mod a { mod m; }`) add `a/` (or their own `#[path]`) to that directory;
/// - `#[path = "p"]` outside inline modules is relative to the declaring file's directory.
///
/// `#[cfg]`-disabled declarations are dropped by the scanner, which is given the configuration.
public struct CrateWalker: Sendable {
    public var srctree: String
    public var scan: @Sendable (SourceFile) -> RustFileScan

    public init(srctree: String, cfg: CfgSet) {
        self.srctree = srctree
        self.scan = { RustFileScanner(cfg: cfg).scan($0) }
    }

    public init(srctree: String, scan: @escaping @Sendable (SourceFile) -> RustFileScan) {
        self.srctree = srctree
        self.scan = scan
    }

    public struct Walk: Sendable {
        /// Each file with its text and the scan the walk made of it (so that no file is scanned
        /// twice: extraction reuses `scan`).
        public var files: [(file: CrateFile, source: SourceFile, scan: RustFileScan)] = []
        public var findings: [Finding] = []
    }

    /// Root files of the crates `rust/Makefile` builds from `rust/`.
    public static func rootFile(forCrate crate: String) -> String? {
        switch crate {
        case "kernel": return "rust/kernel/lib.rs"
        case "macros": return "rust/macros/lib.rs"
        case "pin-init", "pin_init": return "rust/pin-init/src/lib.rs"
        default: return nil
        }
    }

    /// Walks the crate whose root is `root` (relative to `srctree`), depth first in declaration
    /// order. Missing or ambiguous module files become findings; the walk goes on.
    public func walk(root: String) -> Walk {
        var walk = Walk()
        var visited = Set<String>()
        let rootPath = CrateWalker.normalise(root)
        visit(path: rootPath, modulePath: [], childDirectory: CrateWalker.directory(of: rootPath),
              declaredAt: nil, visited: &visited, into: &walk)
        return walk
    }

    private func visit(path: String, modulePath: [String], childDirectory: String, declaredAt: SourceLocation?,
                       visited: inout Set<String>, into walk: inout Walk) {
        guard visited.insert(path).inserted else {
            walk.findings.append(Finding(location: declaredAt ?? SourceLocation(path: path, line: 1), severity: .warning,
                                         ruleID: "module-file-included-twice",
                                         message: "`\(path)` is already part of the crate; not read again"))
            return
        }
        let source: SourceFile
        do { source = try SourceFile.read(path: absolute(path)) } catch {
            var finding = error.finding
            finding.location = declaredAt ?? SourceLocation(path: path, line: 1)
            finding.message = "cannot read module file `\(path)`: \(error.message)"
            walk.findings.append(finding)
            return
        }
        let relativeSource = SourceFile(path: path, bytes: source.bytes)
        let scan = self.scan(relativeSource)
        walk.files.append((CrateFile(path: path, modulePath: modulePath), relativeSource, scan))
        let inline = Dictionary(scan.modules.filter(\.isInline).map { ($0.parentPath + [CrateWalker.bareName($0.name)], $0) },
                                uniquingKeysWith: { first, _ in first })
        for declaration in scan.modules where !declaration.isInline {
            let name = CrateWalker.bareName(declaration.name)
            let location = SourceLocation(path: path, line: declaration.line)
            // The directory for this declaration: the file's child directory plus inline modules.
            var directory = childDirectory
            var prefix: [String] = []
            for component in declaration.parentPath {
                prefix.append(CrateWalker.bareName(component))
                if let attribute = inline[prefix]?.pathAttribute {
                    directory = CrateWalker.join(directory, attribute)
                } else {
                    directory = CrateWalker.join(directory, CrateWalker.bareName(component))
                }
            }
            let childModulePath = modulePath + declaration.parentPath.map(CrateWalker.bareName) + [name]
            if let attribute = declaration.pathAttribute {
                let base = declaration.parentPath.isEmpty ? CrateWalker.directory(of: path) : directory
                let target = CrateWalker.join(base, attribute)
                visit(path: target, modulePath: childModulePath, childDirectory: CrateWalker.directory(of: target),
                      declaredAt: location, visited: &visited, into: &walk)
                continue
            }
            let flat = CrateWalker.join(directory, name + ".rs")
            let nested = CrateWalker.join(directory, name + "/mod.rs")
            let flatExists = isFile(flat), nestedExists = isFile(nested)
            if flatExists && nestedExists {
                walk.findings.append(Finding(location: location, severity: .error, ruleID: "module-file-ambiguous",
                                             message: "file for module `\(name)` found at both `\(flat)` and `\(nested)` (rustc error E0761); using `\(flat)`"))
            }
            guard flatExists || nestedExists else {
                walk.findings.append(Finding(location: location, severity: .error, ruleID: "module-file-not-found",
                                             message: "file not found for module `\(name)`: neither `\(flat)` nor `\(nested)` exists"))
                continue
            }
            visit(path: flatExists ? flat : nested, modulePath: childModulePath,
                  childDirectory: CrateWalker.join(directory, name), declaredAt: location, visited: &visited, into: &walk)
        }
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : CrateWalker.join(srctree, path)
    }

    private func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// `r#type` is the module `type`, in file names and in rustdoc's paths.
    static func bareName(_ name: String) -> String {
        name.hasPrefix("r#") ? String(name.dropFirst(2)) : name
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path == "/" ? "/" : String(path[..<slash])
    }

    /// Joins and normalises (`.` and `..` resolved lexically, as rustc does for `#[path]`).
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalise(relative) }
        return normalise(base.isEmpty ? relative : base + "/" + relative)
    }

    static func normalise(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }
}
