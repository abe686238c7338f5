import Testing
@testable import DocTestKit

/// The code-block examples of the CommonMark spec (spec.txt of commonmark/commonmark-spec,
/// sections "Indented code blocks" and "Fenced code blocks", and the container examples that hold
/// code blocks). Expected literals are the spec's `<pre><code>` contents, HTML-unescaped, with
/// rustdoc's line joining (no final newline).
struct CodeBlockSpecTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var markdown: String
        /// (info, text) of each code block, in order.
        var blocks: [Pair]
        var testDescription: String { markdown.debugDescription }
        init(_ markdown: String, _ blocks: [Pair]) {
            self.markdown = markdown
            self.blocks = blocks
        }
    }

    struct Pair: Equatable, Sendable {
        var info: String
        var text: String
        init(_ info: String, _ text: String) {
            self.info = info
            self.text = text
        }
    }

    static let examples: [Example] = [
        // Indented code blocks
        .init("    a simple\n      indented code block\n", [.init("", "a simple\n  indented code block")]),
        .init("  - foo\n\n    bar\n", []),
        .init("1.  foo\n\n    - bar\n", []),
        .init("    <a/>\n    *hi*\n\n    - one\n", [.init("", "<a/>\n*hi*\n\n- one")]),
        .init("    chunk1\n\n    chunk2\n  \n \n \n    chunk3\n", [.init("", "chunk1\n\nchunk2\n\n\n\nchunk3")]),
        .init("    chunk1\n      \n      chunk2\n", [.init("", "chunk1\n  \n  chunk2")]),
        .init("Foo\n    bar\n\n", []),
        .init("    foo\nbar\n", [.init("", "foo")]),
        .init("# Heading\n    foo\nHeading\n------\n    foo\n----\n", [.init("", "foo"), .init("", "foo")]),
        .init("        foo\n    bar\n", [.init("", "    foo\nbar")]),
        .init("\n    \n    foo\n    \n\n", [.init("", "foo")]),
        .init("    foo  \n", [.init("", "foo  ")]),
        // Fenced code blocks
        .init("```\n<\n >\n```\n", [.init("", "<\n >")]),
        .init("~~~\n<\n >\n~~~\n", [.init("", "<\n >")]),
        .init("``\nfoo\n``\n", []),
        .init("```\naaa\n~~~\n```\n", [.init("", "aaa\n~~~")]),
        .init("~~~\naaa\n```\n~~~\n", [.init("", "aaa\n```")]),
        .init("````\naaa\n```\n``````\n", [.init("", "aaa\n```")]),
        .init("~~~~\naaa\n~~~\n~~~~\n", [.init("", "aaa\n~~~")]),
        .init("```\n", [.init("", "")]),
        .init("`````\n\n```\naaa\n", [.init("", "\n```\naaa")]),
        .init("> ```\n> aaa\n\nbbb\n", [.init("", "aaa")]),
        .init("```\n\n  \n```\n", [.init("", "\n  ")]),
        .init("```\n```\n", [.init("", "")]),
        .init(" ```\n aaa\naaa\n```\n", [.init("", "aaa\naaa")]),
        .init("  ```\naaa\n  aaa\naaa\n  ```\n", [.init("", "aaa\naaa\naaa")]),
        .init("   ```\n   aaa\n    aaa\n  aaa\n   ```\n", [.init("", "aaa\n aaa\naaa")]),
        .init("    ```\n    aaa\n    ```\n", [.init("", "```\naaa\n```")]),
        .init("```\naaa\n  ```\n", [.init("", "aaa")]),
        .init("   ```\naaa\n  ```\n", [.init("", "aaa")]),
        .init("```\naaa\n    ```\n", [.init("", "aaa\n    ```")]),
        .init("``` ```\naaa\n", []),
        .init("~~~~~~\naaa\n~~~ ~~\n", [.init("", "aaa\n~~~ ~~")]),
        .init("foo\n```\nbar\n```\nbaz\n", [.init("", "bar")]),
        .init("foo\n---\n~~~\nbar\n~~~\n# baz\n", [.init("", "bar")]),
        .init("```ruby\ndef foo(x)\n  return 3\nend\n```\n", [.init("ruby", "def foo(x)\n  return 3\nend")]),
        .init("~~~~    ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n~~~~~~~\n",
              [.init("ruby startline=3 $%@#$", "def foo(x)\n  return 3\nend")]),
        .init("````;\n````\n", [.init(";", "")]),
        .init("``` aa ```\nfoo\n", []),
        .init("~~~ aa ``` ~~~\nfoo\n~~~\n", [.init("aa ``` ~~~", "foo")]),
        .init("```\n``` aaa\n```\n", [.init("", "``` aaa")]),
        // HTML blocks: what looks like a fence inside one is HTML.
        .init("<div></div>\n``` c\nint x = 33;\n```\n", []),
        .init("  <!-- foo -->\n\n    <!-- foo -->\n", [.init("", "<!-- foo -->")]),
        .init("<table>\n\n  <tr>\n\n    <td>\n      Hi\n    </td>\n\n  </tr>\n\n</table>\n",
              [.init("", "<td>\n  Hi\n</td>")]),
        // Containers
        .init(">     code\n\n>    not code\n", [.init("", "code")]),
        .init("- foo\n\n      bar\n", [.init("", "bar")]),
        .init("1.  A paragraph\n    with two lines.\n\n        indented code\n\n    > A block quote.\n",
              [.init("", "indented code")]),
        .init("    indented code\n\nparagraph\n\n    more code\n", [.init("", "indented code"), .init("", "more code")]),
        .init("1.     indented code\n\n   paragraph\n\n       more code\n",
              [.init("", "indented code"), .init("", "more code")]),
        .init("-\n  foo\n-\n  ```\n  bar\n  ```\n-\n      baz\n", [.init("", "bar"), .init("", "baz")]),
        .init("- a\n- ```\n  b\n\n\n  ```\n- c\n", [.init("", "b\n\n")]),
        .init("  - foo\n\n\tbar\n", []),
        .init("-\t\tfoo\n", [.init("", "  foo")]),
        .init("\tfoo\tbaz\t\tbim\n", [.init("", "foo\tbaz\t\tbim")]),
        .init("  \tfoo\tbaz\t\tbim\n", [.init("", "foo\tbaz\t\tbim")]),
        .init("    a\ta\n    ὐ\ta\n", [.init("", "a\ta\nὐ\ta")]),
        .init(">\t\tfoo\n", [.init("", "  foo")]),
    ]

    @Test(arguments: examples)
    func specExample(_ example: Example) {
        let found = CodeBlockFinder.codeBlocks(in: example.markdown).map { Pair($0.info, $0.text) }
        #expect(found == example.blocks)
    }
}
