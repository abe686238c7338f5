extension ItemScanner {
    /// Parses one item at `pos` if there is one (returns false and leaves `pos` otherwise).
    /// `attributes` are the item's; its block's inner attributes are added to them.
    /// (The token cursor is read through `self` rather than a local copy, which would retain its
    /// arrays on every call.)
    func parseItem(_ attributes: inout Attributes, context: Context, mode: ListMode, end: Int) -> Bool {
        // The item's own `doc(test(attr))` apply to its docs and to everything inside it.
        // (Only touched when there are some: appending to a shared array copies it.)
        let savedScope = testAttributeScope.count
        if !attributes.testAttributes.isEmpty { testAttributeScope += attributes.testAttributes }
        defer { restoreTestAttributeScope(savedScope) }
        var k = pos
        let declaredPub = cursor.isWord(k, "pub") && !cursor.isPunct(k + 1, "(")
        if cursor.isWord(k, "pub") {
            k += 1
            if cursor.isPunct(k, "(") { k = cursor.afterGroup(k) }
        }
        // Qualifiers: only taken when an item keyword follows, so `unsafe { .. }` stays code.
        while k < end {
            let next = k + 1
            if (cursor.isWord(k, "unsafe") || cursor.isWord(k, "async") || cursor.isWord(k, "safe") || cursor.isWord(k, "default")),
               cursor.isWord(next, "fn") || cursor.isWord(next, "impl") || cursor.isWord(next, "trait") || cursor.isWord(next, "extern")
                || cursor.isWord(next, "unsafe") || cursor.isWord(next, "async") || cursor.isWord(next, "auto")
                || cursor.isWord(next, "const")
                || cursor.isWord(next, "type") || cursor.isWord(next, "static") || cursor.isWord(next, "mod") {
                k += 1
            } else if cursor.isWord(k, "const"), cursor.isWord(next, "fn") || cursor.isWord(next, "unsafe")
                        || cursor.isWord(next, "async") || cursor.isWord(next, "extern") {
                k += 1
            } else if cursor.isWord(k, "extern"), next < end, cursor.tokens[next].kind == .string,
                      cursor.isWord(next + 1, "fn") || cursor.isWord(next + 1, "unsafe") {
                k += 2
            } else if cursor.isWord(k, "extern"), cursor.isWord(next, "fn") {
                k += 1
            } else if cursor.isWord(k, "auto"), cursor.isWord(next, "trait") {
                k += 1
            } else {
                break
            }
        }
        let inner = Context(path: context.path, active: context.active && attributes.enabled, origin: context.origin)
        let name = cursor.isIdentifier(k + 1) ? identifierName(k + 1) : ""
        func path(_ n: String) -> [String] {
            guard !n.isEmpty else { return context.path }
            var p: [String] = []
            p.reserveCapacity(context.path.count + 1)
            p += context.path
            p.append(n)
            return p
        }
        // The item's path, built once (its `RustItem`, doc comment and nested contexts share it);
        // `pathName` is the name it ends with (`name`, or a const's or macro's, set before use).
        var pathName = name
        var namePath: [String]?
        func itemPath() -> [String] {
            if let namePath { return namePath }
            let p = path(pathName)
            namePath = p
            return p
        }
        func record(_ kind: RustItem.Kind, _ itemPath: @autoclosure () -> [String], isPublic: Bool? = nil) {
            guard mode == .module, inner.active, case .source = context.origin, expansionDepth == 0 else { return }
            items.append(RustItem(itemPath: itemPath(), kind: kind, isPublic: isPublic ?? declaredPub,
                                  hasDocs: !attributes.docs.isEmpty, line: cursor.line(k)))
        }

        if cursor.isWord(k, "fn"), cursor.isIdentifier(k + 1) {
            record(.function, itemPath())
            let stop = cursor.findBodyOrSemicolon(from: k + 2, end: end)
            let slot = reserveSlot()
            if cursor.isPunct(stop, "{") {
                parseBlock(open: stop, path: itemPath(), context: inner, mode: .body, attributes: &attributes)
            } else {
                pos = min(stop + 1, end)
            }
            fill(slot, path: itemPath(), fragments: attributes.docs, context: inner)
            return true
        }
        if cursor.isWord(k, "mod"), cursor.isIdentifier(k + 1), cursor.isPunct(k + 2, ";") || cursor.isPunct(k + 2, "{") {
            let slot = reserveSlot()
            let declaration = ModuleDeclaration(name: name, line: cursor.line(k), pathAttribute: attributes.pathAttribute,
                                                isInline: cursor.isPunct(k + 2, "{"), parentPath: context.path)
            let moduleIndex = modules.count
            if inner.active { modules.append(declaration) }
            if cursor.isPunct(k + 2, "{") {
                parseBlock(open: k + 2, path: itemPath(), context: inner, mode: .module, attributes: &attributes)
                // Inline modules only (with their inner docs): `mod m;` is documented in its own file.
                record(.module, itemPath())
                // `#![cfg(..)]` inside the module disables it after the fact.
                if !attributes.enabled, inner.active, moduleIndex < modules.count { modules.removeSubrange(moduleIndex...) }
            } else {
                pos = k + 3
            }
            let final = Context(path: context.path, active: context.active && attributes.enabled, origin: context.origin)
            fill(slot, path: itemPath(), fragments: attributes.docs, context: final)
            return true
        }
        if cursor.isWord(k, "struct") || (cursor.isWord(k, "union") && cursor.isIdentifier(k + 1)) {
            guard cursor.isIdentifier(k + 1) else { return false }
            record(cursor.isWord(k, "union") ? .union : .structure, itemPath())
            emit(path: itemPath(), fragments: attributes.docs, context: inner)
            var j = cursor.skipGenerics(k + 2, end: end)
            if cursor.isPunct(j, "(") {
                parseTupleFields(open: j, path: itemPath(), context: inner)
                j = cursor.afterGroup(j)
            }
            let stop = cursor.findBodyOrSemicolon(from: j, end: end)
            if cursor.isPunct(stop, "{") {
                parseNamedFields(open: stop, path: itemPath(), context: inner)
                pos = cursor.afterGroup(stop)
            } else {
                pos = min(stop + 1, end)
            }
            return true
        }
        if cursor.isWord(k, "enum"), cursor.isIdentifier(k + 1) {
            record(.enumeration, itemPath())
            emit(path: itemPath(), fragments: attributes.docs, context: inner)
            let stop = cursor.findBodyOrSemicolon(from: cursor.skipGenerics(k + 2, end: end), end: end)
            if cursor.isPunct(stop, "{") {
                parseVariants(open: stop, path: itemPath(), context: inner)
                pos = cursor.afterGroup(stop)
            } else {
                pos = min(stop + 1, end)
            }
            return true
        }
        if cursor.isWord(k, "trait"), cursor.isIdentifier(k + 1) {
            record(.trait, itemPath())
            return parseContainer(at: cursor.skipGenerics(k + 2, end: end), path: itemPath(), attributes: &attributes,
                                  context: context, inner: inner, end: end)
        }
        if cursor.isWord(k, "impl") {
            let header = cursor.skipGenerics(k + 1, end: end)
            let stop = cursor.findBodyOrSemicolon(from: header, end: end)
            // Named even when the name is empty (unlike `path(_:)`).
            return parseContainer(at: header, path: context.path + [implSelfTypeName(header, stop)], attributes: &attributes,
                                  context: context, inner: inner, end: end)
        }
        if cursor.isWord(k, "const") || cursor.isWord(k, "static") {
            var n = k + 1
            if cursor.isWord(n, "mut") { n += 1 }
            guard cursor.isIdentifier(n) || cursor.isPunct(n, "_") || cursor.isWord(n, "_"),
                  cursor.isPunct(n + 1, ":") || cursor.isPunct(n + 1, "=") else {
                return false
            }
            let itemName = cursor.isPunct(n, "_") ? "_" : identifierName(n)
            pathName = itemName
            if itemName != "_" { record(cursor.isWord(k, "const") ? .constant : .staticItem, itemPath()) }
            let slot = reserveSlot()
            fill(slot, path: itemPath(), fragments: attributes.docs, context: inner)
            // Items inside the initializer (`const _: () = { .. };`) are named under the const.
            pos = n + 1
            while pos < end, !cursor.isPunct(pos, ";") {
                if cursor.opens(pos) {
                    let close = min(cursor.closer(pos), end)
                    pos += 1
                    var ignored = Attributes()
                    parseList(end: close, context: Context(path: itemPath(), active: inner.active, origin: inner.origin),
                              mode: .body, enclosing: &ignored)
                    pos = min(close + 1, end)
                } else {
                    pos += 1
                }
            }
            pos = min(pos + 1, end)
            return true
        }
        if cursor.isWord(k, "type"), cursor.isIdentifier(k + 1) {
            record(.typeAlias, itemPath())
            emit(path: itemPath(), fragments: attributes.docs, context: inner)
            pos = min(cursor.findBodyOrSemicolon(from: k + 2, end: end) + 1, end)
            return true
        }
        if cursor.isWord(k, "use") {
            let stop = cursor.findBodyOrSemicolon(from: k + 1, end: end)
            var j = stop
            // `use a::{b, c};`: the group is one token tree; find the `;` after it.
            while j < end, !cursor.isPunct(j, ";") { j = cursor.opens(j) ? cursor.afterGroup(j) : j + 1 }
            for n in useNames(k + 1, j) { emit(path: path(n), fragments: attributes.docs, context: inner) }
            pos = min(j + 1, end)
            return true
        }
        if cursor.isWord(k, "extern"), cursor.isWord(k + 1, "crate") {
            var j = k + 2
            var crateName = cursor.text(j)
            while j < end, !cursor.isPunct(j, ";") {
                if cursor.isWord(j, "as") { crateName = cursor.text(j + 1) }
                j += 1
            }
            emit(path: path(crateName.hasPrefix("r#") ? String(crateName.dropFirst(2)) : crateName),
                 fragments: attributes.docs, context: inner)
            pos = min(j + 1, end)
            return true
        }
        if cursor.isWord(k, "extern"),
           cursor.isPunct(k + 1, "{") || (k + 1 < end && cursor.tokens[k + 1].kind == .string && cursor.isPunct(k + 2, "{")) {
            // A foreign block has no name: its docs and items belong to the enclosing path.
            let open = cursor.isPunct(k + 1, "{") ? k + 1 : k + 2
            let slot = reserveSlot()
            parseBlock(open: open, path: context.path, context: inner, mode: .module, attributes: &attributes)
            fill(slot, path: context.path, fragments: attributes.docs, context: inner)
            return true
        }
        if cursor.isWord(k, "macro_rules"), cursor.isPunct(k + 1, "!"), cursor.isIdentifier(k + 2) {
            let macroName = identifierName(k + 2)
            pathName = macroName
            record(.macroRules, itemPath(), isPublic: attributes.macroExport)
            emit(path: itemPath(), fragments: attributes.docs, context: inner)
            let open = k + 3
            guard cursor.opens(open) else { pos = min(open + 1, end); return true }
            recordMacro(name: macroName, open: open, active: inner.active)
            pos = cursor.afterGroup(open)
            if cursor.isPunct(pos, ";") { pos += 1 }
            return true
        }
        if cursor.isWord(k, "macro"), cursor.isIdentifier(k + 1) {
            record(.macro, itemPath())
            emit(path: itemPath(), fragments: attributes.docs, context: inner)
            var j = k + 2
            while j < end, cursor.opens(j) {
                let brace = cursor.isPunct(j, "{")
                j = cursor.afterGroup(j)
                if brace { break }
            }
            pos = j
            return true
        }
        // A macro invocation in item position: `path::name! ( .. );` or `name! { .. }`; a path
        // may start with `::` (an extern crate's macro, such as `::kernel::macros::paste!(..)`,
        // never this file's) or `$crate::`.
        if k == pos, cursor.isIdentifier(k) || cursor.startsGlobalPath(k) {
            let global = cursor.isPunct(k, ":")
            var j = k
            if cursor.isPunct(k, "$") { j = k + 1 } else if global { j = k + 2 }
            while cursor.isIdentifier(j), cursor.isPunct(j + 1, ":"), cursor.isPunct(j + 2, ":") { j += 3 }
            if cursor.isIdentifier(j), cursor.isPunct(j + 1, "!"), cursor.opens(j + 2), j + 2 < end {
                if !global, !macros.isEmpty, inner.active, let definition = macros[cursor.text(j)] {
                    expandInvocation(definition, open: j + 2, context: inner, invocationLine: cursor.line(k))
                } else if inner.active, cursor.isWord(j, "paste") {
                    expandPaste(open: j + 2, context: inner)
                }
                pos = cursor.afterGroup(j + 2)
                if cursor.isPunct(pos, ";") { pos += 1 }
                return true
            }
        }
        return false
    }

    /// `trait`/`impl` with header from `header`; items in braces are named under `path`.
    private func parseContainer(at header: Int, path: [String], attributes: inout Attributes, context: Context,
                                inner: Context, end: Int) -> Bool {
        let stop = cursor.findBodyOrSemicolon(from: header, end: end)
        let slot = reserveSlot()
        if cursor.isPunct(stop, "{") {
            parseBlock(open: stop, path: path, context: inner, mode: .module, attributes: &attributes)
        } else {
            pos = min(stop + 1, end)
        }
        fill(slot, path: path, fragments: attributes.docs, context: inner)
        return true
    }

    /// An identifier as rustc's `Ident` displays it: `r#` is kept only where it is needed
    /// (the name is a keyword), so `r#type` stays and `r#foo` is `foo`.
    func identifierName(_ i: Int) -> String {
        let text = cursor.text(i)
        guard cursor.isRawIdentifier(i), text.hasPrefix("r#") else { return text }
        let bare = String(text.dropFirst(2))
        return ItemScanner.keywords.contains(bare) ? text : bare
    }

    static let keywords: Set<String> = [
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl",
        "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static",
        "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
        "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual",
        "yield", "try", "gen",
    ]
}
