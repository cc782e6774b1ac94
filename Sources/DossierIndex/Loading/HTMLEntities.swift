/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2014;`) using the HTML5 table of names.
enum HTMLEntities {
    /// Name (as written after `&`, with its `;` where the standard has one) to the scalars it stands for.
    static let named: [String: [Unicode.Scalar]] = {
        var table: [String: [Unicode.Scalar]] = [:]
        for line in (try? ResourceLocator.lines(of: "html-entities.tsv")) ?? [] {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let scalars = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(fields[0])] = scalars
        }
        return table
    }()

    /// The longest name an entity may have, `;` included.
    static let longestName = 33

    /// Decodes the reference starting at `start` (which holds `&`); returns its scalars and length.
    /// Outside HTML (`strict`), only a reference closed by its semicolon counts, as in "F&#244;n".
    static func decode(_ text: [Unicode.Scalar], at start: Int, strict: Bool = false) -> (scalars: [Unicode.Scalar], length: Int)? {
        guard start + 1 < text.count else { return nil }
        if text[start + 1] == "#" {
            guard let numeric = decodeNumeric(text, at: start), !strict || text[start + numeric.length - 1] == ";" else { return nil }
            return numeric
        }
        var end = start + 1
        while end < text.count, end - start <= longestName, text[end].isLetterOrDigit { end += 1 }
        if end < text.count, text[end] == ";" {
            let name = MappedText.string(from: text[(start + 1)...end])
            if let scalars = named[name] { return (scalars, end - start + 1) }
        }
        if strict { return nil }
        // Legacy references such as "&amp" may lack their semicolon; take the longest name that matches.
        var candidateEnd = end
        while candidateEnd > start + 1 {
            let name = MappedText.string(from: text[(start + 1)..<candidateEnd])
            if let scalars = named[name] { return (scalars, candidateEnd - start) }
            candidateEnd -= 1
        }
        return nil
    }

    private static func decodeNumeric(_ text: [Unicode.Scalar], at start: Int) -> (scalars: [Unicode.Scalar], length: Int)? {
        var index = start + 2
        let isHex = index < text.count && (text[index] == "x" || text[index] == "X")
        if isHex { index += 1 }
        let digitsStart = index
        while index < text.count, index - digitsStart < 8,
              isHex ? text[index].properties.isASCIIHexDigit : ("0"..."9").contains(text[index]) { index += 1 }
        guard index > digitsStart,
              let value = UInt32(MappedText.string(from: text[digitsStart..<index]), radix: isHex ? 16 : 10) else { return nil }
        let length = index - start + (index < text.count && text[index] == ";" ? 1 : 0)
        let repaired = windows1252[value] ?? value
        let scalar = Unicode.Scalar(repaired).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
        return ([scalar], length)
    }

    /// HTML reads references to C1 controls as the Windows-1252 characters pages meant by them.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
