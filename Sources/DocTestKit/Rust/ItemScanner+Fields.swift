extension ItemScanner {
    /// `( attrs vis Type, ... )`: fields are named by their index among the enabled fields.
    func parseTupleFields(open: Int, path: [String], context: Context) {
        let close = min(cursor.afterGroup(open) - 1, cursor.count)
        pos = open + 1
        var index = 0
        while pos < close {
            var attributes = Attributes()
            parseOuterAttributes(into: &attributes, end: close)
            guard pos < close else { break }
            let next = cursor.findComma(from: pos, end: close, angles: true)
            if attributes.enabled {
                emit(path: path + [String(index)], fragments: attributes.docs, context: context)
                index += 1
            }
            pos = next + 1
        }
        pos = close + 1
    }

    /// `{ attrs vis name: Type, ... }`.
    func parseNamedFields(open: Int, path: [String], context: Context) {
        let close = min(cursor.afterGroup(open) - 1, cursor.count)
        pos = open + 1
        while pos < close {
            var attributes = Attributes()
            parseOuterAttributes(into: &attributes, end: close)
            guard pos < close else { break }
            var k = pos
            if cursor.isWord(k, "pub") {
                k += 1
                if cursor.isPunct(k, "(") { k = cursor.afterGroup(k) }
            }
            if cursor.isWord(k, "unsafe") { k += 1 }
            let next = cursor.findComma(from: k, end: close, angles: true)
            if cursor.isIdentifier(k), attributes.enabled {
                let inner = Context(path: path, active: context.active, origin: context.origin)
                emit(path: path + [identifierName(k)], fragments: attributes.docs, context: inner)
            }
            pos = next + 1
        }
        pos = close + 1
    }

    /// `{ attrs Name (..) | {..} = discriminant, ... }`.
    func parseVariants(open: Int, path: [String], context: Context) {
        let close = min(cursor.afterGroup(open) - 1, cursor.count)
        pos = open + 1
        while pos < close {
            var attributes = Attributes()
            parseOuterAttributes(into: &attributes, end: close)
            guard pos < close else { break }
            var k = pos
            if cursor.isWord(k, "pub") { k += 1; if cursor.isPunct(k, "(") { k = cursor.afterGroup(k) } }
            guard cursor.isIdentifier(k) else {
                pos = cursor.findComma(from: pos, end: close, angles: false) + 1
                continue
            }
            let variant = path + [identifierName(k)]
            let inner = Context(path: path, active: context.active && attributes.enabled, origin: context.origin)
            emit(path: variant, fragments: attributes.docs, context: inner)
            k += 1
            if cursor.isPunct(k, "(") {
                parseTupleFields(open: k, path: variant, context: inner)
                k = pos
            } else if cursor.isPunct(k, "{") {
                parseNamedFields(open: k, path: variant, context: inner)
                k = pos
            }
            // A discriminant is an expression: `<` there is a comparison or shift, not generics.
            pos = cursor.findComma(from: k, end: close, angles: false) + 1
        }
        pos = close + 1
    }

    /// rustdoc names an impl by its self type as rustc's HIR pretty-printer writes it; the test
    /// name then drops the spaces, so the tokens are joined without them. `header..<stop` is
    /// the header after `impl<..>`.
    func implSelfTypeName(_ header: Int, _ stop: Int) -> String {
        var end = stop
        var start = header
        var angle = 0
        var depth = 0
        var k = header
        while k < stop {
            if cursor.isPunct(k, "(") || cursor.isPunct(k, "[") || cursor.isPunct(k, "{") { depth += 1 }
            if cursor.isPunct(k, ")") || cursor.isPunct(k, "]") || cursor.isPunct(k, "}") { depth -= 1 }
            if cursor.isPunct(k, "<") { angle += 1 }
            if cursor.isPunct(k, ">"), !cursor.isArrowTail(k), angle > 0 { angle -= 1 }
            if angle == 0, depth == 0 {
                if cursor.isWord(k, "where") { end = k; break }
                if cursor.isWord(k, "for"), k > start, !isHigherRankedPosition(k - 1) { start = k + 1 }
            }
            k += 1
        }
        if cursor.isWord(start, "const") { start += 1 }
        var out = ""
        for j in start..<max(start, end) {
            // rustc's printer drops a trailing comma in generic arguments.
            if cursor.isPunct(j, ","), cursor.isPunct(j + 1, ">") { continue }
            // A braced const argument that is just a name prints without its braces.
            if cursor.isPunct(j, "{"), cursor.isIdentifier(j + 1), cursor.isPunct(j + 2, "}") { continue }
            if cursor.isPunct(j, "}"), cursor.isIdentifier(j - 1), cursor.isPunct(j - 2, "{") { continue }
            out += cursor.text(j)
        }
        return out
    }

    /// True if `for` after token `i` begins a `for<'a>` binder rather than separating trait and type.
    private func isHigherRankedPosition(_ i: Int) -> Bool {
        cursor.isWord(i, "dyn") || cursor.isWord(i, "impl") || cursor.isPunct(i, "+") || cursor.isPunct(i, "(")
            || cursor.isPunct(i, "<") || cursor.isPunct(i, ",") || cursor.isPunct(i, ":")
    }

    /// The names rustdoc gives the items of one `use` tree (`lo..<hi`, without `use` and `;`):
    /// HIR has one item per leaf plus an unnamed one per `{..}` list, in source order, the list
    /// first. A leaf is named by its last segment or its `as` rename; a glob has no name.
    func useNames(_ lo: Int, _ hi: Int) -> [String] {
        var names: [String] = []
        collectUseNames(lo, hi, into: &names)
        return names
    }

    private func collectUseNames(_ lo: Int, _ hi: Int, parent: String = "", into names: inout [String]) {
        var k = lo
        var last = parent
        while k < hi {
            if cursor.isPunct(k, "{") {
                let close = min(cursor.afterGroup(k) - 1, hi)
                names.append("")
                var j = k + 1
                while j < close {
                    let next = cursor.findComma(from: j, end: close, angles: false)
                    collectUseNames(j, next, parent: last, into: &names)
                    j = next + 1
                }
                return
            }
            if cursor.isPunct(k, "*") { names.append(""); return }
            if cursor.isWord(k, "as") {
                names.append(cursor.isPunct(k + 1, "_") ? "_" : identifierName(k + 1))
                return
            }
            // `self` in a list names the module it stands for.
            if cursor.isIdentifier(k), !cursor.isWord(k, "self") { last = identifierName(k) }
            k += 1
        }
        if !last.isEmpty { names.append(last) }
    }
}
