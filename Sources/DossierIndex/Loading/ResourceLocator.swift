import Foundation

/// Finds the data files that ship with the index module, without crashing when they are missing.
enum ResourceLocator {
    /// Why a resource could not be read.
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "resource file \(name) is missing; rebuild Dossier with `make build`" }
    }

    /// The first existing copy of `name`: in the bundle SwiftPM builds next to the executable, or in the source tree.
    static func url(for name: String) throws -> URL {
        let executableDirectory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        let sourceResources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("Dossier_DossierIndex.resources/Resources"),
            executableDirectory.appendingPathComponent("Dossier_DossierIndex.resources/Resources"),
            sourceResources,
        ]
        for directory in candidates {
            let file = directory.appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: file.path) { return file }
        }
        throw Missing(name: name)
    }

    /// The lines of a text resource, skipping blank lines and `#` comments.
    static func lines(of name: String) throws -> [Substring] {
        let text = try String(contentsOf: url(for: name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
