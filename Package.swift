// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Debian's `libclang-dev` puts `clang-c/Index.h` under `/usr/lib/llvm-<N>/include` only, so the
/// newest such directory is found here instead of asking the user to set flags. libclang itself is
/// loaded with `dlopen` at run time (see `LibClang.swift`): `extract` and `generate` must work on a
/// machine without it, and `helpers` must say clearly that it is missing instead of failing to start.
func libclangIncludeFlags() -> [String] {
    let fm = FileManager.default
    let roots = ["/usr/lib"]
    var candidates: [(Int, String)] = []
    for root in roots {
        guard let names = try? fm.contentsOfDirectory(atPath: root) else { continue }
        for name in names where name.hasPrefix("llvm-") {
            let include = "\(root)/\(name)/include"
            if fm.fileExists(atPath: "\(include)/clang-c/Index.h"), let v = Int(name.dropFirst(5)) {
                candidates.append((v, include))
            }
        }
    }
    if fm.fileExists(atPath: "/usr/include/clang-c/Index.h") { candidates.append((Int.max, "/usr/include")) }
    guard let best = candidates.max(by: { $0.0 < $1.0 }) else { return [] }
    return ["-Xcc", "-I\(best.1)"]
}

let clangFlags: [SwiftSetting] = {
    let flags = libclangIncludeFlags()
    return flags.isEmpty ? [] : [.unsafeFlags(flags)]
}()

let package = Package(
    name: "kunitgen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocTestKit", targets: ["DocTestKit"]),
        .executable(name: "kunitgen", targets: ["kunitgen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Headers only: the library is opened with dlopen (see above).
        .systemLibrary(name: "CLibClang", path: "Sources/CLibClang"),
        // The CommonMark reference implementation (Debian `libcmark-dev`), linked.
        .systemLibrary(
            name: "CCMark", path: "Sources/CCMark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]),
        .target(
            name: "DocTestKit",
            dependencies: ["CLibClang", "CCMark"],
            swiftSettings: clangFlags,
            plugins: ["VersionStamp"]),
        // `KunitgenVersion`: the package version (VERSION) and the git revision, stamped per build.
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .executableTarget(
            name: "kunitgen",
            dependencies: [
                "DocTestKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: clangFlags),
        // The benchmark (see BENCHMARKS.md): `swift run -c release kunitgen-bench`.
        .executableTarget(
            name: "kunitgen-bench",
            dependencies: ["DocTestKit"],
            swiftSettings: clangFlags),
        // Running programs from the tests (kunitgen, rustdoc, rustc, cc, Chromium); shared by both.
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(
            name: "DocTestKitTests",
            dependencies: ["DocTestKit", "TestSupport"],
            swiftSettings: clangFlags),
        .testTarget(
            name: "kunitgenTests",
            dependencies: ["kunitgen", "kunitgen-bench", "DocTestKit", "TestSupport"],
            swiftSettings: clangFlags),
    ]
)
