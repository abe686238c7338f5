import ArgumentParser
import DocTestKit
import Foundation

struct Results: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read KUnit results (KTAP): every suite and case, doctests mapped to their doc comment.",
        discussion: """
        Reads KTAP as kunit.py does: a file, a FIFO, `/dev/stdin`, `<(dmesg)` or standard input; \
        dmesg, printk caller, journalctl and syslog prefixes; LF, CRLF or CR line ends; several \
        KTAP documents; noise around them. Every test that did not pass is printed as \
        `path:line:col: error: ...`: a failed `rust_doctest_*` case at the assertion inside its doc \
        comment, any other test at its result line in the log.

        Exit status: 0 every test passed (or was skipped); 1 a test failed or crashed, the log \
        ends before every test reported, no KTAP was found, no test ran or every test was skipped \
        (the last three are accepted with --allow-empty); 2 the log cannot be read, or the arguments \
        are wrong.

        Examples:
          tools/testing/kunit/kunit.py run --raw_output | kunitgen results --format junit > junit.xml
          dmesg | kunitgen results --format md
          kunitgen results --srctree . <(journalctl -k -b)
        """)

    @Option(help: "Output format: text, json, md, junit (JUnit XML) or kunit-json (kunit.py's KernelCI JSON).")
    var format: ResultsCommand.Format = .text

    @Flag(help: "Exit 0 when the log holds no KTAP, no test ran, or every test was skipped.")
    var allowEmpty = false

    @Option(help: "The kernel source tree: ties each case to its doctest's item, finds the location when the log lacks it, and warns when the log's location is not the tree's.")
    var srctree: String?

    @Option(help: "Kernel configuration used for the run (as for generate); default: SRCTREE/.config, else SRCTREE/include/config/auto.conf.")
    var config: String?

    @Option(help: "Naming scheme the suite was generated with: kernel or item.")
    var naming: KUnitNamingScheme = .kernel

    @Option(help: ArgumentHelp("The log is of the tree at git revision REV: its case names are translated to the ones the working tree gives (needs --srctree; the log is then read whole).", valueName: "REV"))
    var renames: String?

    @Argument(help: "KTAP log (a file, FIFO or /dev/stdin), or - for standard input (the default).")
    var log: String = "-"

    func validate() throws {
        if let srctree {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: srctree, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--srctree '\(srctree)' is not a directory")
            }
        }
        if let config, !FileManager.default.isReadableFile(atPath: config) {
            throw ValidationError("--config '\(config)' is not a readable file")
        }
        if renames != nil, srctree == nil { throw ValidationError("--renames needs --srctree (the tree whose names the log is translated to)") }
    }

    func run() throws {
        if log == "-", isatty(0) != 0 {
            // Waiting on a terminal without a word looks like a hang.
            FileHandle.standardError.write(Data("kunitgen: reading a KTAP log from the terminal (end with Ctrl-D; or give a file, or pipe: dmesg | kunitgen results)\n".utf8))
        }
        let analysis: ResultsAnalysis
        var path = log
        if let renames, let srctree { path = try translatedLog(since: renames, srctree: srctree) }
        defer { if path != log { try? FileManager.default.removeItem(atPath: path) } }
        do {
            analysis = try ResultsCommand.analyse(path: path, doctests: srctree.map { tree in { caseDoctests(srctree: tree) } })
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        ResultsCommand.write(analysis, format: format, to: ResultsOutput(fd: 1))
        let status = analysis.exitCode(allowEmpty: allowEmpty)
        if status != 0 { throw ExitCode(status) }
    }

    /// Case name → doctest, named exactly as `generate` names them for the `kernel` crate (the
    /// same call: the tree's own layout and rustdoc line quirks included).
    private func caseDoctests(srctree: String) -> [String: Doctest] {
        guard let memory = try? GenerateCommand.generate(.init(srctree: srctree, config: config, naming: naming, dryRun: true)) else { return [:] }
        return Dictionary(memory.generation.cases.map { ($0.name, $0.doctest) }, uniquingKeysWith: { first, _ in first })
    }

    /// The log with REV's case names replaced by the working tree's, in a temporary file.
    private func translatedLog(since revision: String, srctree: String) throws -> String {
        let data: Data
        if log == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else {
            guard let read = FileManager.default.contents(atPath: log) else {
                FileHandle.standardError.write(Data("kunitgen: error: \(log): cannot read the log\n".utf8))
                throw ExitCode(2)
            }
            data = read
        }
        let translated: String
        do throws(GitError) {
            translated = try DoctestRenames.translate(String(decoding: data, as: UTF8.self), since: revision,
                                                      request: .init(srctree: srctree, config: config, naming: naming, dryRun: true))
        } catch {
            FileHandle.standardError.write(Data("kunitgen: error: --renames \(revision): \(error.message)\n".utf8))
            throw ExitCode(2)
        }
        let path = NSTemporaryDirectory() + "kunitgen-renamed-\(getpid()).log"
        try AtomicFileWriter.write(Array(translated.utf8), to: path)
        return path
    }
}

extension ResultsCommand.Format: ExpressibleByArgument {}
