/// Scans one C file of `rust/helpers`: libclang's AST for the code the preprocessor keeps, its raw
/// tokens for everything (skipped branches included) and for the specifiers the AST drops.
public struct HelperFileScanner: Sendable {
    public let clang: LibClang

    /// Flags used when compile_commands.json says nothing about a file: C, no system headers (the
    /// kernel uses none, and searching them is slow), every error kept, and `__rust_helper` defined
    /// away so that an annotated definition parses even without helpers.c's definition.
    public static let defaultArguments = ["-x", "c", "-std=gnu11", "-nostdinc", "-ferror-limit=0", "-Wno-everything"]
    static let alwaysArguments = ["-D__rust_helper="]

    public init(clang: LibClang) { self.clang = clang }

    /// - Parameters:
    ///   - arguments: compiler flags (without the file name); `defaultArguments` when unknown.
    ///   - trustClangErrors: report clang's parse errors (only meaningful when the real flags, and so
    ///     the kernel headers, were used: without them every unknown type is an error).
    public func scan(path: String, bytes: [UInt8], arguments: [String] = defaultArguments,
                     trustClangErrors: Bool = false) -> HelperFileScan {
        var scan = HelperFileScan(path: path, bytes: bytes)
        guard !bytes.isEmpty else { return scan }
        let unit: ClangTranslationUnit
        do {
            unit = try ClangTranslationUnit(clang: clang, path: path, contents: bytes,
                                            arguments: arguments + Self.alwaysArguments)
        } catch {
            scan.problems.append(Finding(location: SourceLocation(path: path, line: 1), severity: .error,
                                         ruleID: "c-parse-error", message: error.message))
            return scan
        }
        let tokens = unit.tokens()
        let layout = CPreprocessorLayout(tokens: tokens, bytes: bytes)
        let skipped = unit.skippedRanges()
        let recognized = CFunctionRecognizer.recognize(layout.codeTokens)
        let code = layout.codeTokens

        var byNameOffset: [Int: Int] = [:]
        for (k, function) in recognized.functions.enumerated() { byNameOffset[code[function.nameIndex].offset] = k }
        var used = Set<Int>()
        for declaration in unit.fileScopeFunctions() {
            if let k = byNameOffset[declaration.offset], code[recognized.functions[k].nameIndex].text == declaration.name {
                used.insert(k)
                var function = makeFunction(recognized.functions[k], code, layout, bytes, path: path, active: true, origin: .ast)
                function.isStatic = function.isStatic || declaration.isStatic
                function.isDefinition = declaration.isDefinition
                scan.functions.append(function)
            } else if let function = macroMade(declaration, code, layout, bytes, path: path) {
                scan.functions.append(function)
            }
        }
        for (k, candidate) in recognized.functions.enumerated() where !used.contains(k) {
            let offset = code[candidate.nameIndex].offset
            let active = !skipped.contains { $0.contains(offset) }
            scan.functions.append(makeFunction(candidate, code, layout, bytes, path: path, active: active, origin: .tokens))
        }
        scan.functions.sort { $0.declarationOffset < $1.declarationOffset }

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

    private func makeFunction(_ recognized: RecognizedFunction, _ code: [CToken], _ layout: CPreprocessorLayout,
                              _ bytes: [UInt8], path: String, active: Bool, origin: HelperOrigin) -> HelperFunction {
        let name = code[recognized.nameIndex]
        let start = code[recognized.declarationStart]
        let (position, isStatic, annotation) = Self.specifiers(code[recognized.declarationStart..<recognized.nameIndex])
        let end = min(code[recognized.parametersEnd].endOffset, bytes.count)
        return HelperFunction(
            file: path, line: name.line, column: name.column, name: name.text,
            annotated: position != .none, annotationPosition: position, isStatic: isStatic,
            isDefinition: recognized.isDefinition, condition: layout.condition(at: name.offset), active: active,
            origin: origin, declaration: String(decoding: bytes[min(start.offset, end)..<end], as: UTF8.self),
            declarationOffset: start.offset, declarationLine: start.line, declarationColumn: start.column, macro: nil,
            annotationOffset: annotation?.offset)
    }

    /// Where `__rust_helper` is among the tokens before the name (and its token), and whether
    /// `static` is there.
    static func specifiers(_ tokens: ArraySlice<CToken>) -> (AnnotationPosition, Bool, CToken?) {
        var position = AnnotationPosition.none
        var annotation: CToken?
        var isStatic = false
        var sawType = false
        var depth = 0
        for token in tokens {
            if depth > 0 {
                if token.text == "(" { depth += 1 } else if token.text == ")" { depth -= 1 }
                continue
            }
            switch token.text {
            case "__rust_helper":
                if position == .none {
                    position = sawType ? .afterReturnType : .beforeReturnType
                    annotation = token
                }
            case "static": isStatic = true
            case "inline", "extern", "__inline", "__inline__": break
            case "(": depth = 1  // arguments of an attribute macro such as `__printf(1, 2)`
            default:
                // `__always_inline`, `__noreturn`, `__must_check`: attributes, not the return type.
                if !(token.kind == .identifier && token.text.hasPrefix("__")) { sawType = true }
            }
        }
        return (position, isStatic, annotation)
    }

    /// A definition whose name libclang places at a macro use: annotated when that macro's body says
    /// `__rust_helper`.
    private func macroMade(_ declaration: ClangFunctionDecl, _ code: [CToken], _ layout: CPreprocessorLayout,
                           _ bytes: [UInt8], path: String) -> HelperFunction? {
        guard declaration.isDefinition,
              let use = code.first(where: { $0.offset == declaration.offset && $0.kind == .identifier }),
              let definition = layout.directives.last(where: {
                  $0.keyword == "define" && $0.arguments.first?.text == use.text && $0.hash.offset < use.offset })
        else { return nil }
        let body = definition.arguments.dropFirst()
        var specifiersStart = body.startIndex
        // A function-like macro: its parameter list directly follows the name.
        if let open = body.first, open.text == "(", open.offset == definition.arguments[0].endOffset,
           let close = body.firstIndex(where: { $0.text == ")" }) {
            specifiersStart = close + 1
        }
        let rest = body[specifiersStart...]
        let nameIndex = rest.firstIndex { $0.text.hasPrefix("rust_helper_") || $0.text == "##" } ?? rest.endIndex
        let (position, isStatic, _) = Self.specifiers(rest[specifiersStart..<nameIndex])
        let lineEnd = bytes[use.offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return HelperFunction(
            file: path, line: use.line, column: use.column, name: declaration.name,
            annotated: position != .none, annotationPosition: position, isStatic: isStatic || declaration.isStatic,
            isDefinition: true, condition: layout.condition(at: use.offset), active: true, origin: .macro,
            declaration: String(decoding: bytes[use.offset..<lineEnd], as: UTF8.self),
            declarationOffset: use.offset, declarationLine: use.line, declarationColumn: use.column, macro: use.text)
    }
}
