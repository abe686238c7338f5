#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a log could not be read.
public struct KTAPReadError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The lines of a log, read from a file descriptor in 64 KiB chunks (never the whole input):
/// split on bytes at LF, CRLF or a lone CR (a serial console's line ends), each decoded as
/// UTF-8 with every invalid byte, and every control character but tab, written `\xNN` (as
/// kunit.py reads with `errors='backslashreplace'`; control characters escaped so that binary
/// junk cannot garble a terminal or an XML report). A line longer than `lineLimit` bytes is cut
/// there, with the count of what was dropped. Works on anything `read(2)` reads: files, pipes,
/// FIFOs, `/dev/stdin`, `<(dmesg)`.
public final class KTAPLineSource {
    public static let chunkSize = 1 << 16
    public static let lineLimit = 1 << 15
    private let readChunk: (UnsafeMutableRawBufferPointer) -> Int
    private let closeInput: () -> Void
    private var chunk: [UInt8]
    private var position = 0, length = 0
    private var atEnd = false
    private var skipLineFeed = false
    private var line: [UInt8] = []
    private var lineElided = 0
    /// Lines read so far: the 1-based number of the last line returned.
    public private(set) var lineNumber = 0
    /// The first bytes of the input, for telling a compressed file from a log.
    public private(set) var head: [UInt8] = []

    /// Reads `path`, or standard input for `-`.
    public init(path: String) throws(KTAPReadError) {
        let fd: Int32
        if path == "-" {
            // A closed standard input must not be mistaken for a descriptor opened later.
            guard fcntl(0, F_GETFD) != -1 else {
                throw KTAPReadError(description: "cannot read standard input: it is closed")
            }
            fd = 0
            closeInput = {}
        } else {
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else { throw KTAPReadError(description: "cannot open: \(Self.errorText())") }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw KTAPReadError(description: "cannot read: is a directory")
            }
            fd = opened
            closeInput = { close(opened) }
        }
        readChunk = { read(fd, $0.baseAddress, $0.count) }
        chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        try refill()
        head = Array(chunk[0..<min(length, 8)])
    }

    /// Reads bytes held in memory, in the same chunks.
    public init(bytes: [UInt8]) {
        var offset = 0
        readChunk = { buffer in
            let n = min(buffer.count, bytes.count - offset)
            guard n > 0 else { return 0 }
            bytes.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
            }
            offset += n
            return n
        }
        closeInput = {}
        chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        try? refill()
        head = Array(chunk[0..<min(length, 8)])
    }

    deinit { closeInput() }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    private func refill() throws(KTAPReadError) {
        position = 0
        length = 0
        while !atEnd {
            let n = chunk.withUnsafeMutableBytes { readChunk($0) }
            if n > 0 { length = n; return }
            if n == 0 { atEnd = true; return }
            if errno == EINTR { continue }
            throw KTAPReadError(description: "read error: \(Self.errorText())")
        }
    }

    /// The next line without its line end, or nil at the end of the input.
    public func next() throws(KTAPReadError) -> String? {
        line.removeAll(keepingCapacity: true)
        lineElided = 0
        var sawAnything = false
        while true {
            if position == length {
                try refill()
                if length == 0 {
                    guard sawAnything else { return nil }
                    lineNumber += 1
                    return decode()
                }
            }
            if skipLineFeed {
                skipLineFeed = false
                if chunk[position] == 10 { position += 1; continue }
            }
            let start = position
            var terminator: UInt8 = 0
            chunk.withUnsafeBufferPointer { bytes in
                var k = position
                while k < length {
                    let b = bytes[k]
                    if b == 10 || b == 13 { terminator = b; break }
                    k += 1
                }
                position = k
                let room = Self.lineLimit - line.count
                let run = k - start
                if run <= room {
                    line.append(contentsOf: bytes[start..<k])
                } else {
                    line.append(contentsOf: bytes[start..<start + max(room, 0)])
                    lineElided += run - max(room, 0)
                }
            }
            sawAnything = true
            if terminator != 0 {
                position += 1
                skipLineFeed = terminator == 13
                lineNumber += 1
                return decode()
            }
        }
    }

    private func decode() -> String {
        var clean = true
        for b in line where b < 0x20 && b != 9 || b == 0x7f || b >= 0x80 {
            if b < 0x80 { clean = false; break }
        }
        var text: String
        if clean, let valid = String(validating: line, as: UTF8.self) {
            text = valid
        } else {
            text = Self.backslashReplace(line)
        }
        if lineElided > 0 { text += " [… \(lineElided) more bytes]" }
        return text
    }

    static func backslashReplace(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        func escape(_ b: UInt8) {
            let digits = Array("0123456789abcdef".unicodeScalars)
            out.append(contentsOf: "\\x".unicodeScalars)
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                let v = scalar.value
                if v < 0x20 && v != 9 || v == 0x7f { escape(UInt8(v)) } else { out.append(scalar) }
                offset += encoded.count
            case .error(let length):
                for k in offset..<offset + length { escape(bytes[k]) }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return String(out)
    }

    /// What the first bytes say the input is when it is not text, or nil.
    public var compressedFormat: String? {
        if head.starts(with: [0x1f, 0x8b]) { return "gzip" }
        if head.starts(with: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) { return "xz" }
        if head.starts(with: [0x28, 0xb5, 0x2f, 0xfd]) { return "zstd" }
        if head.starts(with: Array("BZh".utf8)), head.count > 3, (0x31...0x39).contains(head[3]) { return "bzip2" }
        return nil
    }
}
