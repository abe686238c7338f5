import Foundation

/// Where the kernel tree and its build output are, as kernel tools find them: the source tree is
/// the directory holding `rust/kernel/lib.rs` that contains the working directory (kernel tools
/// run from the top of the tree, or below it); the object tree is `O=`'s, `KBUILD_OUTPUT`, else
/// the source tree itself. The configuration is looked up in the object tree first.
public enum KernelTreeLocator {
    /// The marker of a kernel tree with Rust support.
    public static let marker = "rust/kernel/lib.rs"

    /// The nearest directory at or above `directory` holding `rust/kernel/lib.rs`.
    public static func sourceTree(containing directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// `explicit`, else `$KBUILD_OUTPUT` (kbuild's own variable for `O=`), else nil (the source tree).
    public static func objectTree(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit { return explicit }
        if let output = environment["KBUILD_OUTPUT"], !output.isEmpty { return output }
        return nil
    }
}
