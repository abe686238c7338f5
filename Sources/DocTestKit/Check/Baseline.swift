import Foundation

/// `check --baseline FILE`: the findings a tree already had, so that CI fails only on new ones.
///
/// The file is JSON (`{"schema": "kunitgen-baseline", "version": 1, "findings": [{"rule", "path",
/// "message"}, ...]}`, sorted). A finding is known when the baseline holds one with the same
/// rule, path and message — not line, so that edits above it do not make it new. Duplicates
/// count: a baseline with one `ignore-without-reason` for a file absorbs one such finding, and
/// a second identical one is new.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Hashable, Sendable, Comparable {
        public var rule: String
        public var path: String
        public var message: String

        public init(_ finding: Finding) {
            rule = finding.ruleID
            path = finding.location.path
            message = finding.message
        }

        public init(rule: String, path: String, message: String) {
            self.rule = rule
            self.path = path
            self.message = message
        }

        public static func < (a: Entry, b: Entry) -> Bool { (a.path, a.rule, a.message) < (b.path, b.rule, b.message) }
    }

    public var entries: [Entry]

    public init(_ findings: [Finding]) {
        // Tool errors say the run failed; they are never "known".
        entries = findings.filter { !FindingRenderer.toolErrorRuleIDs.contains($0.ruleID) }.map(Entry.init).sorted()
    }

    public init(entries: [Entry]) { self.entries = entries.sorted() }

    public struct Comparison: Sendable {
        /// Findings not in the baseline (what is printed and decides the exit status).
        public var new: [Finding]
        /// How many findings the baseline matched (held back).
        public var known: Int
        /// Baseline entries nothing matched any more (fixed since): `--update-baseline` drops them.
        public var fixed: Int
    }

    public func compare(_ findings: [Finding]) -> Comparison {
        var remaining: [Entry: Int] = [:]
        for entry in entries { remaining[entry, default: 0] += 1 }
        var new: [Finding] = []
        var known = 0
        for finding in findings {
            let entry = Entry(finding)
            if let count = remaining[entry], count > 0, !FindingRenderer.toolErrorRuleIDs.contains(finding.ruleID) {
                remaining[entry] = count - 1
                known += 1
            } else {
                new.append(finding)
            }
        }
        return Comparison(new: new, known: known, fixed: remaining.values.reduce(0, +))
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("kunitgen-baseline")), ("version", .int(1)),
            ("findings", .array(entries.map {
                .object([("rule", .string($0.rule)), ("path", .string($0.path)), ("message", .string($0.message))])
            })),
        ])
    }

    public struct LoadError: Error, Sendable { public var message: String }

    public static func load(path: String) throws(LoadError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(message: "cannot read baseline \(path)") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["schema"] as? String == "kunitgen-baseline", object["version"] as? Int == 1,
              let list = object["findings"] as? [[String: Any]] else {
            throw LoadError(message: "\(path) is not a kunitgen baseline (schema kunitgen-baseline, version 1)")
        }
        var entries: [Entry] = []
        for item in list {
            guard let rule = item["rule"] as? String, let path = item["path"] as? String, let message = item["message"] as? String else {
                throw LoadError(message: "\(path): every baseline entry needs rule, path and message")
            }
            entries.append(Entry(rule: rule, path: path, message: message))
        }
        return Baseline(entries: entries)
    }

    /// Writes atomically (a temporary file beside it, then rename).
    public func write(to path: String) throws(LoadError) {
        do { try ReportFileWriter.write(json.pretty + "\n", to: path) } catch {
            throw LoadError(message: "cannot write baseline \(path): \(error.finding.message)")
        }
    }
}
