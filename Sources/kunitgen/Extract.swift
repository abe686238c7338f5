import ArgumentParser
import DocTestKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the doctests of Rust files, as rustdoc finds them.")

    @Argument(help: "Rust files or directories (recursing into *.rs, sorted).")
    var paths: [String]

    func run() throws {
        let result = DoctestExtractor().extract(paths: paths)
        print(RustdocJSON.document(result.doctests).compact)
    }
}
