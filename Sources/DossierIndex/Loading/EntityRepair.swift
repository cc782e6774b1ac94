/// Decodes HTML character references left in plain text by careless scraping ("Bryn F&#244;n",
/// "AT&amp;T"); only complete references with their semicolon are touched.
enum EntityRepair {
    static func repair(_ text: MappedText) -> MappedText {
        guard text.scalars.contains("&") else { return text }
        var result = MappedText()
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text.scalars[index] == "&", let entity = HTMLEntities.decode(text.scalars, at: index, strict: true) {
                for scalar in entity.scalars { result.append(scalar, origin: text.origins[index]) }
                index += entity.length
            } else {
                result.append(text.scalars[index], origin: text.origins[index])
                index += 1
            }
        }
        return result
    }
}
