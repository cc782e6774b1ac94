/// Character classes for scalars with a fast path for ASCII, where normalising spends most of its time.
extension Unicode.Scalar {
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    var isDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType != nil
    }

    var isLetterOrDigit: Bool { isLetter || isDigit }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }
}
