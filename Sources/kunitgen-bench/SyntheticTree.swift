import DocTestKit
import Foundation

/// Source trees made from a real one, for the benchmark: bigger copies of the same code, so that
/// timings over them say how cost grows with size (the doctest density stays the fixture's).
struct SyntheticTree {
    var root: String
    var files: Int
    var bytes: Int

    /// Removes the tree (the benchmark makes them under the temporary directory).
    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// `copies` copies of every `.rs` file of `source`, side by side (`copy0/rust/...`).
    static func copies(of source: String, _ copies: Int) throws -> SyntheticTree {
        let root = newRoot()
        let files = RustSourceWalker.rustFiles(at: source).files
        var count = 0, bytes = 0
        for copy in 0..<copies {
            for file in files {
                let data = try read(file)
                try write(data, to: "\(root)/copy\(copy)/\(relative(file, to: source))")
                bytes += data.count
                count += 1
            }
        }
        return SyntheticTree(root: root, files: count, bytes: bytes)
    }

    /// `files` `.rs` files of about `bytes / files` bytes each, shaped like the kernel's `rust/`
    /// (few hundred files, a few MB): each is `source`'s files, taken round-robin, each wrapped in
    /// `pub mod part_N { .. }` so that one file's inner attributes stay its own.
    static func kernelShaped(from source: String, files: Int, bytes: Int) throws -> SyntheticTree {
        let root = newRoot()
        let parts = try RustSourceWalker.rustFiles(at: source).files.map(read)
        guard !parts.isEmpty else { return SyntheticTree(root: root, files: 0, bytes: 0) }
        var next = 0, total = 0
        for index in 0..<files {
            var text = Data()
            // Each file ends once the tree so far reaches its share of `bytes` (no drift).
            let share = bytes * (index + 1) / files
            while total + text.count < share {
                text.append(Data("pub mod part_\(next) {\n".utf8))
                text.append(parts[next % parts.count])
                text.append(Data("\n}\n".utf8))
                next += 1
            }
            try write(text, to: "\(root)/rust/kernel/f\(index / 50)/file\(index).rs")
            total += text.count
        }
        return SyntheticTree(root: root, files: files, bytes: total)
    }

    /// A source tree whose `rust/helpers` holds `files` C files: `source`'s helper files, copied
    /// round-robin under new names (so helpers repeat; the check's work per file is the same).
    static func helpers(from source: String, files: Int) throws -> SyntheticTree {
        let root = newRoot()
        let originals = RustSourceWalker.rustFiles(at: source + "/rust/helpers", extensions: ["c"]).files
            .filter { !$0.contains("/net/") }
        guard !originals.isEmpty else { return SyntheticTree(root: root, files: 0, bytes: 0) }
        var bytes = 0
        for index in 0..<files {
            let original = originals[index % originals.count]
            let name = ((original as NSString).lastPathComponent as NSString).deletingPathExtension
            let data = try read(original)
            try write(data, to: "\(root)/rust/helpers/\(name)\(index < originals.count ? "" : "_\(index)").c")
            bytes += data.count
        }
        return SyntheticTree(root: root, files: files, bytes: bytes)
    }

    private static func newRoot() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kunitgen-bench-\(UUID().uuidString)").path
    }

    private static func relative(_ file: String, to source: String) -> String {
        String(file.dropFirst(source.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    private static func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private static func write(_ data: Data, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
    }
}
