extension LangString {
    /// Parses a fence's info string the way rustdoc's `LangString::parse` does.
    /// (Stub: to be completed by the LangString work.)
    public static func parse(_ info: String) -> LangString {
        var result = LangString()
        result.original = info
        return result
    }
}
