import Foundation

/// Lists `*.rs` files below a directory, sorted, without following symlinked directories twice
/// (a symlink loop must end in a diagnostic, not a hang).
public enum RustSourceWalker {
    public struct Listing: Sendable {
        public var files: [String] = []
        public var findings: [Finding] = []
    }

    public static func rustFiles(at path: String, extensions: Set<String> = ["rs"]) -> Listing {
        var listing = Listing()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // A dangling symlink or a missing path; `fileExists` follows links.
            let message = (try? fm.destinationOfSymbolicLink(atPath: path)) != nil
                ? "symbolic link cannot be resolved (dangling link or loop)" : "no such file or directory"
            listing.findings.append(SourceError(path: path, line: 1, message: message).finding)
            return listing
        }
        guard isDirectory.boolValue else {
            listing.files.append(path)
            return listing
        }
        var visited = Set<String>()
        walk(path, extensions: extensions, visited: &visited, into: &listing)
        return listing
    }

    private static func walk(_ directory: String, extensions: Set<String>, visited: inout Set<String>, into listing: inout Listing) {
        let fm = FileManager.default
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            listing.findings.append(SourceError(path: directory, line: 1, message: "directory visited twice through a symbolic link (loop); skipped").finding)
            return
        }
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: directory) } catch {
            listing.findings.append(SourceError(path: directory, line: 1, message: "cannot list directory (permission denied?)").finding)
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: child, isDirectory: &isDirectory) else {
                if (try? fm.destinationOfSymbolicLink(atPath: child)) != nil {
                    if extensions.contains((name as NSString).pathExtension) {
                        listing.findings.append(SourceError(path: child, line: 1, message: "symbolic link cannot be resolved (dangling link or loop)").finding)
                    }
                }
                continue
            }
            if isDirectory.boolValue {
                walk(child, extensions: extensions, visited: &visited, into: &listing)
            } else if extensions.contains((name as NSString).pathExtension) {
                listing.files.append(child)
            }
        }
    }
}
