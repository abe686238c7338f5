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
}
