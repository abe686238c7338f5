import ArgumentParser
import DocTestKit
import Foundation

/// `--srctree`, `--objtree` and `--config`, as every command that reads a kernel tree takes them.
struct KernelTreeOptions: ParsableArguments {
    @Option(help: "The kernel source tree (default: the tree containing the current directory, found by its rust/kernel/lib.rs).")
    var srctree: String?

    @Option(help: "The build output directory of `make O=DIR` (default: $KBUILD_OUTPUT, else the source tree): its .config is used.")
    var objtree: String?

    @Option(help: "Kernel configuration (.config or include/config/auto.conf); default: OBJTREE's, else SRCTREE's .config, else include/config/auto.conf.")
    var config: String?

    /// The source tree: `--srctree`, else the one around the working directory; none is a usage error.
    func resolvedSourceTree() throws -> String {
        if let srctree { return srctree }
        if let found = KernelTreeLocator.sourceTree(containing: FileManager.default.currentDirectoryPath) { return found }
        FileHandle.standardError.write(Data("kunitgen: error: no kernel tree here: \(FileManager.default.currentDirectoryPath) is not inside a tree with \(KernelTreeLocator.marker); run from the kernel tree or pass --srctree DIR\n".utf8))
        throw ExitCode(2)
    }

    var resolvedObjectTree: String? { KernelTreeLocator.objectTree(explicit: objtree) }
}
