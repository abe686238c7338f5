import Foundation

/// A kernel configuration (`.config` or `include/config/auto.conf`) read the way Kconfig's
/// `conf_read_simple` reads it, turned into the cfgs that `include/generated/rustc_cfg` passes to
/// rustc and rustdoc (`print_symbol_for_rustccfg` in `scripts/kconfig/confdata.c`):
///
/// - `CONFIG_X=y` → `--cfg=CONFIG_X` and `--cfg=CONFIG_X="y"`;
/// - `CONFIG_X=m` → `--cfg=CONFIG_X` and `--cfg=CONFIG_X="m"` (like C's `IS_ENABLED()`: a module
///   counts as enabled for `#[cfg(CONFIG_X)]`; `IS_MODULE()` is `#[cfg(CONFIG_X = "m")]`);
/// - `CONFIG_X=n` and `# CONFIG_X is not set` → nothing;
/// - strings, ints, hex → `--cfg=CONFIG_X="value"` (the value unescaped, then escaped again).
///
/// Without the Kconfig files the symbol types are unknown: a hex value written without `0x`
/// (Kconfig adds the prefix for `S_HEX` only) is taken as it is written.
public struct KernelConfig: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case yes
        case module
        /// A string, int or hex value, unescaped.
        case text(String)
    }

    public struct Entry: Hashable, Sendable {
        public var name: String
        public var value: Value
        /// 1-based line of the (last) assignment.
        public var line: Int
    }

    /// The file read, as given.
    public var path: String
    /// Enabled symbols in the order they first appear; a later assignment replaces an earlier one.
    public var entries: [Entry]
    public var findings: [Finding]

    public init(path: String, entries: [Entry] = [], findings: [Finding] = []) {
        self.path = path
        self.entries = entries
        self.findings = findings
    }

    /// Parses configuration text; malformed lines become warnings and are skipped.
    public static func parse(_ text: String, path: String) -> KernelConfig {
        var config = KernelConfig(path: path)
        var index: [String: Int] = [:]
        func set(_ name: String, _ value: Value?, line: Int) {
            if let value {
                let entry = Entry(name: name, value: value, line: line)
                if let i = index[name] { config.entries[i] = entry } else {
                    index[name] = config.entries.count
                    config.entries.append(entry)
                }
            } else if let i = index.removeValue(forKey: name) {
                config.entries.remove(at: i)
                for (key, position) in index where position > i { index[key] = position - 1 }
            }
        }
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.hasPrefix("#") {
                // `# CONFIG_X is not set`; every other comment is ignored.
                let body = line.dropFirst().drop(while: { $0 == " " })
                if body.hasPrefix("CONFIG_"), body.hasSuffix(" is not set") {
                    let name = String(body.dropLast(" is not set".count))
                    if isSymbolName(name) { set(name, nil, line: lineNumber) }
                }
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard line.hasPrefix("CONFIG_"), let equals = line.firstIndex(of: "=") else {
                config.findings.append(warning(path, lineNumber, "not a configuration line; ignored"))
                continue
            }
            let name = String(line[..<equals])
            guard isSymbolName(name) else {
                config.findings.append(warning(path, lineNumber, "invalid symbol name `\(name)`; ignored"))
                continue
            }
            let rawValue = line[line.index(after: equals)...]
            if rawValue.hasPrefix("\"") {
                guard let value = unescapeQuoted(rawValue.dropFirst()) else {
                    config.findings.append(warning(path, lineNumber, "unterminated string for \(name); ignored"))
                    continue
                }
                set(name, .text(value), line: lineNumber)
            } else {
                switch rawValue {
                case "y": set(name, .yes, line: lineNumber)
                case "m": set(name, .module, line: lineNumber)
                case "n", "": set(name, nil, line: lineNumber)
                default: set(name, .text(String(rawValue)), line: lineNumber)
                }
            }
        }
        return config
    }

    /// Reads and parses a file; an unreadable file is an error finding and an empty configuration.
    public static func read(path: String) -> KernelConfig {
        do {
            let file = try SourceFile.read(path: path)
            return parse(file.text, path: path)
        } catch {
            return KernelConfig(path: path, findings: [error.finding])
        }
    }

    /// The configuration `generate` uses: `explicit` if given, else `srctree/.config`, else
    /// `srctree/include/config/auto.conf`, else none (no cfg set, like rustdoc without `--cfg`).
    /// `explicit`, else `.config` then `include/config/auto.conf` in the object tree (`make O=`
    /// keeps them there), then in the source tree.
    public static func locate(srctree: String, explicit: String?, objtree: String? = nil) -> String? {
        if let explicit { return explicit }
        for tree in [objtree, srctree].compactMap({ $0 }) {
            for candidate in [".config", "include/config/auto.conf"] {
                let path = (tree as NSString).appendingPathComponent(candidate)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return path
                }
            }
        }
        return nil
    }

    /// The lines `include/generated/rustc_cfg` holds for this configuration, in file order.
    public var rustcCfgLines: [String] {
        var lines: [String] = []
        for entry in entries {
            switch entry.value {
            case .yes:
                lines.append("--cfg=\(entry.name)")
                lines.append("--cfg=\(entry.name)=\"y\"")
            case .module:
                lines.append("--cfg=\(entry.name)")
                lines.append("--cfg=\(entry.name)=\"m\"")
            case .text(let value):
                lines.append("--cfg=\(entry.name)=\(KernelConfig.escapeStringValue(value))")
            }
        }
        return lines
    }

    /// The cfgs set by `rustcCfgLines`.
    public var cfgSet: CfgSet {
        var cfg = CfgSet()
        for entry in entries {
            switch entry.value {
            case .yes:
                cfg.names.insert(entry.name)
                cfg.values[entry.name, default: []].insert("y")
            case .module:
                cfg.names.insert(entry.name)
                cfg.values[entry.name, default: []].insert("m")
            case .text(let value):
                cfg.values[entry.name, default: []].insert(value)
            }
        }
        return cfg
    }

    /// The `-D` flags that `include/generated/autoconf.h` amounts to (`CONFIG_X 1` for `y`,
    /// `CONFIG_X_MODULE 1` for `m`, the value otherwise), so that a C parse without the kernel's
    /// build sees the configuration's preprocessor branches as active.
    public var cDefines: [String] {
        entries.map { entry in
            switch entry.value {
            case .yes: return "-D\(entry.name)=1"
            case .module: return "-D\(entry.name)_MODULE=1"
            case .text(let value):
                let numeric = !value.isEmpty && (Int(value) != nil || (value.hasPrefix("0x") && Int(value.dropFirst(2), radix: 16) != nil))
                return "-D\(entry.name)=\(numeric ? value : Self.escapeStringValue(value))"
            }
        }
    }

    /// Kconfig's `escape_string_value`: quotes, with `"` and `\` backslash-escaped.
    static func escapeStringValue(_ value: String) -> String {
        var out = "\""
        for c in value.unicodeScalars {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out + "\""
    }

    /// The inside of a `.config` string after its opening quote: `\x` stands for `x`; the value
    /// ends at the first unescaped quote (Kconfig ignores what follows). Nil when unterminated.
    static func unescapeQuoted(_ text: Substring) -> String? {
        var out = ""
        var escaped = false
        for c in text.unicodeScalars {
            if escaped {
                out.unicodeScalars.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                return out
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return nil
    }

    static func isSymbolName<S: StringProtocol>(_ name: S) -> Bool {
        name.hasPrefix("CONFIG_") && name.count > 7
            && name.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || $0 == "_" || ("0"..."9").contains($0) }
    }

    private static func warning(_ path: String, _ line: Int, _ message: String) -> Finding {
        Finding(location: SourceLocation(path: path, line: line), severity: .warning, ruleID: "kconfig-malformed-line", message: message)
    }
}
