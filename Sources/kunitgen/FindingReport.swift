import ArgumentParser
import DocTestKit
import Foundation

/// Prints diagnostics to stderr and turns them into the exit status.
enum FindingReport {
    static func finish(_ findings: [Finding]) throws {
        for f in findings.sorted(by: { $0.location < $1.location }) {
            FileHandle.standardError.write(Data((f.gccStyle + "\n").utf8))
        }
        // An input that could not be read is an I/O error (2), after the others were processed:
        // never "clean", and not mistaken for findings in what was read.
        if findings.contains(where: { $0.ruleID == "io-error" }) { throw ExitCode(2) }
        if findings.contains(where: { $0.severity >= .warning }) { throw ExitCode(1) }
    }
}
