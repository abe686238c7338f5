import Testing
@testable import DocTestKit

@Test func sourceFileDropsBOMAndCRLF() {
    let file = SourceFile(path: "x.rs", bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
    #expect(file.text == "a\nb\n")
}

@Test func rustdocJSONEscapesLikeSerde() {
    #expect(JSONValue.string("a\"\\\n\u{1}/é").compact == "\"a\\\"\\\\\\n\\u0001/é\"")
}
