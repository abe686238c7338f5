import Foundation

/// `kunitgen generate` as one library call: check the tree, read its configuration and the
/// layout of its generated files, walk the crate, generate, write both files as a unit.
/// Anything that makes the output meaningless (not a kernel tree, an unreadable `--config`, a
/// generator script kunitgen cannot read) stops before a file is touched: a usage error.
public enum GenerateCommand {
    public struct Request: Sendable {
        public var srctree: String
        /// `make O=`'s output directory: its configuration is used and the files go to its `rust/`.
        public var objtree: String?
        /// `kernel`, `macros`, `pin-init`, or the path of a crate root relative to `srctree`.
        public var crate: String
        public var out: String?
        public var config: String?
        public var naming: KUnitNamingScheme
        public var noRun: NoRunPolicy
        public var lines: KUnitLineMapping
        public var dryRun: Bool

        public init(srctree: String, objtree: String? = nil, crate: String = "kernel", out: String? = nil, config: String? = nil,
                    naming: KUnitNamingScheme = .kernel, noRun: NoRunPolicy = .run, lines: KUnitLineMapping = .kernel,
                    dryRun: Bool = false) {
            self.srctree = srctree
            self.objtree = objtree
            self.crate = crate
            self.out = out
            self.config = config
            self.naming = naming
            self.noRun = noRun
            self.lines = lines
            self.dryRun = dryRun
        }
    }

    /// Why nothing was generated (exit status 2).
    public struct UsageError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public struct Outcome: Sendable {
        /// One line per file: `written: PATH`, `unchanged: PATH`, `would write: PATH`.
        public var fileLines: [String]
        /// `N KUnit cases, M compiled only, from D doctests in F files`.
        public var summary: String
        /// What was used, for stderr: configuration and layout.
        public var context: [String]
        public var generation: KUnitGeneration
        public var findings: [Finding]
        /// A file could not be written.
        public var writeFailed: Bool
    }

    /// One generation in memory.
    public struct InMemory: Sendable {
        public var generation: KUnitGeneration
        public var options: ExtractionOptions
        public var configuration: TreeConfiguration
        public var dialect: KernelDialect
        public var doctestCount: Int
        public var fileCount: Int
        public var findings: [Finding]
    }

    public static func run(_ request: Request) throws(UsageError) -> Outcome {
        let memory = try generate(request)
        let generation = memory.generation
        var findings = memory.findings
        let srctree = request.srctree

        if let problem = GeneratedRustCheck.problem(in: generation.rust.contents) {
            throw UsageError(description: "internal error: the generated \(generation.rust.name) would not parse (line \(problem)); nothing was written. Please report this with the tree's revision.")
        }
        let writer = GeneratedFileWriter(directory: request.out ?? ((request.objtree ?? srctree) as NSString).appendingPathComponent("rust"))
        let files = [generation.rust, generation.c]
        var fileLines: [String] = []
        var writeFailed = false
        do throws(SourceError) {
            let outcomes = request.dryRun ? try files.map { (file) throws(SourceError) in try writer.plannedOutcome(file) }
                                          : try writer.writeAll(files)
            for (file, outcome) in zip(files, outcomes) {
                let verb = request.dryRun ? (outcome == .written ? "would write" : "unchanged") : outcome.rawValue
                fileLines.append("\(verb): \((writer.directory as NSString).appendingPathComponent(file.name))")
            }
        } catch {
            findings.append(error.finding)
            writeFailed = true
        }
        let run = generation.cases.filter { $0.disposition == .run }.count
        return Outcome(
            fileLines: fileLines,
            summary: "\(run) KUnit cases, \(generation.cases.count - run) compiled only, from \(memory.doctestCount) doctests in \(memory.fileCount) files",
            context: ["tree \(srctree)\(request.objtree.map { ", objects \($0)" } ?? ""); configuration: \(memory.configuration.description); layout: \(memory.dialect.origin)"],
            generation: generation, findings: findings, writeFailed: writeFailed)
    }

    /// Checks the request and generates both files in memory (nothing is written): what `run`
    /// writes, and what `diagnostics` and `--renames` recompute.
    public static func generate(_ request: Request) throws(UsageError) -> InMemory {
        let srctree = request.srctree
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: srctree, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(description: "--srctree \(srctree): no such directory")
        }
        let root: String
        let crateIdentifier: String
        if let known = CrateWalker.rootFile(forCrate: request.crate) {
            root = known
            crateIdentifier = KUnitNaming.underscored(request.crate)
        } else if request.crate.hasSuffix(".rs") {
            root = request.crate
            crateIdentifier = CrateNaming.name(forRoot: request.crate)
        } else {
            throw UsageError(description: "unknown crate `\(request.crate)`: use kernel, macros, pin-init or the path of a root .rs file")
        }
        guard KUnitNaming.isCIdentifier(crateIdentifier), !ItemScanner.keywords.contains(crateIdentifier) else {
            throw UsageError(description: "--crate \(request.crate): `\(crateIdentifier)` is not a crate name (an identifier, not a keyword)")
        }
        guard FileManager.default.fileExists(atPath: (srctree as NSString).appendingPathComponent(root)) else {
            throw UsageError(description: "--srctree \(srctree) is not a kernel tree: \(root) not found")
        }
        if let config = request.config, !FileManager.default.isReadableFile(atPath: config) {
            throw UsageError(description: "--config \(config): cannot read the file")
        }
        if let objtree = request.objtree, !FileManager.default.fileExists(atPath: objtree, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw UsageError(description: "--objtree \(objtree): no such directory")
        }
        let configuration = TreeConfiguration.load(srctree: srctree, explicit: request.config, objtree: request.objtree)
        let dialect: KernelDialect
        do { dialect = try KernelDialect.of(srctree: srctree) } catch {
            throw UsageError(description: error.description)
        }

        var findings = configuration.findings
        let options = ExtractionOptions(crateName: crateIdentifier, edition: "2021", cfg: configuration.cfg,
                                        pinDataRespansDocs: dialect.pinDataRespansDocs)
        let crate = CrateDoctests.extract(srctree: srctree, root: root, options: options)
        findings += crate.findings
        let generation = KUnitGenerator.generate(
            crate.doctests,
            options: KUnitGenerationOptions(crateName: crateIdentifier, crateDirectory: CrateWalker.directory(of: root),
                                            naming: request.naming, configurationDescription: configuration.description,
                                            dialect: dialect, noRun: request.noRun, lines: request.lines))
        findings += generation.findings
        return InMemory(generation: generation, options: options, configuration: configuration, dialect: dialect,
                        doctestCount: crate.doctests.count, fileCount: crate.files.count, findings: findings)
    }
}
