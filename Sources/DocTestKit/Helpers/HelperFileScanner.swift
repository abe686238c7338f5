/// Scans one C file of `rust/helpers`. libclang's AST says, for the code the preprocessor keeps,
/// which functions are defined, whether they are static and whether `__rust_helper` applies to them
/// (it is parsed as `annotate("rust_helper")`, so it counts through any nesting of macros). The
/// file's raw tokens, with the file's own macros expanded, cover the branches the preprocessor
/// skipped and say where each declaration and annotation is written (a macro body included).
public struct HelperFileScanner: Sendable {
    public let clang: LibClang

    /// Flags used when compile_commands.json says nothing about a file: C, no system headers (the
    /// kernel uses none, and searching them is slow), every error kept.
    public static let defaultArguments = ["-x", "c", "-std=gnu11", "-nostdinc", "-ferror-limit=0", "-Wno-everything"]
    /// `__rust_helper` as an attribute the AST keeps (helpers.c makes it `__always_inline`, which
    /// leaves no trace on a declaration without the kernel's headers).
    static let annotationName = "rust_helper"
    static let alwaysArguments = ["-D__rust_helper=__attribute__((annotate(\"rust_helper\")))"]

    public init(clang: LibClang) { self.clang = clang }

    /// - Parameters:
    ///   - arguments: compiler flags (without the file name); `defaultArguments` when unknown.
    ///   - trustClangErrors: report clang's parse errors (only meaningful when the real flags, and so
    ///     the kernel headers, were used: without them every unknown type is an error).
    ///   - singleFile: leave `#include`s out of the parse (for helpers.c, which includes the rest).
    public func scan(path: String, bytes: [UInt8], arguments: [String] = defaultArguments,
                     trustClangErrors: Bool = false, singleFile: Bool = false) -> HelperFileScan {
        var scan = HelperFileScan(path: path, bytes: bytes)
        guard !bytes.isEmpty else { return scan }
        let flags = arguments + Self.alwaysArguments
        var unit: ClangTranslationUnit
        do {
            unit = try ClangTranslationUnit(clang: clang, path: path, contents: bytes, arguments: flags, singleFile: singleFile)
        } catch {
            scan.problems.append(Finding(location: SourceLocation(path: path, line: 1), severity: .error,
                                         ruleID: "c-parse-error", message: error.message))
            return scan
        }
        let tokens = unit.tokens()
        let layout = CPreprocessorLayout(tokens: tokens, bytes: bytes)
        let skipped = unit.skippedRanges()
        // A file's own `#define __rust_helper` would hide the attribute from the AST after it: the
        // AST is read from a copy with those directives blanked (same offsets); the rule
        // `redundant-rust-helper-define` reports them.
        let ownDefines = layout.directives.filter { $0.keyword == "define" && $0.arguments.first?.text == "__rust_helper" }
        if !ownDefines.isEmpty, unit.fileScopeFunctions().contains(where: \.isDefinition) {
            var blanked = bytes
            for directive in ownDefines {
                for k in directive.range where blanked[k] != UInt8(ascii: "\n") { blanked[k] = UInt8(ascii: " ") }
            }
            if let copy = try? ClangTranslationUnit(clang: clang, path: path, contents: blanked, arguments: flags,
                                                    singleFile: singleFile) { unit = copy }
        }

        let expanded = CMacroExpander(directives: layout.directives).expand(layout.codeTokens)
        let code = expanded.map(\.token)
        let recognized = CFunctionRecognizer.recognize(code)
        let builder = FunctionBuilder(path: path, bytes: bytes, layout: layout, expanded: expanded, code: code)

        var byKey: [String: Int] = [:]
        var useOffsets: [Int] = []
        for candidate in recognized.functions {
            var function = builder.make(candidate)
            let useOffset = builder.useOffset(candidate)
            function.active = !skipped.contains { $0.contains(useOffset) }
            byKey[function.name + "@\(useOffset)"] = scan.functions.count
            useOffsets.append(useOffset)
            scan.functions.append(function)
        }
        var matched = Set<Int>()
        for declaration in unit.fileScopeFunctions() {
            let annotated = declaration.annotations.contains(Self.annotationName)
            // The AST puts a name at its outermost macro use, or where it was written as a macro
            // argument (`DEF(rust_helper_x)`): then it lies inside that use.
            let exact = byKey[declaration.name + "@\(declaration.offset)"]
            let inUse = exact ?? scan.functions.indices.first { k in
                !matched.contains(k) && scan.functions[k].origin == .macro && scan.functions[k].name == declaration.name
                    && useOffsets[k] <= declaration.offset && declaration.offset - useOffsets[k] < 4096
            }
            if let k = inUse {
                matched.insert(k)
                // The AST decides for live code; a `__rust_helper` the tokens see but the AST lost to
                // a parse recovery (unknown types) still counts, so that the position is checked.
                scan.functions[k].active = true
                if scan.functions[k].origin == .tokens { scan.functions[k].origin = .ast }
                scan.functions[k].isStatic = scan.functions[k].isStatic || declaration.isStatic
                scan.functions[k].isDefinition = declaration.isDefinition
                if annotated && !scan.functions[k].annotated {
                    scan.functions[k].annotated = true
                    scan.functions[k].annotationPosition = .beforeReturnType
                }
            } else if declaration.isDefinition {
                scan.functions.append(builder.astOnly(declaration, annotated: annotated))
            }
        }
        scan.functions.sort { ($0.line, $0.column, $0.declarationOffset) < ($1.line, $1.column, $1.declarationOffset) }

        for directive in layout.directives {
            let location = SourceLocation(path: path, line: directive.hash.line, column: directive.hash.column)
            if directive.keyword == "define", directive.arguments.first?.text == "__rust_helper" {
                let replacement = directive.arguments.dropFirst().map(\.text).joined(separator: " ")
                scan.rustHelperDefines.append((location, replacement))
            } else if directive.keyword == "include", let target = directive.arguments.first,
                      target.kind == .literal, target.text.hasPrefix("\""), target.text.count >= 2 {
                scan.includes.append(HelperInclude(name: String(target.text.dropFirst().dropLast()),
                                                   line: location.line, column: location.column))
            }
        }
        let firstOffset = tokens.first?.offset ?? bytes.count
        scan.headerComment = String(decoding: bytes[0..<min(firstOffset, bytes.count)], as: UTF8.self)
        scan.unparsed = recognized.unparsed.map { k in
            let token = code[k]
            let use = expanded[k].use ?? token
            // Its text up to the body (as written, on one line), for the message.
            var end = k
            while end + 1 < code.count, end - k < 24, code[end + 1].text != "{", code[end + 1].text != ";" { end += 1 }
            let text = expanded[k].use == nil && code[end].endOffset <= bytes.count && token.offset < code[end].endOffset
                ? String(decoding: bytes[token.offset..<code[end].endOffset], as: UTF8.self)
                    .split(whereSeparator: \.isWhitespace).joined(separator: " ")
                : CPreprocessorLayout.spelled(Array(code[k...end]))
            return HelperUnparsed(location: SourceLocation(path: path, line: use.line, column: use.column),
                                  text: text.count > 80 ? String(text.prefix(77)) + "..." : text)
        }

        for (broken, stopsScan) in recognized.imbalances {
            scan.problems.append(Finding(
                location: SourceLocation(path: path, line: broken.line, column: broken.column), severity: .error,
                ruleID: "c-syntax-error",
                message: "unbalanced '\(broken.text)'" + (stopsScan ? ": the rest of the file was not checked" : ""),
                fix: "balance the brackets; the file does not compile as written"))
        }
        if trustClangErrors {
            for diagnostic in unit.diagnostics() where diagnostic.isError && diagnostic.category == "Parse Issue" {
                scan.problems.append(Finding(
                    location: SourceLocation(path: path, line: diagnostic.line, column: diagnostic.column),
                    severity: .error, ruleID: "c-syntax-error", message: diagnostic.message))
            }
        }
        return scan
    }

    /// Where `__rust_helper` is among the tokens before the name (and its token), and whether
    /// `static` is there. Attribute macros (`HelperAttributes`) may precede it; the first other
    /// word is the return type (`__u64`, `__poll_t` and `type` of a macro included).
    static func specifiers(_ tokens: ArraySlice<CToken>) -> (AnnotationPosition, Bool, CToken?) {
        var position = AnnotationPosition.none
        var annotation: CToken?
        var isStatic = false
        var sawType = false
        var depth = 0
        for k in tokens.indices {
            let token = tokens[k]
            if depth > 0 {
                if token.text == "(" || token.text == "{" { depth += 1 } else if token.text == ")" || token.text == "}" { depth -= 1 }
                continue
            }
            switch token.text {
            case "__rust_helper":
                if position == .none {
                    position = sawType ? .afterReturnType : .beforeReturnType
                    annotation = token
                }
            case "static": isStatic = true
            case "(", "{": depth = 1  // arguments of an attribute macro (`__printf(1, 2)`), a struct body
            default:
                let followedByArguments = k + 1 < tokens.endIndex && tokens[k + 1].text == "("
                let isAttribute = CFunctionRecognizer.attributeKeywords.contains(token.text)
                    || (token.isWord && followedByArguments && !["typeof", "__typeof__", "_Atomic"].contains(token.text))
                if !isAttribute { sawType = true }
            }
        }
        return (position, isStatic, annotation)
    }
}

/// A file-scope construct the recognizer could not read, for `helper-unparsed`.
public struct HelperUnparsed: Hashable, Sendable {
    public var location: SourceLocation
    /// Its first tokens, for the message.
    public var text: String
}

/// Turns recognised declarations (tokens, macros expanded) and AST-only definitions into
/// `HelperFunction`s.
private struct FunctionBuilder {
    var path: String
    var bytes: [UInt8]
    var layout: CPreprocessorLayout
    var expanded: [ExpandedToken]
    var code: [CToken]

    /// Where the AST places the name: the outermost macro use for a macro-made one.
    func useOffset(_ candidate: RecognizedFunction) -> Int {
        expanded[candidate.nameIndex].use?.offset ?? code[candidate.nameIndex].offset
    }

    func make(_ recognized: RecognizedFunction) -> HelperFunction {
        let name = code[recognized.nameIndex]
        let start = code[recognized.declarationStart]
        var (position, isStatic, annotation) = HelperFileScanner.specifiers(code[recognized.declarationStart..<recognized.nameIndex])
        if position == .none, let trailing = recognized.trailingAnnotation {
            position = .afterParameters
            annotation = code[trailing]
        }
        let use = expanded[recognized.nameIndex].use
        let place = use ?? name
        let declaration: String
        if let use {
            let lineEnd = bytes[use.offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            declaration = String(decoding: bytes[use.offset..<lineEnd], as: UTF8.self)
        } else {
            let end = min(code[recognized.parametersEnd].endOffset, bytes.count)
            declaration = String(decoding: bytes[min(start.offset, end)..<end], as: UTF8.self)
        }
        var function = HelperFunction(
            file: path, line: place.line, column: place.column, name: name.text,
            annotated: position != .none, annotationPosition: position, isStatic: isStatic,
            isDefinition: recognized.isDefinition, condition: layout.condition(at: place.offset), active: false,
            origin: use == nil ? .tokens : .macro, declaration: declaration,
            declarationOffset: start.offset, declarationLine: start.line, declarationColumn: start.column,
            macro: expanded[recognized.declarationStart].macro ?? expanded[recognized.nameIndex].macro,
            annotationOffset: annotation?.offset)
        function.expandedFrom = use?.text
        return function
    }

    /// A definition only the AST has: made by a macro the tokens did not expand, or in a form they
    /// did not read. Reported where the AST puts it; not fixed automatically.
    func astOnly(_ declaration: ClangFunctionDecl, annotated: Bool) -> HelperFunction {
        let use = code.first { $0.offset == declaration.offset && $0.kind == .identifier }
        let isMacroUse = use.map { $0.text != declaration.name } ?? false
        let start = declaration.extentStartOffset.flatMap { offset in code.first { $0.offset == offset } }
        let lineEnd = bytes[declaration.offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var function = HelperFunction(
            file: path, line: declaration.line, column: declaration.column, name: declaration.name,
            annotated: annotated, annotationPosition: annotated ? .beforeReturnType : .none, isStatic: declaration.isStatic,
            isDefinition: true, condition: layout.condition(at: declaration.offset), active: true,
            origin: isMacroUse ? .macro : .ast,
            declaration: String(decoding: bytes[(start?.offset ?? declaration.offset)..<lineEnd], as: UTF8.self),
            declarationOffset: start?.offset ?? declaration.offset, declarationLine: start?.line ?? declaration.line,
            declarationColumn: start?.column ?? declaration.column, macro: isMacroUse ? use?.text : nil)
        function.expandedFrom = isMacroUse ? use?.text : nil
        function.fixable = !isMacroUse && start != nil
        return function
    }
}
