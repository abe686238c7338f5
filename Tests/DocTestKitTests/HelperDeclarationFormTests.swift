import Foundation
import Testing
import TestSupport
@testable import DocTestKit

/// Declaration forms that used to make the scanner drop the rest of the file without a word.
private let forms = """
    __rust_helper void (*rust_helper_handler(int irq))(int)
    {
    \treturn 0;
    }

    __rust_helper int rust_helper_add(a, b)
    \tint a;
    \tint b;
    {
    \treturn a + b;
    }

    __rust_helper struct pair { int a, b; } rust_helper_pair(void)
    {
    \tstruct pair p = { 0, 0 };
    \treturn p;
    }

    void rust_helper_after(void) __rust_helper
    {
    }

    __poll_t __rust_helper rust_helper_poll(struct file *f)
    {
    \treturn 0;
    }

    __rust_helper __u64 rust_helper_u64(void)
    {
    \treturn 0;
    }

    __rust_helper int rust_helper_c23(void) [[gnu::cold]]
    {
    \treturn 0;
    }

    int rust_helper_last(void)
    {
    \treturn 0;
    }

    """

@Test func everyDeclarationFormIsReadAndTheRestOfTheFileIsStillChecked() throws {
    let clang = try #require(HelperFixtures.clang)
    let scan = HelperFileScanner(clang: clang).scan(path: "forms.c", bytes: Array(forms.utf8))
    // The C23 attribute is beyond the tokens (`helper-unparsed` below), but libclang's AST has the
    // definition and its annotation.
    #expect(scan.functions.map(\.name) == [
        "rust_helper_handler", "rust_helper_add", "rust_helper_pair", "rust_helper_after", "rust_helper_poll",
        "rust_helper_u64", "rust_helper_c23", "rust_helper_last",
    ])
    #expect(scan.functions.map(\.annotationPosition) == [
        .beforeReturnType, .beforeReturnType, .beforeReturnType, .afterParameters, .afterReturnType, .beforeReturnType,
        .beforeReturnType, .none,
    ])
    #expect(scan.functions.map(\.origin) == [.ast, .ast, .ast, .ast, .ast, .ast, .ast, .ast])
    #expect(scan.functions.map(\.declarationLine) == [1, 6, 13, 19, 23, 28, 33, 38])
    #expect(scan.functions.allSatisfy { $0.isDefinition && $0.active })

    let checker = HelperChecker()
    let files = [(HelperRuleExample.aggregatePath, Array(HelperRuleExample.standardAggregate.utf8)),
                 (HelperRuleExample.snippetPath, Array(forms.utf8))]
    let findings = checker.check(checker.scan(files: files, clang: clang)).map(\.gccStyle)
    #expect(findings == [
        "rust/helpers/example.c:19:1: warning: __rust_helper of 'rust_helper_after' comes after the parameter list [misplaced-rust-helper]",
        "rust/helpers/example.c:23:1: warning: __rust_helper of 'rust_helper_poll' comes after the return type [misplaced-rust-helper]",
        "rust/helpers/example.c:33:1: warning: cannot read `__rust_helper int rust_helper_c23(void) [[gnu::cold]]` as a declaration: any helper in it is not checked [helper-unparsed]",
        "rust/helpers/example.c:38:1: warning: 'rust_helper_last' is not marked __rust_helper [missing-rust-helper]",
    ])
}

@Test func fixMovesAnAnnotationAfterTheParameterListToTheStart() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "void rust_helper_after(void) __rust_helper\n{\n}\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "a.c", bytes: Array(source.utf8))
    let (bytes, changes) = HelperFixer().fixed(scan)
    #expect(String(decoding: bytes, as: UTF8.self) == "__rust_helper void rust_helper_after(void)\n{\n}\n")
    #expect(changes.map(\.action) == ["moved"])
}

/// A generator macro from a header next to the file: the tokens cannot expand it, the AST can.
/// The annotation (or its absence) is read from the AST; the fix cannot be made in this file.
@Test func aHelperMadeByAMacroFromAHeaderIsJudgedByTheAST() throws {
    let clang = try #require(HelperFixtures.clang)
    let directory = Scratch.directory("header-macro")
    try Data("#define GEN_ANNOTATED(name) __rust_helper void rust_helper_##name(void) { name(); }\n#define GEN_PLAIN(name) void rust_helper_##name(void) { name(); }\n".utf8)
        .write(to: URL(fileURLWithPath: directory + "/gen.h"))
    let source = "#include \"gen.h\"\n\nGEN_ANNOTATED(schedule)\nGEN_PLAIN(yield)\n"
    let path = directory + "/sched.c"
    try Data(source.utf8).write(to: URL(fileURLWithPath: path))
    let scan = HelperFileScanner(clang: clang).scan(path: path, bytes: Array(source.utf8))
    #expect(scan.functions.map(\.name) == ["rust_helper_schedule", "rust_helper_yield"])
    #expect(scan.functions.map(\.annotated) == [true, false])
    #expect(scan.functions.map(\.origin) == [.macro, .macro])
    #expect(scan.functions.map(\.line) == [3, 4])
    #expect(scan.functions.allSatisfy { !$0.fixable })
    let missing = MissingRustHelperRule().check(HelperRuleContext(scan: HelperScanResult(helperFiles: [scan])))
    #expect(missing.map(\.location.line) == [4])
    #expect(missing.first?.fix?.contains("cannot be fixed automatically") == true)
    #expect(HelperFixer().fixed(scan).changes.isEmpty)
}

/// A helper file's own `#define __rust_helper` does not hide the annotation from the AST (the rule
/// `redundant-rust-helper-define` reports the define itself).
@Test func aFilesOwnDefineOfTheAnnotationDoesNotHideIt() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "#define __rust_helper inline\n#define GEN(name) __rust_helper void rust_helper_##name(void) { name(); }\nGEN(schedule)\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "own.c", bytes: Array(source.utf8))
    #expect(scan.functions.map(\.name) == ["rust_helper_schedule"])
    #expect(scan.functions.map(\.annotated) == [true])
    #expect(scan.rustHelperDefines.map(\.location.line) == [1])
}

/// A name passed to a macro as an argument: the AST places it at the argument, the tokens at the
/// use; both are the one helper.
@Test func aHelperNamedByAMacroArgumentIsFoundOnce() throws {
    let clang = try #require(HelperFixtures.clang)
    let source = "#define DEF(name, call) \\\n\tvoid name(void) { call(); }\n\nDEF(\n\trust_helper_schedule, schedule)\n"
    let scan = HelperFileScanner(clang: clang).scan(path: "def.c", bytes: Array(source.utf8))
    #expect(scan.functions.map(\.name) == ["rust_helper_schedule"])
    #expect(scan.functions.map(\.origin) == [.macro])
    #expect(scan.functions.map(\.active) == [true])
    #expect(scan.functions.map(\.declarationLine) == [2])
    let (bytes, _) = HelperFixer().fixed(scan)
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("#define DEF(name, call) \\\n\t__rust_helper void name(void)"))
}
