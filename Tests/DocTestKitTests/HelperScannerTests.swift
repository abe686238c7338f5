import Foundation
import Testing
@testable import DocTestKit

enum HelperFixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let srctree = packageRoot + "/Fixtures/rust-src"
    static let helpersDir = srctree + "/rust/helpers"
    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
    static var clang: LibClang? { try? LibClang.shared.get() }
}

@Test func exploreScanner() throws {
    let clang = try #require(HelperFixtures.clang)
    let scanner = HelperFileScanner(clang: clang)
    let names = try FileManager.default.contentsOfDirectory(atPath: HelperFixtures.helpersDir).sorted()
    for name in names {
        let path = HelperFixtures.helpersDir + "/" + name
        let scan = scanner.scan(path: path, bytes: HelperFixtures.bytes(path))
        for f in scan.functions {
            print(name, f.line, f.column, f.name, f.annotationPosition, f.isStatic, f.isDefinition, f.condition ?? "-", f.active, f.origin, f.declarationLine, f.declarationColumn, "|", f.declaration.replacingOccurrences(of: "\n", with: "⏎"))
        }
        print(name, "problems", scan.problems.map(\.gccStyle), scan.includes.count, scan.rustHelperDefines.map(\.replacement))
    }
}
