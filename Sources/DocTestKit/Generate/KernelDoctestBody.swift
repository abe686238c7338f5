/// The code of one generated test exactly as the kernel's pipeline writes it: what rustdoc 1.95
/// hands `--test-builder` for the test, after `scripts/rustdoc_test_builder.rs`'s two rewrites.
///
/// With a test id (`--test-builder` mode) rustdoc wraps every test in a named inner function,
/// `fn main() { #[allow(non_snake_case)] fn _doctest_main_<id>() {…} _doctest_main_<id>() }`,
/// where rustdoc's JSON says `_inner` (or no inner function at all). The builder then spells the
/// `Result` of a `?`-using test `core::result::Result` and replaces its `.unwrap()` by a KUnit
/// assertion, so that an `Err` fails the test instead of panicking the kernel.
public enum KernelDoctestBody {
    /// rustdoc's test id: the file path as rustdoc was given it (relative to the tree) with every
    /// character that is not alphanumeric made `_`, then rustdoc's line and the number of earlier
    /// tests on that line: `rust_kernel_sync_arc_rs_42_0`.
    public static func testID(file: String, rustdocLine: Int, number: Int) -> String {
        "\(rustdocIdentifier(file))_\(rustdocLine)_\(number)"
    }

    /// rustdoc's `filename.replace(|c: char| !c.is_alphanumeric(), "_")` (Unicode letters and
    /// digits are kept, as Rust's `char::is_alphanumeric`).
    static func rustdocIdentifier(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.isAlphabetic || $0.properties.numericType != nil ? $0 : "_"
        }))
    }

    /// The body for test id `id`; nil wrapper (the test defines its own `fn main`) leaves the code
    /// as it is, and the generated function calls that `main`.
    public static func text(_ prepared: PreparedCode, id: String) -> String {
        var head = prepared.crateLevel
        if !head.isEmpty, !head.hasSuffix("\n") { head += "\n" }
        var tail = ""
        if let wrapper = prepared.wrapper {
            let inner = "_doctest_main_\(id)"
            if wrapper.returnsResult {
                head += "fn main() { #[allow(non_snake_case)] fn \(inner)() -> core::result::Result<(), impl core::fmt::Debug> {\n"
                tail = "\n} let test_return_value = \(inner)(); assert!(test_return_value.is_ok()); }"
            } else {
                head += "fn main() { #[allow(non_snake_case)] fn \(inner)() {\n"
                tail = "\n} \(inner)() }"
            }
        }
        var body = head + prepared.code + tail
        while body.hasSuffix("\n") { body.removeLast() }
        return body
    }

    /// `scripts/rustdoc_test_gen.rs`'s `body_offset`: the lines before the one holding
    /// `fn main() {`, plus one (Rust's `str::lines`, so a final newline adds no line).
    public static func offset(_ body: String) -> Int {
        var count = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("fn main() {") { break }
            count += 1
        }
        return count + 1
    }
}
