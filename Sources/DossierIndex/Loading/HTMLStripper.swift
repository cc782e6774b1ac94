/// Reduces an HTML page to its readable text: tags stripped, references decoded, scripts and styles
/// dropped, and one block of text per paragraph-like element.
struct HTMLStripper {
    /// The readable text, one block per paragraph, and the page's title.
    struct Stripped {
        var text: MappedText
        var title: String?
    }

    /// Elements whose content is never text for a reader.
    static let hiddenElements: Set<String> = ["script", "style", "noscript", "template", "svg", "nav", "iframe", "object", "canvas"]
    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "hr", "figure",
        "figcaption", "address", "form", "fieldset", "details", "summary", "body", "html", "title", "caption",
    ]

    private let source: [Unicode.Scalar]
    private let origins: [Int32]
    private var output = MappedText()
    private var title: String?
    private var headingStart: Int?
    private var firstHeading: String?

    static func strip(_ html: MappedText) -> Stripped {
        var stripper = HTMLStripper(source: html.scalars, origins: html.origins)
        stripper.run()
        return Stripped(text: stripper.output, title: stripper.title ?? stripper.firstHeading)
    }

    private init(source: [Unicode.Scalar], origins: [Int32]) {
        self.source = source
        self.origins = origins
    }

    private mutating func run() {
        var index = 0
        while index < source.count {
            let scalar = source[index]
            if scalar == "<", let next = tag(at: index) {
                index = next
            } else if scalar == "&", let entity = HTMLEntities.decode(source, at: index) {
                for decoded in entity.scalars { appendText(decoded, origin: origins[index]) }
                index += entity.length
            } else {
                appendText(scalar, origin: origins[index])
                index += 1
            }
        }
    }

    /// Handles the markup starting at `start`; returns where text resumes, or nil when `<` is literal.
    private mutating func tag(at start: Int) -> Int? {
        guard start + 1 < source.count else { return nil }
        if matches("<!--", at: start) { return (find("-->", from: start + 4) ?? source.count - 3) + 3 }
        let afterBracket = source[start + 1]
        if afterBracket == "!" || afterBracket == "?" { return (find(">", from: start) ?? source.count - 1) + 1 }
        let isClosing = afterBracket == "/"
        let nameStart = start + (isClosing ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < source.count, source[nameEnd].isLetterOrDigit { nameEnd += 1 }
        guard nameEnd > nameStart, nameStart < source.count, source[nameStart].isLetter else { return nil }
        let name = MappedText.string(from: source[nameStart..<nameEnd]).lowercased()
        let end = tagEnd(from: nameEnd)
        if !isClosing, Self.hiddenElements.contains(name) || name == "title" {
            return skipContent(of: name, from: end, capturingTitle: name == "title")
        }
        handle(name, isClosing: isClosing, at: start)
        return end
    }

    /// The position just after the `>` that closes a tag, skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var index = start
        var quote: Unicode.Scalar?
        while index < source.count {
            let scalar = source[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index + 1
            }
            index += 1
        }
        return source.count
    }

    private mutating func skipContent(of name: String, from start: Int, capturingTitle: Bool) -> Int {
        let closing = findClosingTag(name, from: start) ?? source.count
        if capturingTitle {
            let decoded = HTMLStripper.strip(slice(start..<closing)).text.string
            let collapsed = decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !collapsed.isEmpty { title = collapsed }
        }
        return closing < source.count ? tagEnd(from: closing) : closing
    }

    private mutating func handle(_ name: String, isClosing: Bool, at position: Int) {
        if name == "br" {
            appendBreak(blankLine: false, origin: origins[position])
        } else if name == "td" || name == "th" {
            appendText(" ", origin: origins[position])
        } else if Self.blockElements.contains(name) {
            if name == "h1", firstHeading == nil {
                if isClosing, let headingStart {
                    let heading = output.string(headingStart..<output.count).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !heading.isEmpty { firstHeading = heading }
                }
            }
            appendBreak(blankLine: true, origin: origins[position])
            if name == "h1", !isClosing, firstHeading == nil { headingStart = output.count }
        }
    }

    private mutating func appendText(_ scalar: Unicode.Scalar, origin: Int32) {
        if scalar.isSpace {
            guard let last = output.scalars.last, last != " ", last != "\n" else { return }
            output.append(" ", origin: origin)
        } else {
            output.append(scalar, origin: origin)
        }
    }

    private mutating func appendBreak(blankLine: Bool, origin: Int32) {
        while output.scalars.last == " " { output.removeLast() }
        guard !output.isEmpty else { return }
        let wanted = blankLine ? 2 : 1
        let present = output.scalars.reversed().prefix(while: { $0 == "\n" }).count
        for _ in present..<max(present, wanted) { output.append("\n", origin: origin) }
    }

    private func matches(_ literal: String, at position: Int) -> Bool {
        let scalars = Array(literal.unicodeScalars)
        guard position + scalars.count <= source.count else { return false }
        return (0..<scalars.count).allSatisfy { source[position + $0] == scalars[$0] }
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        var index = start
        while index < source.count {
            if matches(literal, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Finds `</name` case-insensitively.
    private func findClosingTag(_ name: String, from start: Int) -> Int? {
        let target = Array("</\(name)".unicodeScalars)
        var index = start
        while index + target.count <= source.count {
            if source[index] == "<", (0..<target.count).allSatisfy({ String(source[index + $0]).lowercased() == String(target[$0]) }) {
                return index
            }
            index += 1
        }
        return nil
    }

    private func slice(_ range: Range<Int>) -> MappedText {
        var text = MappedText()
        for index in range { text.append(source[index], origin: origins[index]) }
        return text
    }
}
