/// The parsed info string of a fenced code block, as rustdoc's `LangString`
/// (`src/librustdoc/html/markdown.rs`). Field names follow rustdoc's JSON
/// (`doctest_attributes`) so that the two can be compared field by field.
public struct LangString: Hashable, Sendable {
    public enum Ignore: Hashable, Sendable {
        case none
        case all
        /// `ignore-<target>`: the target name fragments.
        case some([String])
    }

    public var original: String = ""
    public var shouldPanic = false
    public var noRun = false
    public var ignore: Ignore = .none
    public var rust = true
    public var testHarness = false
    public var compileFail = false
    public var standaloneCrate = false
    public var errorCodes: [String] = []
    public var edition: String? = nil
    public var addedClasses: [String] = []
    public var unknown: [String] = []

    public init() {}
}
