import ArgumentParser
import DocTestKit

@main
struct Kunitgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kunitgen",
        abstract: "Doctests and C helpers of the Linux kernel's Rust code, checked from the sources alone.",
        subcommands: [Extract.self, Helpers.self])
}
