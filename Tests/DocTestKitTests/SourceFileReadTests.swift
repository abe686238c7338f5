import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// `SourceFile.read`'s checks and messages, each on a file made for it.
@Suite final class SourceFileReadTests {
    let root = Scratch.path("read")

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = root + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func failure(_ path: String) -> SourceError? {
        do {
            _ = try SourceFile.read(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsAndNormalises() throws {
        let path = try write("a.rs", [0xEF, 0xBB, 0xBF] + Array("fn a() {}\r\n// é\r\n".utf8))
        let file = try SourceFile.read(path: path)
        #expect(file.path == path)
        #expect(file.text == "fn a() {}\n// é\n")
        #expect(try SourceFile.read(path: write("empty.rs", [])).bytes.isEmpty)
    }

    @Test func followsSymbolicLinks() throws {
        let target = try write("target.rs", Array("fn t() {}\n".utf8))
        let link = root + "/link.rs"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try SourceFile.read(path: link).text == "fn t() {}\n")
        let dangling = root + "/dangling.rs"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: root + "/nothing.rs")
        #expect(failure(dangling)?.message == "no such file")
    }

    @Test func readsFilesWhoseSizeIsUnknown() throws {
        // `/proc` files report size 0 and are read to their end.
        let file = try SourceFile.read(path: "/proc/self/status")
        #expect(file.text.hasPrefix("Name:"))
    }

    @Test func reportsEachProblem() throws {
        let missing = failure(root + "/missing.rs")
        #expect(missing?.message == "no such file")
        #expect(missing?.line == 1)
        #expect(missing?.finding.ruleID == "io-error")
        #expect(failure(root)?.message == "is a directory")

        let huge = root + "/huge.rs"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: UInt64(SourceFile.maximumSize + 1))
        try handle.close()
        #expect(failure(huge)?.message == "file is 16777217 bytes, larger than the 16 MiB limit; skipped")

        let binary = failure(try write("bin.rs", Array("a\nb\n".utf8) + [0] + Array("\u{FF}".utf8)))
        #expect(binary?.message == "binary file (NUL byte); skipped")
        #expect(binary?.line == 3)

        // Invalid sequences after a run of ASCII longer than a word, and at the very end.
        let text = Array("fn a() {}\n// long ASCII line\n// caf".utf8)
        let invalid = failure(try write("latin1.rs", text + [0xE9, 0x0A]))
        #expect(invalid?.message == "file is not valid UTF-8 (byte offset \(text.count)); skipped")
        #expect(invalid?.line == 3)
        #expect(failure(try write("truncated.rs", Array("é".utf8) + [0xE2, 0x82]))?.message
            == "file is not valid UTF-8 (byte offset 2); skipped")
        #expect(failure(try write("surrogate.rs", [0x61, 0xED, 0xA0, 0x80]))?.message
            == "file is not valid UTF-8 (byte offset 1); skipped")
        #expect(failure(try write("overlong.rs", [0xC0, 0xAF]))?.message
            == "file is not valid UTF-8 (byte offset 0); skipped")

        #expect(failure("/proc/self/mem")?.message == "cannot read file: Input/output error")
    }

    @Test func sizeLimitIsTheTargetsAndHoldsForFilesOfUnknownSize() throws {
        let huge = root + "/huge-target.rs"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: UInt64(SourceFile.maximumSize + 1))
        try handle.close()
        let link = root + "/small-link.rs"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: huge)
        #expect(failure(link)?.message == "file is 16777217 bytes, larger than the 16 MiB limit; skipped")
    }

    @Test func devicesAndFIFOsAreNotRead() throws {
        // `/dev/zero` never ends and a FIFO blocks: neither is read.
        #expect(failure("/dev/zero")?.message == "not a regular file (FIFO, socket or device); skipped")
        let fifo = root + "/pipe.rs"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(failure(fifo)?.message == "not a regular file (FIFO, socket or device); skipped")
    }
}
