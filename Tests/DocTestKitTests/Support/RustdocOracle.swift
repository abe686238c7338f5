import Foundation
import TestSupport

/// Runs the real rustdoc on one file as a crate root and returns its doctests (the oracle the
/// differential suite compares kunitgen with). Nothing is cached on disk: every call runs
/// rustdoc afresh (about 0.2 s per file).
enum RustdocOracle {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The doctests rustdoc reports for `path` (absolute), keeping only entries whose `file` is
    /// `path` itself (a crate root also pulls in its child modules). `cfgs` become `--cfg` flags.
    static func doctests(path: String, cfgs: [String] = []) throws -> [JSONTree] {
        let document = try run(path: path, cfgs: cfgs)
        guard document["format_version"]?.intValue == 2 else {
            throw Failure(description: "rustdoc's doctest JSON for \(path) has format_version \(document["format_version"]?.description ?? "missing"), expected 2")
        }
        guard let all = document["doctests"]?.arrayValue else {
            throw Failure(description: "rustdoc's doctest JSON for \(path) has no `doctests` array")
        }
        return all.filter { $0["file"]?.stringValue == path }
    }

    /// Runs rustdoc and parses its stdout. Names need not resolve: rustdoc prints the JSON even when
    /// it reports errors (exit status 1), so a non-zero status only fails if stdout is not JSON.
    static func run(path: String, cfgs: [String]) throws -> JSONTree {
        let result = try Rustdoc.doctests(path: path, cfgs: cfgs)
        do {
            return try JSONTree.parse(result.stdout)
        } catch {
            let diagnostics = result.stderr.split(separator: "\n").prefix(20).joined(separator: "\n")
            throw Failure(description: """
                rustdoc on \(path) (exit status \(result.status)) did not print doctest JSON \
                (\(error)); the fixture must stay parseable. First diagnostics:
                \(diagnostics)
                """)
        }
    }
}
