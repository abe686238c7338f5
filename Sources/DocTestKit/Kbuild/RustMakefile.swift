import Foundation

/// One crate `rust/Makefile` builds: its root file and the flags it is built (and documented) with.
public struct KbuildCrate: Hashable, Sendable {
    /// The crate name as the Makefile spells its targets (`syn`, `proc_macro2`, `pin_init`).
    public var name: String
    /// Root file relative to the source tree (`rust/syn/lib.rs`).
    public var root: String
    /// `--cfg` specs as rustc reads them (`feature="full"`, `kernel`).
    public var cfgs: [String]
    /// `--edition=N` of the crate's own flags; nil: the kernel's `rust_common_flags` (2021).
    public var edition: String?

    public init(name: String, root: String, cfgs: [String] = [], edition: String? = nil) {
        self.name = name
        self.root = root
        self.cfgs = cfgs
        self.edition = edition
    }

    /// The directory holding the crate's files (`rust/syn/`, `rust/pin-init/src/`), with a slash.
    public var directory: String { CrateWalker.directory(of: root) + "/" }
}

/// Reads the per-crate flags out of a kernel's `rust/Makefile`, so that crates are scanned under
/// the configuration kbuild gives them rather than one hard-coded here. What it understands is
/// what 7.1.5's Makefile uses:
///
/// - variables (`NAME := value`, `NAME = value`, `\` continuations, `#` comments), expanded
///   recursively where referenced as `$(NAME)`;
/// - `$(call cfgs-to-flags,LIST)`: one `--cfg=WORD` per word of LIST;
/// - `$(if COND,THEN[,ELSE])`: THEN (a current rustc, for which `rustc-min-version` holds);
///   other `$(call ..)`/functions expand to nothing;
/// - target-specific variables `rustdoc-NAME: private rustc_target_flags = ...` and the rule
///   `rustdoc-NAME: $(src)/PATH ...`, which names the crate and its root (`rust/PATH`).
///
/// From the expanded `rustc_target_flags` of each `rustdoc-NAME` target it keeps `--cfg` specs
/// (`--cfg X`, `--cfg=X`, `--cfg='X'`, `--cfg feature=\"alloc\"`) and `--edition=N`.
public enum RustMakefile {
    /// The crates of the Makefile at `srctree/rust/Makefile`; nil when there is none.
    public static func crates(srctree: String) -> [KbuildCrate]? {
        guard let data = FileManager.default.contents(atPath: srctree + "/rust/Makefile") else { return nil }
        return crates(makefile: String(decoding: data, as: UTF8.self))
    }

    /// The crates of a Makefile's text, in the order of their `rustdoc-NAME` rules.
    public static func crates(makefile: String) -> [KbuildCrate] {
        let lines = logicalLines(makefile)
        var variables: [String: String] = [:]
        var targetFlags: [String: [String]] = [:]
        var roots: [(String, String)] = []
        for line in lines {
            if line.hasPrefix("rustdoc-"), let (target, rest) = split(line, at: ":"), !target.contains(" "), !target.contains("$") {
                let name = String(target.dropFirst("rustdoc-".count))
                let body = rest.trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("private ") || body.hasPrefix("export ") {
                    let assignment = body.drop { $0 != " " }.trimmingCharacters(in: .whitespaces)
                    if let (variable, value) = assignmentParts(assignment), variable == "rustc_target_flags" {
                        targetFlags[name, default: []].append(value)
                    }
                } else if let first = body.split(separator: " ").first, first.hasPrefix("$(src)/"), first.hasSuffix(".rs"),
                          !roots.contains(where: { $0.0 == name }) {
                    roots.append((name, "rust/" + first.dropFirst("$(src)/".count)))
                }
                continue
            }
            if let (variable, value) = assignmentParts(line), !variable.contains(" ") { variables[variable] = value }
        }
        return roots.map { name, root in
            var cfgs: [String] = []
            var edition: String?
            let expanded = (targetFlags[name] ?? []).map { expand($0, variables: variables, depth: 0) }.joined(separator: " ")
            let words = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            var k = 0
            while k < words.count {
                let word = words[k]
                if word == "--cfg", k + 1 < words.count {
                    cfgs.append(unquote(words[k + 1]))
                    k += 2
                    continue
                }
                if word.hasPrefix("--cfg=") { cfgs.append(unquote(String(word.dropFirst("--cfg=".count)))) }
                if word.hasPrefix("--edition=") { edition = String(word.dropFirst("--edition=".count)) }
                k += 1
            }
            return KbuildCrate(name: name, root: root, cfgs: cfgs, edition: edition)
        }
    }

    /// Lines with `\` continuations joined and comments dropped.
    static func logicalLines(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            if let hash = line.firstIndex(of: "#"), !line.hasPrefix("\t") { line = String(line[..<hash]) }
            if line.hasSuffix("\\") {
                current += line.dropLast() + " "
                continue
            }
            current += line
            if !current.hasPrefix("\t") { out.append(current) }
            current = ""
        }
        return out
    }

    /// `NAME := value`, `NAME = value`, `NAME ?= value`, `NAME += value` (the last appended).
    static func assignmentParts(_ line: String) -> (String, String)? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        var name = line[..<equals]
        if let last = name.last, last == ":" || last == "?" || last == "+" { name = name.dropLast() }
        let variable = name.trimmingCharacters(in: .whitespaces)
        guard !variable.isEmpty, !variable.contains("$"), !variable.contains(":") else { return nil }
        return (variable.hasPrefix("export ") ? String(variable.dropFirst(7)) : variable,
                String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces))
    }

    /// `target: rest` at the first `:` that is not part of `:=`.
    static func split(_ line: String, at separator: Character) -> (String, String)? {
        guard let colon = line.firstIndex(of: separator) else { return nil }
        let after = line.index(after: colon)
        if after < line.endIndex, line[after] == "=" { return nil }
        return (line[..<colon].trimmingCharacters(in: .whitespaces), String(line[after...]))
    }

    /// `'feature="x"'` → `feature="x"`, `feature=\"alloc\"` → `feature="alloc"`.
    static func unquote(_ word: String) -> String {
        var w = word.replacingOccurrences(of: "\\\"", with: "\"")
        if w.count >= 2, w.hasPrefix("'"), w.hasSuffix("'") { w = String(w.dropFirst().dropLast()) }
        return w
    }

    /// Expands `$(NAME)` and the functions above.
    static func expand(_ text: String, variables: [String: String], depth: Int) -> String {
        guard depth < 20, text.contains("$(") else { return text }
        var out = ""
        var k = text.startIndex
        while k < text.endIndex {
            guard text[k] == "$", text.index(after: k) < text.endIndex, text[text.index(after: k)] == "(",
                  let close = matchingParen(text, open: text.index(after: k)) else {
                out.append(text[k])
                k = text.index(after: k)
                continue
            }
            let inner = String(text[text.index(k, offsetBy: 2)..<close])
            out += reference(inner, variables: variables, depth: depth)
            k = text.index(after: close)
        }
        return out
    }

    private static func reference(_ inner: String, variables: [String: String], depth: Int) -> String {
        if !inner.contains(" ") && !inner.contains(",") {
            return expand(variables[inner] ?? "", variables: variables, depth: depth + 1)
        }
        let function = String(inner.prefix { $0 != " " })
        let arguments = topLevelArguments(String(inner.dropFirst(function.count + 1)))
        switch function {
        case "call" where arguments.first?.trimmingCharacters(in: .whitespaces) == "cfgs-to-flags":
            let list = arguments.dropFirst().joined(separator: ",")
            return expand(list, variables: variables, depth: depth + 1)
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).map { "--cfg=" + $0 }.joined(separator: " ")
        case "if":
            return arguments.count > 1 ? expand(arguments[1], variables: variables, depth: depth + 1) : ""
        default:
            return ""
        }
    }

    private static func matchingParen(_ text: String, open: String.Index) -> String.Index? {
        var depth = 0
        var k = open
        while k < text.endIndex {
            if text[k] == "(" { depth += 1 } else if text[k] == ")" { depth -= 1; if depth == 0 { return k } }
            k = text.index(after: k)
        }
        return nil
    }

    /// Comma-separated arguments, commas inside nested `$(..)` kept.
    private static func topLevelArguments(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if c == ",", depth == 0 { out.append(current); current = ""; continue }
            current.append(c)
        }
        out.append(current)
        return out
    }
}
