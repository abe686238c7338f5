import Foundation

/// `compile_commands.json` (as `make compile_commands.json` / `scripts/clang-tools/gen_compile_commands.py`
/// writes it): the flags each file was really compiled with.
public struct CompileCommands: Sendable {
    /// Absolute, standardised file path → flags to give libclang (no compiler, no `-c`/`-o`, no file).
    public private(set) var flagsByFile: [String: [String]] = [:]

    public init(flagsByFile: [String: [String]]) { self.flagsByFile = flagsByFile }

    public struct LoadError: Error, Sendable { public var message: String }

    public static func load(path: String) throws(LoadError) -> CompileCommands {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(message: "cannot read \(path)")
        }
        return try parse(data, origin: path)
    }

    public static func parse(_ data: Data, origin: String) throws(LoadError) -> CompileCommands {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw LoadError(message: "\(origin) is not valid JSON: \(error.localizedDescription)")
        }
        guard let entries = object as? [Any] else {
            throw LoadError(message: "\(origin) must be a JSON array of {directory, file, command|arguments}")
        }
        var result = CompileCommands(flagsByFile: [:])
        for (k, any) in entries.enumerated() {
            guard let entry = any as? [String: Any], let directory = entry["directory"] as? String,
                  let file = entry["file"] as? String else {
                throw LoadError(message: "\(origin): entry \(k) lacks \"directory\" or \"file\"")
            }
            let words: [String]
            if let arguments = entry["arguments"] as? [String] {
                words = arguments
            } else if let command = entry["command"] as? String {
                words = splitShellWords(command)
            } else {
                throw LoadError(message: "\(origin): entry \(k) has neither \"arguments\" nor \"command\"")
            }
            let absolute = file.hasPrefix("/") ? file : directory + "/" + file
            result.flagsByFile[standardized(absolute)] = libclangFlags(words, directory: directory, file: file)
        }
        return result
    }

    public func flags(for path: String) -> [String]? { flagsByFile[Self.standardized(path)] }

    static func standardized(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// Drops the compiler, the file, and output/dependency flags; makes relative `-I` paths absolute.
    static func libclangFlags(_ words: [String], directory: String, file: String) -> [String] {
        var result: [String] = []
        var k = 1  // words[0] is the compiler
        let withValue: Set<String> = ["-o", "-MF", "-MT", "-MQ"]
        let pathFlags: Set<String> = ["-I", "-isystem", "-include", "-iquote", "-idirafter"]
        while k < words.count {
            let word = words[k]
            defer { k += 1 }
            if withValue.contains(word) { k += 1; continue }
            if word == "-c" || word == "-MD" || word == "-MMD" || word == file || word.hasSuffix("/" + file) { continue }
            if word.hasPrefix("-Wp,-M") { continue }
            if pathFlags.contains(word), k + 1 < words.count {
                result.append(word)
                result.append(absolute(words[k + 1], directory))
                k += 1
                continue
            }
            if word.hasPrefix("-I"), word.count > 2 { result.append("-I" + absolute(String(word.dropFirst(2)), directory)); continue }
            result.append(word)
        }
        return result
    }

    private static func absolute(_ path: String, _ directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// POSIX-shell-like word splitting: quotes and backslashes, as compile_commands "command" needs.
    static func splitShellWords(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in command {
            if escaped { current.append(c); escaped = false; inWord = true; continue }
            if c == "\\" && quote != "'" { escaped = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == "'" || c == "\"" { quote = c; inWord = true; continue }
            if c == " " || c == "\t" || c == "\n" {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(c)
            inWord = true
        }
        if inWord { words.append(current) }
        return words
    }
}
