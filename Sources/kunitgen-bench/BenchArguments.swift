/// `kunitgen-bench [--runs N] [--scales 1,10,100] [--no-rustdoc] [TREE...]`, plus the internal
/// `--step STEP PATH` with which the benchmark re-runs itself to measure one step's peak memory;
/// `--results-mb N` sizes the generated logs of `kunitgen results` (0: not run), `--only-results`
/// runs nothing else.
struct BenchArguments {
    var runs = 5
    var scales = [1, 10, 100]
    var rustdoc = true
    var trees: [String] = []
    /// Set in a child process: run this one step on `trees[0]` and print its peak memory.
    var step: BenchStep?
    var resultsMegabytes = 200
    var onlyResults = false

    init(_ args: [String]) {
        var it = args.makeIterator()
        while let arg = it.next() {
            switch arg {
            case "--runs": runs = Int(it.next() ?? "") ?? runs
            case "--scales": scales = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--no-rustdoc": rustdoc = false
            case "--step": step = BenchStep(rawValue: it.next() ?? "")
            case "--results-mb": resultsMegabytes = Int(it.next() ?? "") ?? resultsMegabytes
            case "--only-results": onlyResults = true
            default: trees.append(arg)
            }
        }
        if trees.isEmpty { trees = ["Fixtures/rust-src"] }
    }
}
