import Foundation

/// What libclang would open besides the file itself, checked before it does: an `#include` or a
/// `-include`/`-imacros` flag naming a FIFO, a device or anything else that is not a regular file
/// (`#include "/dev/zero"` makes libclang read until memory runs out). Such a file is not parsed;
/// it is a finding instead.
enum IncludeGuard {
    /// The first include target of `bytes` (or of `arguments`) that exists and is not a regular
    /// file or directory, as `(line, path)`; nil when there is none.
    static func hazard(in bytes: [UInt8], path: String, arguments: [String]) -> (line: Int, target: String)? {
        let directory = (path as NSString).deletingLastPathComponent
        for (index, flag) in arguments.enumerated() where ["-include", "-imacros"].contains(flag) && index + 1 < arguments.count {
            if isHazard(arguments[index + 1], relativeTo: directory) { return (1, arguments[index + 1]) }
        }
        var line = 1
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            if let target = includeTarget(bytes[start..<end]), isHazard(target, relativeTo: directory) { return (line, target) }
            line += 1
            start = end + 1
        }
        return nil
    }

    /// `#include "x"` / `#include <x>` (spaces allowed around `#`): `x`.
    static func includeTarget(_ line: ArraySlice<UInt8>) -> String? {
        var i = line.startIndex
        func skipBlanks() { while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i += 1 } }
        skipBlanks()
        guard i < line.endIndex, line[i] == UInt8(ascii: "#") else { return nil }
        i += 1
        skipBlanks()
        guard line[i...].starts(with: "include".utf8) else { return nil }
        i += 7
        skipBlanks()
        guard i < line.endIndex else { return nil }
        let close: UInt8 = line[i] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "\"")
        guard line[i] == UInt8(ascii: "\"") || line[i] == UInt8(ascii: "<") else { return nil }
        i += 1
        guard let end = line[i...].firstIndex(of: close) else { return nil }
        return String(decoding: line[i..<end], as: UTF8.self)
    }

    static func isHazard(_ target: String, relativeTo directory: String) -> Bool {
        let candidate = target.hasPrefix("/") ? target : (directory.isEmpty ? target : directory + "/" + target)
        var info = stat()
        guard stat(candidate, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }
}
