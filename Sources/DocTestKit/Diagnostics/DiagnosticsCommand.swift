import Foundation

/// `kunitgen diagnostics` as one library call: regenerate the doctest file in memory (same
/// tree, configuration and crate as the build), build its source map, rewrite the log.
public enum DiagnosticsCommand {
    public struct Request: Sendable {
        /// The generation the build used (tree, object tree, crate, configuration), regenerated
        /// in memory exactly as `generate` would.
        public var generation: GenerateCommand.Request
        /// The log's bytes (a file or stdin).
        public var log: [UInt8]
        /// Where the log came from, for messages (`-` for stdin).
        public var logName: String

        public init(generation: GenerateCommand.Request, log: [UInt8], logName: String) {
            self.generation = generation
            self.log = log
            self.logName = logName
        }
    }

    public struct UsageError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public struct Outcome: Sendable {
        /// The log, locations in the generated file rewritten (text format).
        public var text: String
        public var findings: [Finding]
        public var mapped: Int
        public var errors: Int
        /// Messages for stderr.
        public var notes: [String]
        /// 0 nothing mapped and no errors, 1 errors present or a doctest diagnostic mapped, 2 the
        /// log cannot be mapped (made from another tree or configuration).
        public var exitCode: Int32
    }

    public static func run(_ request: Request) throws(UsageError) -> Outcome {
        if request.log.contains(0) || String(validating: request.log, as: UTF8.self) == nil {
            throw UsageError(description: "\(request.logName): not a text build log (it holds NUL bytes or is not UTF-8)")
        }
        let log = String(decoding: request.log, as: UTF8.self)
        let memory: GenerateCommand.InMemory
        do {
            memory = try GenerateCommand.generate(request.generation)
        } catch {
            throw UsageError(description: error.description)
        }
        let map = DoctestSourceMap(generation: memory.generation, srctree: request.generation.srctree, options: memory.options)
        let result = BuildLogMapper(map: map).rewrite(log)
        var notes = ["configuration: \(memory.configuration.description)"]
        if let mismatch = result.mismatch {
            notes.append("error: \(request.logName) was not made from this tree and configuration: \(mismatch); nothing was mapped (give the --srctree, --config and --crate the build used)")
            return Outcome(text: log, findings: [], mapped: 0, errors: result.errors, notes: notes, exitCode: 2)
        }
        if log.allSatisfy(\.isWhitespace) { notes.append("\(request.logName): the log is empty; nothing to map") }
        notes.append("\(result.mapped) locations in \(map.generatedFileName) mapped to doc comments, \(result.errors) errors in the log")
        let code: Int32 = result.errors > 0 || result.mapped > 0 ? 1 : 0
        return Outcome(text: result.text, findings: result.findings, mapped: result.mapped, errors: result.errors,
                       notes: notes, exitCode: code)
    }
}
