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
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SourceError(path: path, line: 1, message: "no such file")
        }
        if isDirectory.boolValue { throw SourceError(path: path, line: 1, message: "is a directory") }
        if let attributes = try? fm.attributesOfItem(atPath: path),
           let size = attributes[.size] as? Int, size > maximumSize {
            throw SourceError(path: path, line: 1, message: "file is \(size) bytes, larger than the \(maximumSize >> 20) MiB limit; skipped")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SourceError(path: path, line: 1, message: "cannot open file for reading (permission denied?)")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw SourceError(path: path, line: 1, message: "cannot read file: \(describe(error))")
        }
        let raw = [UInt8](data)
        if let nul = raw.firstIndex(of: 0) {
            throw SourceError(path: path, line: lineNumber(of: nul, in: raw), message: "binary file (NUL byte); skipped")
        }
        if let bad = firstInvalidUTF8Offset(raw) {
            throw SourceError(path: path, line: lineNumber(of: bad, in: raw), message: "file is not valid UTF-8 (byte offset \(bad)); skipped")
        }
        return SourceFile(path: path, bytes: raw)
    }

    /// The POSIX reason under Foundation's generic "operation could not be completed".
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let text = strerror(Int32(underlying.code)) {
            return String(cString: text)
        }
        return ns.localizedDescription
    }

    static func normalise(_ raw: [UInt8]) -> [UInt8] {
        var start = 0
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
        guard raw[start...].contains(13) else { return start == 0 ? raw : Array(raw[start...]) }
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
        var i = 0
        let n = bytes.count
        while i < n {
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
