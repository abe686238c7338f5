import Foundation

/// A Rust or C source file read once into memory, normalised the way rustc loads files:
/// a leading UTF-8 BOM is dropped and CRLF line ends become LF (so lines and columns match what
/// rustc and editors show). `path` is kept exactly as the user spelled it.
public struct SourceFile: Sendable {
    public let path: String
    /// Normalised UTF-8 bytes.
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = SourceFile.normalise(bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Files larger than this are refused with a diagnostic rather than read (a kernel source file
    /// is at most a few hundred kB; anything this big is generated or not source at all).
    public static let maximumSize = 16 << 20

    /// Reads and validates a file. Errors carry a finding ready to print (`path:line: error: ...`).
    public static func read(path: String) throws(SourceError) -> SourceFile {
        let raw = try readBytes(path: path)
        if let nul = firstOffset(of: 0, in: raw) {
            throw SourceError(path: path, line: lineNumber(of: nul, in: raw), message: "binary file (NUL byte); skipped")
        }
        if let bad = firstInvalidUTF8Offset(raw) {
            throw SourceError(path: path, line: lineNumber(of: bad, in: raw), message: "file is not valid UTF-8 (byte offset \(bad)); skipped")
        }
        return SourceFile(path: path, bytes: raw)
    }

    /// The file's bytes as they are on disk, read as safely as `read` reads them: a regular file
    /// (a FIFO or device would block or never end), at most `maximumSize` bytes.
    public static func readBytes(path: String) throws(SourceError) -> [UInt8] {
        // Plain POSIX calls: FileManager's attribute dictionary (with its dynamic casts) and
        // FileHandle's Data cost more than lexing the file does.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw SourceError(path: path, line: 1, message: errno == ENOENT || errno == ENOTDIR
                ? "no such file" : "cannot read file: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw SourceError(path: path, line: 1, message: "is a directory")
        // A FIFO or a device would block or never end (`/dev/zero`); rustc reads neither either.
        default: throw SourceError(path: path, line: 1, message: "not a regular file (FIFO, socket or device); skipped")
        }
        // The size of what a symbolic link points to, not of the link.
        if Int(info.st_size) > maximumSize { throw tooLarge(path, size: Int(info.st_size)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw SourceError(path: path, line: 1, message: "cannot open file for reading: \(String(cString: strerror(errno)))")
        }
        defer { _ = posixClose(fd) }
        // Files whose size `stat` does not know (`/proc`) are read up to the limit, no further.
        let (raw, failure) = readAll(fd, sizeHint: Int(info.st_size), limit: maximumSize + 1)
        if let failure {
            throw SourceError(path: path, line: 1, message: "cannot read file: \(String(cString: strerror(failure)))")
        }
        if raw.count > maximumSize { throw tooLarge(path, size: nil) }
        return raw
    }

    static func tooLarge(_ path: String, size: Int?) -> SourceError {
        let what = size.map { "file is \($0) bytes, larger than" } ?? "file is larger than"
        return SourceError(path: path, line: 1, message: "\(what) the \(maximumSize >> 20) MiB limit; skipped")
    }

    /// All bytes up to end of file or `limit`, into one array sized from `sizeHint` (`st_size`;
    /// 0 for `/proc` files, which then grow as needed).
    private static func readAll(_ fd: Int32, sizeHint: Int, limit: Int) -> (bytes: [UInt8], errno: Int32?) {
        // One spare byte, so that seeing end of file needs no regrowing.
        var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
            let room = min(bytes.count, limit) - count
            let n = bytes.withUnsafeMutableBufferPointer { posixRead(fd, $0.baseAddress! + count, room) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return ([], errno)
            }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return (bytes, nil)
    }

    /// `memchr`: much faster than a Swift loop over the bytes.
    static func firstOffset(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    static func normalise(_ raw: [UInt8]) -> [UInt8] {
        var start = 0
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
        guard firstOffset(of: 13, in: raw) != nil else { return start == 0 ? raw : Array(raw[start...]) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = start
        while i < raw.count {
            if raw[i] == 13, i + 1 < raw.count, raw[i + 1] == 10 { i += 1; continue }
            out.append(raw[i])
            i += 1
        }
        return out
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for b in bytes[..<offset] where b == 10 { line += 1 }
        return line
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) }
    }

    private static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time: source files are mostly ASCII.
            if i + 8 <= n, UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}

// `read(2)` and `close(2)` under names that `SourceFile.read` does not shadow.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }

/// A file that could not be read as source; `finding` is the diagnostic to print.
public struct SourceError: Error, Sendable {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var finding: Finding {
        Finding(location: SourceLocation(path: path, line: line), severity: .error, ruleID: "io-error", message: message)
    }
}
