import Foundation
import Testing
@testable import DocTestKit

@Suite struct GenerateWriterTests {
    @Test func writesOnlyWhenContentChanges() throws {
        let directory = GenerateFixtures.scratchDirectory("writer") + "/out"
        let writer = GeneratedFileWriter(directory: directory)
        let file = GeneratedFile(name: "doctests_kernel_generated.rs", contents: "a\n")
        #expect(try writer.plannedOutcome(file) == .written)
        #expect(try writer.write(file) == .written)
        let path = directory + "/" + file.name
        let firstDate = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(try writer.write(file) == .unchanged)
        #expect(try writer.plannedOutcome(file) == .unchanged)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == firstDate)
        #expect(try writer.write(GeneratedFile(name: file.name, contents: "b\n")) == .written)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "b\n")
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [file.name])
    }

    @Test(arguments: ["../escape.rs", "a/b.rs", "..", ".", ""])
    func refusesNamesOutsideTheDirectory(name: String) throws {
        let directory = GenerateFixtures.scratchDirectory("writer-refuse")
        let writer = GeneratedFileWriter(directory: directory + "/out")
        #expect(throws: SourceError.self) { try writer.write(GeneratedFile(name: name, contents: "x")) }
        #expect(!FileManager.default.fileExists(atPath: directory + "/escape.rs"))
    }

    @Test func outputPathThatIsAFileIsAnError() throws {
        let directory = GenerateFixtures.scratchDirectory("writer-file")
        try "x".write(toFile: directory + "/out", atomically: true, encoding: .utf8)
        let writer = GeneratedFileWriter(directory: directory + "/out")
        #expect(throws: SourceError.self) { try writer.write(GeneratedFile(name: "a.rs", contents: "x")) }
    }

    /// A link planted at the target is not written through: the file is refused, the link's
    /// target untouched.
    @Test func aLinkAtTheTargetIsRefused() throws {
        let directory = GenerateFixtures.scratchDirectory("writer-link")
        try "victim\n".write(toFile: directory + "/victim", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory + "/out/a.rs", withDestinationPath: directory + "/victim")
        let writer = GeneratedFileWriter(directory: directory + "/out")
        #expect(throws: SourceError.self) { try writer.write(GeneratedFile(name: "a.rs", contents: "new\n")) }
        #expect(try String(contentsOfFile: directory + "/victim", encoding: .utf8) == "victim\n")
    }

    /// Both files, or neither: when the second cannot be replaced, the first keeps its old content.
    @Test func thePairIsReplacedAsAUnit() throws {
        let directory = GenerateFixtures.scratchDirectory("writer-pair") + "/out"
        let writer = GeneratedFileWriter(directory: directory)
        try writer.writeAll([GeneratedFile(name: "a.rs", contents: "old a\n"), GeneratedFile(name: "b.c", contents: "old b\n")])
        // `b.c` becomes a directory: it cannot be replaced by a file.
        try FileManager.default.removeItem(atPath: directory + "/b.c")
        try FileManager.default.createDirectory(atPath: directory + "/b.c", withIntermediateDirectories: false)
        #expect(throws: SourceError.self) {
            try writer.writeAll([GeneratedFile(name: "a.rs", contents: "new a\n"), GeneratedFile(name: "b.c", contents: "new b\n")])
        }
        #expect(try String(contentsOfFile: directory + "/a.rs", encoding: .utf8) == "old a\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["a.rs", "b.c"])
    }

    /// Temporaries of a killed run are removed by the next; other dot files are not.
    @Test func staleTemporariesAreRemoved() throws {
        let directory = GenerateFixtures.scratchDirectory("writer-stale") + "/out"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "half".write(toFile: directory + "/.a.rs.kunitgen-tmp-abc", atomically: true, encoding: .utf8)
        try "keep".write(toFile: directory + "/.other", atomically: true, encoding: .utf8)
        try GeneratedFileWriter(directory: directory).write(GeneratedFile(name: "a.rs", contents: "x\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [".other", "a.rs"])
    }

    /// Two writers racing into one directory never leave a mixed pair.
    @Test func concurrentRunsNeverMixThePair() throws {
        let directory = GenerateFixtures.scratchDirectory("writer-race") + "/out"
        DispatchQueue.concurrentPerform(iterations: 40) { n in
            let tag = "run \(n)\n"
            _ = try? GeneratedFileWriter(directory: directory).writeAll([GeneratedFile(name: "a.rs", contents: tag), GeneratedFile(name: "b.c", contents: tag)])
        }
        #expect(try String(contentsOfFile: directory + "/a.rs", encoding: .utf8) == (try String(contentsOfFile: directory + "/b.c", encoding: .utf8)))
    }
}
