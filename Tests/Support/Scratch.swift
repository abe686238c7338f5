import Foundation

/// Scratch directories for tests: all under one directory per test process, removed when the
/// process exits, so that test runs leave nothing behind in the temporary directory.
public enum Scratch {
    public static let root: String = {
        let root = NSTemporaryDirectory() + "kunitgen-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return root
    }()

    /// A path unique to this call (tests run in parallel), `name` in it for people; nothing is
    /// created at the path itself.
    public static func path(_ name: String) -> String {
        root + "/\(name)-\(UUID().uuidString)"
    }

    /// A fresh, empty directory.
    public static func directory(_ name: String) -> String {
        let path = path(name)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
