import Foundation

/// Rewrites a build log: every location inside the generated doctest file becomes the doc
/// comment's `path:line:col`, the generated location kept on a note line after it; every other
/// line is copied unchanged. Understands rustc and Clippy's human output (`--> f:l:c`, `::: f:l:c`,
/// short `f:l:c: error: …`), `--error-format=json` lines (their `rendered` text) and objtool lines
/// naming a generated symbol (`rust_doctest_…+0x1c`).
public struct BuildLogMapper: Sendable {
    public let map: DoctestSourceMap

    public init(map: DoctestSourceMap) { self.map = map }

    public struct Result: Sendable {
        public var text: String
        /// One per diagnostic with a location (mapped or not), for JSON, SARIF and GitHub output.
        public var findings: [Finding]
        public var mapped: Int
        public var errors: Int
        /// Why the log cannot have been made from this tree and configuration (nil: consistent).
        public var mismatch: String?
    }

    private struct Diagnostic {
        var severity: Severity
        var code: String?
        var message: String
        var location: SourceLocation?
        var generated: String?
        var rule: String?
    }

    public func rewrite(_ log: String) -> Result {
        var state = State()
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("{"), let rendered = Self.renderedJSON(line) {
                for inner in rendered.split(separator: "\n", omittingEmptySubsequences: false) { handle(inner, &state) }
                state.closeDiagnostic()
                continue
            }
            handle(line, &state)
        }
        state.closeDiagnostic()
        var text = state.out.joined(separator: "\n")
        if !log.hasSuffix("\n"), text.hasSuffix("\n") { text.removeLast() }
        return Result(text: text, findings: state.findings, mapped: state.mapped, errors: state.errors, mismatch: state.mismatch)
    }

    private struct State {
        var out: [String] = []
        var findings: [Finding] = []
        var mapped = 0
        var errors = 0
        var mismatch: String?
        var current: Diagnostic?
        /// The generated line the last `-->`/`:::` pointed at, to check the snippet lines after it.
        var snippetLine: Int?
        /// `= note: generated at …` lines, written at the end of the diagnostic's snippet.
        var pendingNotes: [String] = []

        mutating func flushNotes() {
            out += pendingNotes
            pendingNotes = []
        }

        mutating func closeDiagnostic() {
            flushNotes()
            if let d = current, let location = d.location {
                var message = d.message
                if let generated = d.generated { message += " (generated at \(generated))" }
                findings.append(Finding(location: location, severity: d.severity, ruleID: d.rule ?? d.code ?? "rustc",
                                        message: message))
            }
            current = nil
            snippetLine = nil
        }
    }

    nonisolated(unsafe) static let header = /^(error|warning|note|help)(?:\[([A-Za-z0-9_]+)\])?: (.*)$/
    nonisolated(unsafe) static let arrow = /^(\s*)(-->|:::) (.+):(\d+):(\d+)$/
    nonisolated(unsafe) static let short = /^(\S+):(\d+):(\d+): (error|warning|note)(?:\[([A-Za-z0-9_]+)\])?: (.*)$/
    nonisolated(unsafe) static let gutter = /^\s*(\d+)\s*\|(?: (.*))?$/
    nonisolated(unsafe) static let lint = /#\[(?:warn|deny|forbid|expect)\(([A-Za-z0-9_:\-]+)\)\]|`-[DW] ([A-Za-z0-9_:\-]+)` implied by/
    nonisolated(unsafe) static let objtool = /^(.*?)\b(warning|error): objtool: ([^\s:+]*rust_doctest[A-Za-z0-9_]*|[^\s:+]*_doctest_main_[A-Za-z0-9_]*)(\+0x[0-9a-fA-F]+)?(.*)$/

    /// `raw` without ANSI colour sequences (`--color=always`): those are matched without them,
    /// and a rewritten line loses its colours; untouched lines keep them.
    private func handle(_ raw: Substring, _ state: inout State) {
        var line = raw.contains("\u{1B}[") ? Self.withoutColour(raw) : raw
        if line.hasSuffix("\r") { line = line.dropLast() }  // a CRLF log
        if line.allSatisfy(\.isWhitespace) { state.flushNotes() }
        if let m = line.wholeMatch(of: Self.header) {
            state.closeDiagnostic()
            let severity: Severity = m.1 == "error" ? .error : m.1 == "warning" ? .warning : .note
            let message = String(m.3)
            let summary = message.hasPrefix("aborting due to") || message.contains(" warning emitted")
                || message.contains(" warnings emitted") || message.hasPrefix("could not compile")
            if !summary, m.1 == "error" || m.1 == "warning" {
                state.current = Diagnostic(severity: severity, code: m.2.map(String.init), message: message)
                if severity == .error { state.errors += 1 }
            }
            state.out.append(String(raw))
            return
        }
        if let m = line.wholeMatch(of: Self.arrow) {
            let (indent, kind, path, l, c) = (String(m.1), String(m.2), String(m.3), Int(m.4) ?? 0, Int(m.5) ?? 0)
            guard isGenerated(path) else {
                if kind == "-->", state.current?.location == nil { state.current?.location = SourceLocation(path: path, line: l, column: c) }
                state.snippetLine = nil
                state.out.append(String(raw))
                return
            }
            checkLine(l, &state)
            state.snippetLine = l
            guard let (location, index) = map.map(line: l, column: c) else {
                if kind == "-->", state.current?.location == nil { state.current?.location = SourceLocation(path: path, line: l, column: c) }
                state.out.append(String(raw))
                return
            }
            state.mapped += 1
            let generated = "\(path):\(l):\(c)"
            if kind == "-->", state.current?.location == nil {
                state.current?.location = location
                state.current?.generated = generated
            }
            state.out.append("\(indent)\(kind) \(location.path):\(location.line):\(location.column)")
            state.pendingNotes.append("\(indent) = note: generated at \(generated) (\(map.cases[index].name))")
            return
        }
        if let m = line.wholeMatch(of: Self.gutter), let shown = state.snippetLine, Int(m.1) == shown {
            checkSnippet(shown, String(m.2 ?? ""), &state)
        }
        if let m = line.firstMatch(of: Self.lint), state.current != nil, state.current?.rule == nil {
            // `-W clippy::identity-op` names the lint `clippy::identity_op`.
            state.current?.rule = String(m.1 ?? m.2 ?? "").replacingOccurrences(of: "-", with: "_")
        }
        if let m = line.wholeMatch(of: Self.short), isGenerated(String(m.1)) {
            state.closeDiagnostic()
            let l = Int(m.2) ?? 0, c = Int(m.3) ?? 0
            checkLine(l, &state)
            let severity: Severity = m.4 == "error" ? .error : m.4 == "warning" ? .warning : .note
            if severity == .error { state.errors += 1 }
            if let (location, index) = map.map(line: l, column: c) {
                state.mapped += 1
                let generated = "\(m.1):\(l):\(c)"
                state.out.append("\(location.path):\(location.line):\(location.column): \(m.4)\(m.5.map { "[\($0)]" } ?? ""): \(m.6)")
                state.out.append("\(location.path):\(location.line):\(location.column): note: generated at \(generated) (\(map.cases[index].name))")
                state.findings.append(Finding(location: location, severity: severity, ruleID: m.5.map(String.init) ?? "rustc",
                                              message: "\(m.6) (generated at \(generated))"))
                return
            }
        }
        if let m = line.wholeMatch(of: Self.objtool), let index = map.caseIndex(symbol: String(m.3)) {
            state.closeDiagnostic()
            let doctest = map.cases[index].doctest
            let severity: Severity = m.2 == "error" ? .error : .warning
            if severity == .error { state.errors += 1 }
            state.mapped += 1
            let column = map.fenceColumns[index]
            let location = SourceLocation(path: doctest.file, line: doctest.line, column: column)
            let message = "objtool: \(m.3)\(m.4 ?? "")\(m.5)"
            state.out.append("\(location.path):\(location.line):\(location.column): \(m.2): \(message) [objtool]")
            state.out.append("\(location.path):\(location.line):\(location.column): note: generated test \(map.cases[index].name) of this doctest: \(line)")
            state.findings.append(Finding(location: location, severity: severity, ruleID: "objtool", message: message))
            return
        }
        state.out.append(String(raw))
    }

    static func withoutColour(_ text: Substring) -> Substring {
        var out = ""
        var scalars = text.unicodeScalars[...]
        while let c = scalars.popFirst() {
            if c == "\u{1B}", scalars.first == "[" {
                scalars.removeFirst()
                while let n = scalars.popFirst(), !(0x40...0x7E).contains(n.value) {}
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out[...]
    }

    /// Whether `path` names the generated file (whatever directory it is in).
    func isGenerated(_ path: String) -> Bool {
        path == map.generatedFileName || path.hasSuffix("/" + map.generatedFileName)
    }

    private func checkLine(_ line: Int, _ state: inout State) {
        guard state.mismatch == nil, line > map.generatedLines.count || line < 1 else { return }
        state.mismatch = "the log points at line \(line) of \(map.generatedFileName), which has \(map.generatedLines.count) lines here"
    }

    /// rustc shows the generated line under the location: it must be the line generated here
    /// (compared without white space, which rustc may re-indent or elide with `...`).
    private func checkSnippet(_ line: Int, _ shown: String, _ state: inout State) {
        guard state.mismatch == nil, line >= 1, line <= map.generatedLines.count else { return }
        let here = map.generatedLines[line - 1].filter { !$0.isWhitespace }
        let pieces = shown.components(separatedBy: "...").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        if pieces.allSatisfy({ here.contains($0) }) { return }
        state.mismatch = "line \(line) of \(map.generatedFileName) reads `\(shown.trimmingCharacters(in: .whitespaces))` in the log but `\(map.generatedLines[line - 1].trimmingCharacters(in: .whitespaces))` when generated from this tree and configuration"
    }

    /// The human text of one `--error-format=json` diagnostic line (its `rendered`, or a
    /// header and `-->` made from its message and primary span).
    static func renderedJSON(_ line: Substring) -> String? {
        guard let data = line.data(using: .utf8),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              object["message"] != nil || object["rendered"] != nil else { return nil }
        if let rendered = object["rendered"] as? String {
            var text = rendered
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
        guard let message = object["message"] as? String, let level = object["level"] as? String else { return nil }
        var text = "\(level)"
        if let code = (object["code"] as? [String: Any])?["code"] as? String { text += "[\(code)]" }
        text += ": \(message)"
        if let spans = object["spans"] as? [[String: Any]],
           let primary = spans.first(where: { ($0["is_primary"] as? Bool) == true }) ?? spans.first,
           let file = primary["file_name"] as? String, let l = primary["line_start"] as? Int, let c = primary["column_start"] as? Int {
            text += "\n  --> \(file):\(l):\(c)"
        }
        return text
    }
}
