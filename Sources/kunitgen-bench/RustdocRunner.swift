import DocTestKit
import Foundation

/// Runs rustdoc's own doctest collection, the way the differential tests do.
struct RustdocRunner {
    let executable: String

    init() {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/rustdoc" }
            + ["\(NSHomeDirectory())/.cargo/bin/rustdoc"]
        executable = candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "rustdoc"
    }

    /// One rustdoc process per file, sequentially (as a user would run it per file).
    func collect(files: [String]) {
        for file in files {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-Zunstable-options", "--output-format=doctest", "--crate-type", "lib",
                                 "--edition", "2021", "--crate-name", "kernel", file]
            var environment = ProcessInfo.processInfo.environment
            environment["RUSTC_BOOTSTRAP"] = "1"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run(); process.waitUntilExit() } catch {
                FileHandle.standardError.write(Data("cannot run \(executable): \(error)\n".utf8))
                return
            }
        }
    }
}

/// A tree made of `copies` copies of a source tree, for the scaling measurement.
struct SyntheticTree {
    var root: String
    var files: Int
    var bytes: Int

    static func make(from source: String, copies: Int) throws -> SyntheticTree {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("kunitgen-bench-\(UUID().uuidString)").path
        let files = RustSourceWalker.rustFiles(at: source).files
        var count = 0, bytes = 0
        for copy in 0..<copies {
            for file in files {
                let relative = String(file.dropFirst(source.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                let target = "\(root)/copy\(copy)/\(relative)"
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try fm.copyItem(atPath: file, toPath: target)
                bytes += (try fm.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
                count += 1
            }
        }
        return SyntheticTree(root: root, files: count, bytes: bytes)
    }
}
