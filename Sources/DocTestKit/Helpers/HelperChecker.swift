import Foundation

/// Scans a kernel tree's `rust/helpers` and runs the rules: the whole of `kunitgen helpers` except
/// argument parsing and output (see `FindingRenderer`).
public struct HelperChecker: Sendable {
    public static let allRules: [any HelperRule] = [
        MissingRustHelperRule(),
        MisplacedRustHelperRule(),
        StaticRustHelperRule(),
        RustHelperOnNonHelperRule(),
        DuplicateRustHelperRule(),
        RedundantRustHelperDefineRule(),
        HelperDeclaredNotDefinedRule(),
        HelperNotIncludedRule(),
        HelperIncludeMissingRule(),
        HelpersIncludeUnsortedRule(),
        HelperUnparsedRule(),
        RustHelperUndefinedRule(),
    ]

    public var configuration: HelperConfiguration
    public var compileCommands: CompileCommands?
    /// `-D` flags from the kernel configuration (`KernelConfig.cDefines`), used for files that
    /// `compileCommands` does not cover; they decide which branches count as active.
    public var defines: [String]

    public init(configuration: HelperConfiguration = HelperConfiguration(), compileCommands: CompileCommands? = nil,
                defines: [String] = []) {
        self.configuration = configuration
        self.compileCommands = compileCommands
        self.defines = defines
    }

    public var rules: [any HelperRule] { Self.allRules.filter { configuration.enables($0.id) } }

    /// Scans and checks `srctree`; with libclang missing, a single `libclang-missing` error.
    public func run(srctree: String) -> (scan: HelperScanResult, findings: [Finding]) {
        switch LibClang.shared {
        case .failure(let error):
            let finding = Finding(location: SourceLocation(path: srctree, line: 1), severity: .error,
                                  ruleID: "libclang-missing", message: error.description,
                                  fix: "apt-get install libclang-dev (or any libclang-<N>.so.1, N ≥ 11)")
            return (HelperScanResult(problems: [finding]), [finding])
        case .success(let clang):
            let scan = scan(srctree: srctree, clang: clang)
            return (scan, check(scan))
        }
    }

    /// Reads `srctree/rust/helpers/*.c` (or, on kernels before the split, `srctree/rust/helpers.c`).
    public func scan(srctree: String, clang: LibClang) -> HelperScanResult {
        let root = srctree.hasSuffix("/") ? String(srctree.dropLast()) : srctree
        let directory = root + "/rust/helpers"
        let fm = FileManager.default
        var relativePaths: [String]
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue {
            // Subdirectories too: `rust/helpers/net/genetlink.c` is included as "net/genetlink.c".
            let names = (fm.enumerator(atPath: directory)?.allObjects as? [String]) ?? []
            relativePaths = names.filter { $0.hasSuffix(".c") }.sorted().map { "rust/helpers/" + $0 }
        } else if fm.fileExists(atPath: root + "/rust/helpers.c") {
            relativePaths = ["rust/helpers.c"]
        } else {
            let finding = Finding(location: SourceLocation(path: directory, line: 1), severity: .error, ruleID: "io-error",
                                  message: "no rust/helpers directory in \(srctree)", fix: "pass the kernel source tree with --srctree")
            return HelperScanResult(problems: [finding])
        }
        relativePaths.removeAll { configuration.excludes(relativePath: $0) }
        var files: [(path: String, bytes: [UInt8])] = []
        var problems: [Finding] = []
        for relative in relativePaths {
            let path = Self.displayPath(root, relative)
            // Bounded and regular files only: a FIFO or `/dev/zero` planted as a helper file must
            // not hang or exhaust the run.
            do throws(SourceError) { files.append((path, try SourceFile.readBytes(path: path))) } catch {
                problems.append(Finding(location: SourceLocation(path: path, line: 1), severity: .error,
                                        ruleID: "io-error", message: "cannot read \(path): \(error.message)"))
            }
        }
        var result = scan(files: files, clang: clang)
        result.problems = problems + result.problems
        return result
    }

    /// Scans files already in memory; the one named `helpers.c` (or `rust/helpers.c`) is the aggregate.
    public func scan(files: [(path: String, bytes: [UInt8])], clang: LibClang) -> HelperScanResult {
        let scanner = HelperFileScanner(clang: clang)
        var result = HelperScanResult()
        let aggregateFlags = files.first { Self.isAggregate($0.path) }.flatMap { compileCommands?.flags(for: Self.absolute($0.path)) }
        let commands = compileCommands
        let defines = defines
        // Each file gets its own index and unit, so files are parsed in parallel.
        let scans = ConcurrentMap.map(files.map { HelperInput(path: $0.path, bytes: $0.bytes) }) { file in
            // Helper files are compiled as part of helpers.c: its flags are theirs.
            let flags = commands?.flags(for: Self.absolute(file.path)) ?? aggregateFlags
            let arguments = flags.map { ["-x", "c"] + $0 }
                ?? HelperFileScanner.defaultArguments + Self.defines(defines, for: file.bytes, path: file.path)
            if let hazard = IncludeGuard.hazard(in: file.bytes, path: file.path, arguments: arguments) {
                var refused = HelperFileScan(path: file.path, bytes: file.bytes)
                refused.problems.append(Finding(location: SourceLocation(path: file.path, line: hazard.line), severity: .error,
                                                ruleID: "io-error",
                                                message: "includes `\(hazard.target)`, which is not a regular file (a device or FIFO would never end); the file is not parsed"))
                return refused
            }
            return scanner.scan(path: file.path, bytes: file.bytes, arguments: arguments,
                                trustClangErrors: flags != nil, singleFile: Self.isAggregate(file.path))
        }
        for scanned in scans {
            if Self.isAggregate(scanned.path) { result.aggregate = scanned } else { result.helperFiles.append(scanned) }
        }
        return result
    }

    /// Rule findings plus scan problems, with the configured severities, sorted by place.
    public func check(_ scan: HelperScanResult) -> [Finding] {
        let context = HelperRuleContext(scan: scan)
        var findings = scan.problems + scan.allFiles.flatMap(\.problems)
        for rule in rules {
            for var finding in rule.check(context) {
                if let severity = configuration.severity[rule.id] { finding.severity = severity }
                findings.append(finding)
            }
        }
        return findings.sorted { ($0.location, $0.ruleID) < ($1.location, $1.ruleID) }
    }

    /// The configuration's `-D`s a file can see: only `CONFIG_` names it spells can change what it
    /// compiles to (a configuration has thousands, and each parse pays for every one). All of them
    /// when the file includes a local header (helpers.c is parsed without its includes).
    static func defines(_ defines: [String], for bytes: [UInt8], path: String) -> [String] {
        guard !defines.isEmpty else { return [] }
        let quotedInclude = Array("#include \"".utf8)
        if !isAggregate(path), bytes.indices.contains(where: { bytes[$0] == 0x23 && bytes[$0...].starts(with: quotedInclude) }) {
            return defines
        }
        var spelled = Set<Substring>()
        let text = String(decoding: bytes, as: UTF8.self)
        var rest = text[...]
        while let found = rest.range(of: "CONFIG_") {
            let end = rest[found.upperBound...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
            spelled.insert(rest[found.lowerBound..<end])
            rest = rest[end...]
        }
        return defines.filter { define in
            let name = define.dropFirst(2).prefix { $0 != "=" }
            return !define.hasPrefix("-DCONFIG_") || spelled.contains(name)
        }
    }

    static func isAggregate(_ path: String) -> Bool {
        path.hasSuffix("rust/helpers/helpers.c") || path == "helpers.c" || path.hasSuffix("rust/helpers.c")
    }

    static func displayPath(_ root: String, _ relative: String) -> String {
        root == "." ? relative : root + "/" + relative
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// One helper file to parse (a named type: tuples are not `Sendable` across workers).
private struct HelperInput: Sendable {
    var path: String
    var bytes: [UInt8]
}
