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
        let rootPath = CrateWalker.normalise(root)
        let top = ChildModule(path: rootPath, modulePath: [], childDirectory: CrateWalker.directory(of: rootPath), declaredAt: nil)
        var loaded = prefetch(top)
        var walk = Walk()
        var visited = Set<String>()
        visit(top, loaded: &loaded, visited: &visited, into: &walk)
        return walk
    }

    /// A module file to read: `mod m;` resolved, or the crate root.
    struct ChildModule {
        var path: String
        var modulePath: [String]
        var childDirectory: String
        var declaredAt: SourceLocation?
    }

    typealias Loaded = Result<(source: SourceFile, scan: RustFileScan), SourceError>

    /// Reads and scans every file reachable from `top`, level by level, each level's files
    /// concurrently (a file's `mod` declarations are known only once it is scanned). The walk
    /// proper then runs in declaration order on these results.
    private func prefetch(_ top: ChildModule) -> [String: Loaded] {
        var loaded: [String: Loaded] = [:]
        var frontier = [top]
        while !frontier.isEmpty {
            var seen = Set<String>()
            let level = frontier.filter { loaded[$0.path] == nil && seen.insert($0.path).inserted }
            for (module, result) in zip(level, ConcurrentMap.map(level.map(\.path)) { load($0) }) { loaded[module.path] = result }
            var ignored: [Finding] = []
            frontier = level.flatMap { module -> [ChildModule] in
                guard case .success(let file) = loaded[module.path] else { return [] }
                return children(of: module, scan: file.scan, findings: &ignored)
            }
        }
        return loaded
    }

    private func load(_ path: String) -> Loaded {
        do {
            let source = SourceFile(path: path, bytes: try SourceFile.read(path: absolute(path)).bytes)
            return .success((source, scan(source)))
        } catch {
            return .failure(error)
        }
    }

    private func visit(_ module: ChildModule, loaded: inout [String: Loaded], visited: inout Set<String>, into walk: inout Walk) {
        let path = module.path
        // A module nested deeper than any crate has (rustc itself overflows its stack on such
        // chains) ends the walk of that branch with a finding, not with a stack overflow.
        guard module.modulePath.count <= ItemScanner.maximumNesting else {
            walk.findings.append(Finding(location: module.declaredAt ?? SourceLocation(path: path, line: 1), severity: .error,
                                         ruleID: "nesting-too-deep",
                                         message: "modules nested more than \(ItemScanner.maximumNesting) levels deep; `\(path)` and below are not read"))
            return
        }
        guard visited.insert(path).inserted else {
            walk.findings.append(Finding(location: module.declaredAt ?? SourceLocation(path: path, line: 1), severity: .warning,
                                         ruleID: "module-file-included-twice",
                                         message: "`\(path)` is already part of the crate; not read again"))
            return
        }
        // A file reached first by another route may resolve children the prefetch did not see.
        let result = loaded[path] ?? load(path)
        loaded[path] = result
        switch result {
        case .failure(let error):
            var finding = error.finding
            finding.location = module.declaredAt ?? SourceLocation(path: path, line: 1)
            finding.message = "cannot read module file `\(path)`: \(error.message)"
            walk.findings.append(finding)
        case .success(let file):
            walk.files.append((CrateFile(path: path, modulePath: module.modulePath), file.source, file.scan))
            for child in children(of: module, scan: file.scan, findings: &walk.findings) {
                visit(child, loaded: &loaded, visited: &visited, into: &walk)
            }
        }
    }

    /// The files `module`'s `mod m;` declarations name, in declaration order; those that cannot
    /// be resolved become findings.
    private func children(of module: ChildModule, scan: RustFileScan, findings: inout [Finding]) -> [ChildModule] {
        let path = module.path
        let inline = Dictionary(scan.modules.filter(\.isInline).map { ($0.parentPath + [CrateWalker.bareName($0.name)], $0) },
                                uniquingKeysWith: { first, _ in first })
        var children: [ChildModule] = []
        for declaration in scan.modules where !declaration.isInline {
            let name = CrateWalker.bareName(declaration.name)
            let location = SourceLocation(path: path, line: declaration.line)
            // The directory for this declaration: the file's child directory plus inline modules.
            var directory = module.childDirectory
            var prefix: [String] = []
            for component in declaration.parentPath {
                prefix.append(CrateWalker.bareName(component))
                if let attribute = inline[prefix]?.pathAttribute {
                    directory = CrateWalker.join(directory, attribute)
                } else {
                    directory = CrateWalker.join(directory, CrateWalker.bareName(component))
                }
            }
            let childModulePath = module.modulePath + declaration.parentPath.map(CrateWalker.bareName) + [name]
            if let attribute = declaration.pathAttribute {
                let base = declaration.parentPath.isEmpty ? CrateWalker.directory(of: path) : directory
                let target = CrateWalker.join(base, attribute)
                children.append(ChildModule(path: target, modulePath: childModulePath,
                                            childDirectory: CrateWalker.directory(of: target), declaredAt: location))
                continue
            }
            let flat = CrateWalker.join(directory, name + ".rs")
            let nested = CrateWalker.join(directory, name + "/mod.rs")
            let flatExists = isFile(flat), nestedExists = isFile(nested)
            if flatExists && nestedExists {
                findings.append(Finding(location: location, severity: .error, ruleID: "module-file-ambiguous",
                                        message: "file for module `\(name)` found at both `\(flat)` and `\(nested)` (rustc error E0761); using `\(flat)`"))
            }
            guard flatExists || nestedExists else {
                findings.append(Finding(location: location, severity: .error, ruleID: "module-file-not-found",
                                        message: "file not found for module `\(name)`: neither `\(flat)` nor `\(nested)` exists"))
                continue
            }
            children.append(ChildModule(path: flatExists ? flat : nested, modulePath: childModulePath,
                                        childDirectory: CrateWalker.join(directory, name), declaredAt: location))
        }
        return children
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
