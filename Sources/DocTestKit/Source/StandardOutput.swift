import CCMark

/// The process's standard output.
public enum StandardOutput {
    /// Line-buffered: whole lines only, so that a CI log never splits a line between stdout and stderr.
    public static func useLineBuffering() { kunitgen_line_buffer_stdout() }
}
