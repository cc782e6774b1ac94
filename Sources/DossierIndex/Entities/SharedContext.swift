/// Whether the documents naming one key and those naming another also name some third thing in
/// common: an organisation or a name of several words that is no place ("Labour", "Gordon
/// Brown"). Places are too widely named to tie two articles together.
struct SharedContext {
    private var documentsOfKey: [String: Set<Int>] = [:]
    private var contextKeysOfDocument: [Int: Set<String>] = [:]

    init(_ documents: [[ExtractedMention]]) {
        for (index, mentions) in documents.enumerated() {
            for mention in mentions {
                documentsOfKey[mention.key, default: []].insert(index)
                if Self.isContext(key: mention.key, type: mention.type) { contextKeysOfDocument[index, default: []].insert(mention.key) }
            }
        }
    }

    /// A key that can tie documents together: an organisation, or several words that are no place.
    static func isContext(key: String, type: EntityType?) -> Bool {
        type == .organization || (type != .place && key.utf8.contains(UInt8(ascii: " ")))
    }

    func share(_ first: String, _ second: String) -> Bool {
        let around = { (key: String) -> Set<String> in
            (documentsOfKey[key] ?? []).reduce(into: Set<String>()) { $0.formUnion(contextKeysOfDocument[$1] ?? []) }
        }
        return !around(first).intersection(around(second)).subtracting([first, second]).isEmpty
    }
}
