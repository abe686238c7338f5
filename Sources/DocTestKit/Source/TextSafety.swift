/// Characters that must never reach output raw from untrusted text (paths, messages): C0 and C1
/// controls (a newline forges a line, an escape drives the terminal) and the bidirectional
/// formatting characters (they reorder what is displayed; rustc's deny-by-default
/// `text_direction_codepoint_in_literal` rejects them in literals).
public enum TextSafety {
    public static func isControlOrBidi(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
