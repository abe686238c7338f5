/// Splits Rust source into tokens without ever being fooled by strings, raw strings, char literals
/// vs lifetimes or nested block comments. (Stub: to be completed by the Rust front-end work.)
public struct RustLexer: Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// All tokens including whitespace and comments, in order, covering every byte.
    public func tokenize() -> (tokens: [RustToken], errors: [LexError]) {
        ([], [])
    }
}
