import ArgumentParser
import DocTestKit
import Foundation

@main
struct Kunitgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kunitgen",
        abstract: "Doctests and C helpers of the Linux kernel's Rust code, checked from the sources alone.",
        discussion: """
        Exit status: 0 clean, 1 findings, 2 usage or I/O error.

        Examples:
          kunitgen extract rust/kernel
          kunitgen generate --srctree . --config .config
          kunitgen helpers --srctree . --fix
          kunitgen check --srctree . --since origin/master
          kunitgen report --srctree . --format html -o report.html
          dmesg | kunitgen results
          make rust/doctests_kernel_generated.o 2>&1 | kunitgen diagnostics --srctree . --config .config
        """,
        version: "kunitgen \(KunitgenVersion.description)",
        subcommands: [Extract.self, Generate.self, Helpers.self, Results.self, Check.self, Report.self, Explain.self, Diagnostics.self])

    /// Like ArgumentParser's `main()`, but usage errors exit with 2 (as gcc, grep and the kernel's
    /// scripts do) instead of EX_USAGE (64), so CI can tell "findings" (1) from "misuse" (2).
    static func main() {
        // Whole lines on stdout, so that in a CI log they never interleave mid-line with stderr.
        StandardOutput.useLineBuffering()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
