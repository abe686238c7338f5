/// Walks the significant tokens of one file as a tree of items (modules, functions, types, impls,
/// traits, fields, variants...) and collects each item's doc fragments under the path rustdoc
/// names its tests with. `#[cfg]`-disabled items are walked but produce nothing.
final class ItemScanner {
    let cursor: TokenCursor
    let cfg: CfgSet
    let file: SourceFile
    var pos = 0
    /// Doc comments in rustdoc's visiting order; a parent's slot is reserved before its children.
    var slots: [DocComment?] = []
    var modules: [ModuleDeclaration] = []
    /// Named items declared in the source (not in macro expansions or function bodies), for
    /// documentation coverage.
    var items: [RustItem] = []
    var findings: [Finding] = []
    /// `macro_rules!` definitions seen so far, for expanding same-file invocations.
    var macros: [String: MacroDefinition] = [:]
    /// Set while a run of unparsable tokens is being skipped, so it is reported once.
    var inJunk = false
    /// Nesting of macro expansions being scanned (bounded, against runaway recursion).
    var expansionDepth = 0
    /// See `ExtractionOptions.pinDataRespansDocs`.
    var pinDataRespansDocs = false
    /// Bytes of macro expansion left for this file (shared with the expansions' scanners): a
    /// few kilobytes of nested macros can otherwise expand exponentially (found by the fuzzer).
    var expansionBudget = ExpansionBudget(bytes: 0)
    /// How many lists (`parseList`) are open, and whether hitting `maximumNesting` was reported.
    var nesting = 0
    var reportedNesting = false
    static let maximumNesting = 256
    /// `doc(test(attr(..)))` attributes of the enclosing items, outermost first.
    var testAttributeScope: [String] = []

    struct Context {
        var path: [String]
        var active: Bool
        var origin: DoctestOrigin = .source
    }

    enum ListMode { case module, body }

    /// What the attributes in front of (or at the start of) an item say.
    struct Attributes {
        var docs: [DocFragment] = []
        var enabled = true
        var pathAttribute: String?
        /// `#[macro_export]`: a `macro_rules!` that is part of the crate's public API.
        var macroExport = false
        /// The items of `#[doc(test(attr(..)))]`, printed (see `testAttribute`).
        var testAttributes: [String] = []
        /// The line of a `#[pin_data]`/`#[pin_data(..)]` attribute.
        var pinDataLine: Int?
    }

    /// `tokens`: `RustLexer.significantTokens()` of the file.
    init(file: SourceFile, tokens: [RustToken], cfg: CfgSet) {
        self.cursor = TokenCursor(bytes: file.bytes, significant: tokens)
        self.cfg = cfg
        self.file = file
        expansionBudget = ExpansionBudget(bytes: max(1 << 20, file.bytes.count * 32))
    }

    func scanCrate(path: [String] = []) {
        for k in cursor.unbalanced {
            let opener = cursor.opens(k)
            report(.error, "syntax-error", opener
                ? "unclosed delimiter `\(cursor.text(k))`: the rest of the file is read as inside it"
                : "unexpected closing delimiter `\(cursor.text(k))`", token: k)
        }
        let slot = reserveSlot()
        var crate = Attributes()
        parseList(end: cursor.count, context: Context(path: path, active: true), mode: .module, enclosing: &crate)
        // `#![cfg(..)]` at the top of a module file disables the whole module.
        guard crate.enabled else {
            slots.removeAll()
            modules.removeAll()
            return
        }
        fill(slot, path: path, fragments: crate.docs, context: Context(path: path, active: true))
    }

    // MARK: doc comment slots

    /// The filled slots, moved out (the scanner's `slots` are left empty).
    func takeDocComments() -> [DocComment] {
        var result: [DocComment] = []
        result.reserveCapacity(slots.count)
        for k in slots.indices { if let doc = slots[k].take() { result.append(doc) } }
        slots.removeAll()
        return result
    }

    func reserveSlot() -> Int {
        slots.append(nil)
        return slots.count - 1
    }

    /// `path` is only evaluated when there is a doc comment to fill in.
    func fill(_ slot: Int, path: @autoclosure () -> [String], fragments: [DocFragment], context: Context) {
        guard context.active, !fragments.isEmpty else { return }
        let joined = DocJoiner.join(fragments)
        // In a macro expansion this line is the expansion's; `expandInvocation` maps it back.
        slots[slot] = DocComment(itemPath: path(), text: joined.text, lineMap: joined.lineMap,
                                 rustdocBaseLine: fragments[0].line, origin: context.origin,
                                 testAttributes: testAttributeScope)
    }

    func emit(path: @autoclosure () -> [String], fragments: [DocFragment], context: Context) {
        guard context.active, !fragments.isEmpty else { return }
        fill(reserveSlot(), path: path(), fragments: fragments, context: context)
    }

    func report(_ severity: Severity, _ rule: String, _ message: String, token: Int) {
        let t = token < cursor.count ? cursor.tokens[token] : cursor.tokens.last
        var column = 1
        if let t {
            var k = t.start
            while k > 0, file.bytes[k - 1] != 10 { k -= 1 }
            column = t.start - k + 1
        }
        findings.append(Finding(location: SourceLocation(path: file.path, line: t?.line ?? 1, column: column),
                                severity: severity, ruleID: rule, message: message))
    }

    // MARK: item lists

    /// Items up to `end` (the closing brace of the enclosing block, or the end of the file).
    /// Inner attributes and `//!` docs found anywhere in the list belong to the enclosing item.
    func parseList(end: Int, context: Context, mode: ListMode, enclosing: inout Attributes) {
        // Like rustc's recursion limit: deeper nesting is a finding, never a stack overflow.
        guard nesting < Self.maximumNesting else {
            if !reportedNesting {
                reportedNesting = true
                report(.error, "nesting-too-deep", "nested more than \(Self.maximumNesting) levels deep; the rest of this group is not scanned", token: pos)
            }
            pos = min(end, cursor.count)
            return
        }
        nesting += 1
        defer { nesting -= 1 }
        var context = context
        inJunk = false
        while pos < end {
            let t = cursor.tokens[pos]
            if t.kind == .innerDoc {
                enclosing.docs.append(docCommentFragment(pos))
                pos += 1
                continue
            }
            if cursor.isPunct(pos, "#"), cursor.isPunct(pos + 1, "!"), cursor.isPunct(pos + 2, "[") {
                let before = enclosing.testAttributes.count
                parseAttribute(hash: pos, bracket: pos + 2, into: &enclosing)
                // An inner `doc(test(attr))` applies to the enclosing item and all it contains.
                testAttributeScope += enclosing.testAttributes.dropFirst(before)
                if !enclosing.enabled { context.active = false }
                continue
            }
            // Most tokens (all of a function body's code) cannot start an item: skip them before
            // building anything for `parseItem`. In a body, runs of them that open no group are
            // skipped here in one go (`skipNonItem` would only step over each).
            if t.kind != .outerDoc, !cursor.isPunct(pos, "#"), !cursor.mayStartItem(pos),
               !(mode == .module && cursor.startsGlobalPath(pos)) {
                if mode == .body, !cursor.opens(pos) {
                    pos += 1
                    while pos < end, cursor.isPlainCode(pos) { pos += 1 }
                    continue
                }
                skipNonItem(context: context, mode: mode, end: end)
                continue
            }
            var attributes = Attributes()
            parseOuterAttributes(into: &attributes, end: end)
            guard pos < end else { break }
            if parseItem(&attributes, context: context, mode: mode, end: end) {
                inJunk = false
                continue
            }
            skipNonItem(context: context, mode: mode, end: end)
        }
        pos = min(end, cursor.count)
    }

    /// Skips one token that does not start an item. In a body that is ordinary code (groups are
    /// searched for nested items); in a module it is a syntax error, reported once per run.
    func skipNonItem(context: Context, mode: ListMode, end: Int) {
        if mode == .module, !inJunk {
            inJunk = true
            report(.error, "syntax-error", "expected an item, found `\(cursor.text(pos))`; skipping to the next item", token: pos)
        }
        if cursor.opens(pos) {
            let close = min(cursor.closer(pos), end)
            pos += 1
            var ignored = Attributes()
            let saved = inJunk, savedScope = testAttributeScope.count
            parseList(end: close, context: context, mode: .body, enclosing: &ignored)
            inJunk = saved
            restoreTestAttributeScope(savedScope)
            pos = min(close + 1, end)
        } else {
            pos += 1
        }
    }

    /// Drops what was pushed on `testAttributeScope` since it had `count` entries (nested scopes
    /// only push, and restore their own pushes, so the first `count` entries are unchanged).
    func restoreTestAttributeScope(_ count: Int) {
        if testAttributeScope.count != count { testAttributeScope.removeSubrange(count...) }
    }

    /// `#[...]` attributes and outer doc comments in front of an item.
    func parseOuterAttributes(into attributes: inout Attributes, end: Int) {
        while pos < end {
            if cursor.tokens[pos].kind == .outerDoc {
                // An item's `///` lines come in one run: one allocation for all of them.
                if attributes.docs.isEmpty {
                    var k = pos + 1
                    while k < end, cursor.tokens[k].kind == .outerDoc { k += 1 }
                    attributes.docs.reserveCapacity(k - pos)
                }
                attributes.docs.append(docCommentFragment(pos))
                pos += 1
            } else if cursor.isPunct(pos, "#"), cursor.isPunct(pos + 1, "[") {
                parseAttribute(hash: pos, bracket: pos + 1, into: &attributes)
            } else {
                // A token-based `#[pin_data]` re-emits the item's docs with its own span.
                if pinDataRespansDocs, let line = attributes.pinDataLine, !attributes.docs.isEmpty { attributes.docs[0].line = line }
                return
            }
        }
    }

    /// Parses the list body `{ ... }` opening at `open` as items of `path`, in `mode`, adding
    /// the block's inner attributes to `attributes`. Leaves `pos` after the closing brace.
    func parseBlock(open: Int, path: [String], context: Context, mode: ListMode, attributes: inout Attributes) {
        let close = cursor.closer(open)
        pos = open + 1
        var inner = Context(path: path, active: context.active && attributes.enabled, origin: context.origin)
        inner.active = context.active && attributes.enabled
        parseList(end: close, context: inner, mode: mode, enclosing: &attributes)
        pos = min(close + 1, cursor.count)
    }
}
