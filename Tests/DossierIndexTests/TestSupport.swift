import Foundation
@testable import DossierIndex

/// Loads text the way the indexer does, failing the test when the loader refuses it.
func load(_ text: String, format: DocumentLoader.Format = .plain) throws -> LoadedDocument {
    try DocumentLoader().load(data: Data(text.utf8), format: format).get()
}

/// The paragraphs of `text` after normalisation.
func paragraphs(_ text: String, format: DocumentLoader.Format = .plain) throws -> [String] {
    try load(text, format: format).paragraphs.map(\.text)
}

/// The sentences the segmenter finds in one paragraph of text.
func sentences(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSegmenter.sentences(in: scalars).map { MappedText.string(from: scalars[$0]) }
}

/// Lines hard-wrapped at `width` columns, as a PDF extraction leaves them.
func hardWrap(_ text: String, width: Int) -> String {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
        if !current.isEmpty && current.count + 1 + word.count > width {
            lines.append(current)
            current = String(word)
        } else {
            current += current.isEmpty ? String(word) : " " + word
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines.joined(separator: "\n")
}

/// A folder of documents that disappears with the value.
final class TemporaryCorpus {
    let root: URL
    let cache: URL

    init(files: [String: String] = [:]) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        root = base.appendingPathComponent("corpus")
        cache = base.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, data: Data(text.utf8))
    }

    func write(_ path: String, data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Sets a file's modification time, so a test can change bytes without the clock moving.
    func touch(_ path: String, secondsAgo: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)],
                                              ofItemAtPath: root.appendingPathComponent(path).path)
    }

    var indexURL: URL { cache.appendingPathComponent("index.sqlite") }

    /// Opens the corpus with its index in the private cache folder.
    func open() throws -> CorpusOpener.Opened {
        try CorpusOpener(root: root, indexURL: indexURL, environment: ["XDG_CACHE_HOME": cache.path]).open()
    }
}

/// The entity mentions extraction finds in each text, the texts read as the documents of one corpus.
func entityMentions(in texts: [String]) throws -> [[EntityEvaluation.Mention]] {
    EntityExtraction().mentions(in: try texts.map { try load($0) })
}

/// The mentions extraction finds in one text, each as "text/type" ("Tehran/place").
func typedNames(in text: String) throws -> [String] {
    try entityMentions(in: [text])[0].map { "\($0.text)/\($0.type.rawValue)" }
}
