/// Makes line ends uniform and removes characters that only get in the way of reading.
enum LineEndings {
    /// Turns CRLF and lone CR into LF, a form feed into a blank line, drops the byte-order mark,
    /// soft hyphens and other invisible controls, and keeps every other scalar with its origin.
    static func normalize(_ text: MappedText) -> MappedText {
        var result = MappedText()
        result.reserveCapacity(text.count)
        let scalars = text.scalars
        for index in scalars.indices {
            let scalar = scalars[index], origin = text.origins[index]
            switch scalar {
            case "\r":
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
                result.append("\n", origin: origin)
            case "\u{0C}":
                result.append("\n", origin: origin)
                result.append("\n", origin: origin)
            case "\n", "\t": result.append(scalar, origin: origin)
            case "\u{FEFF}", "\u{00AD}", "\u{200B}": continue
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.append(scalar, origin: origin)
            }
        }
        return result
    }
}
