/// Rebuilds the paragraphs of a document from its lines: joins hard-wrapped lines, mends words
/// hyphenated across lines, drops page furniture and repeated passages, and collapses white space.
///
/// Every character of the result keeps the origin of the character it came from; a space that
/// replaces a line break takes the origin of that break.
struct Reflower {
    /// How lines are grouped into paragraphs.
    enum Layout {
        /// Plain text: decide from the line lengths whether the text is hard-wrapped.
        case detect
        /// Each blank-line separated block is one paragraph (HTML and Markdown after their cleanup).
        case blocks
    }

    /// A paragraph of normalised text.
    struct Paragraph: Equatable {
        var text: MappedText
        var isHeading: Bool
    }

    /// A line as found in the text, trimmed of surrounding white space.
    struct Line {
        let range: Range<Int>
        let shape: LineShape
    }

    /// Lines of one paragraph in the making, and the blank-line separated block they came from.
    struct Unit {
        var lines: [Int]
        var block: Int
        /// A table row, or a fragment moved out of a sentence it interrupted: never joined to its neighbours.
        var standsApart = false
    }

    /// The blocks left once repeated furniture is dropped, in reading order, and which of them
    /// stand apart from the text around them.
    struct KeptBlocks {
        var blocks: [[Int]]
        var standingApart: Set<Int>
    }

    /// A wrapped line is this close to the wrap width; a line that ends a sentence well short of it ends a paragraph.
    static let deliberateBreakRatio = 0.85

    let text: MappedText
    let layout: Layout
    let lines: [Line]
    let blocks: [[Int]]

    init(text: MappedText, layout: Layout) {
        self.text = text
        self.layout = layout
        var lines: [Line] = []
        var blocks: [[Int]] = []
        var current: [Int] = []
        for raw in LineSplitter.lines(of: text) {
            let trimmed = Self.trim(raw.content, in: text.scalars)
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(lines.count)
                lines.append(Line(range: trimmed, shape: LineShape(text.scalars[trimmed])))
            }
        }
        if !current.isEmpty { blocks.append(current) }
        self.lines = lines
        self.blocks = blocks
    }

    func paragraphs() -> [Paragraph] {
        let kept = blocksWithoutFurniture()
        // Fragments set apart and table rows say nothing about how the text was wrapped.
        let textBlocks = kept.blocks.indices.filter { !kept.standingApart.contains($0) }.map { kept.blocks[$0].filter { !isTableRow(lines[$0].shape) } }
        let width = wrapWidth(of: textBlocks)
        let isWrapped = layout == .detect && Self.isHardWrapped(lengths: textBlocks.flatMap { $0.map { lines[$0].shape.length } }, width: width)
        var units = kept.blocks.enumerated().flatMap { index, block in
            var units = self.units(of: block, index: index, wrapped: isWrapped, width: width)
            if kept.standingApart.contains(index) { units.indices.forEach { units[$0].standsApart = true } }
            return units
        }
        units = withoutRepeatedPassages(units)
        if layout == .detect { units = joinBrokenParagraphs(units, wrapped: isWrapped, width: width) }
        return units.map { unit in
            Paragraph(text: build(unit), isHeading: isHeading(unit, wrapped: isWrapped, width: width))
        }
    }

    // MARK: Furniture

    /// A running head or footer recurs on pages at least this many scalars apart: a printed page
    /// holds some 2,000 characters or more, and a third of that still allows for short pages,
    /// while a line repeated within a few lines is part of a list ("Winners meet in final match").
    static let minimumPageSpan = 600

    /// Drops the furniture that repeats (the page numbers of numbered pages, running heads and
    /// footers), and moves a short fragment that interrupts a sentence broken by a page end (a
    /// publisher's name in a footer) after the block that finishes the sentence, standing apart.
    /// Nothing else is dropped: a line that merely looks odd is kept.
    func blocksWithoutFurniture() -> KeptBlocks {
        // Markup says where its text is; furniture is a problem of text extracted from printed pages.
        guard layout == .detect else { return KeptBlocks(blocks: blocks, standingApart: []) }
        let pageNumbers = lines.indices.filter { PageFurniture.mayBeFurniture(lines[$0].shape) && PageFurniture.isPageNumber(lines[$0].shape.text) }
        let dropped = pageNumbers.count >= PageFurniture.minimumPageNumbers ? Set(pageNumbers) : []
        let cleaned = dropped.isEmpty ? blocks : blocks.map { block in block.filter { !dropped.contains($0) } }
        var isFurniture = cleaned.map(\.isEmpty)
        let isFragment = cleaned.map { block in
            (1...2).contains(block.count) && PageFurniture.isShortFragment(block.map { lines[$0].shape })
        }
        markRunningHeads(cleaned, isFragment: isFragment, isFurniture: &isFurniture)
        let isText = cleaned.indices.map { !isFurniture[$0] && !isFragment[$0] }
        var kept = KeptBlocks(blocks: [], standingApart: [])
        var moved: [[Int]] = []
        for index in cleaned.indices where !isFurniture[index] {
            if isFragment[index], interruptsSentence(cleaned, at: index, isText: isText) {
                moved.append(cleaned[index])
                continue
            }
            kept.blocks.append(cleaned[index])
            guard isText[index] else { continue }
            for block in moved {
                kept.standingApart.insert(kept.blocks.count)
                kept.blocks.append(block)
            }
            moved = []
        }
        return kept
    }

    /// A short fragment printed on several pages (a running head or footer) is furniture everywhere.
    private func markRunningHeads(_ blocks: [[Int]], isFragment: [Bool], isFurniture: inout [Bool]) {
        var occurrences: [String: [Int]] = [:]
        for index in blocks.indices where isFragment[index] {
            occurrences[blocks[index].map { lines[$0].shape.text }.joined(separator: " "), default: []].append(index)
        }
        for indices in occurrences.values where indices.count >= 3 {
            let starts = indices.map { lines[blocks[$0][0]].range.lowerBound }
            guard zip(starts, starts.dropFirst()).allSatisfy({ $1 - $0 >= Self.minimumPageSpan }) else { continue }
            for index in indices { isFurniture[index] = true }
        }
    }

    /// The nearest text on either side is one sentence: it breaks off before and goes on in lowercase after.
    private func interruptsSentence(_ blocks: [[Int]], at index: Int, isText: [Bool]) -> Bool {
        guard let before = blocks.indices[..<index].last(where: { isText[$0] }),
              let after = blocks.indices[(index + 1)...].first(where: { isText[$0] }),
              let lastLine = blocks[before].last, let firstLine = blocks[after].first else { return false }
        let ending = lines[lastLine].shape
        return blocks[before].count >= 2 && !ending.endsSentence && lines[firstLine].shape.firstLetterIsLowercase
    }

    // MARK: Wrapping

    /// The width lines were wrapped at: the 90th percentile of line lengths.
    func wrapWidth(of blocks: [[Int]]) -> Int {
        let lengths = blocks.flatMap { $0.map { lines[$0].shape.length } }.sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
    }

    /// Hard-wrapped text has many lines, a modest width, and most lines filled close to it.
    static func isHardWrapped(lengths: [Int], width: Int) -> Bool {
        guard lengths.count >= 4, width > 0, width <= 140 else { return false }
        let full = lengths.filter { Double($0) >= 0.6 * Double(width) }.count
        return full * 10 >= lengths.count * 6
    }

    // MARK: Units

    func units(of block: [Int], index: Int, wrapped: Bool, width: Int) -> [Unit] {
        switch (layout, wrapped) {
        case (.blocks, _): return splitAtBullets(block, index: index)
        case (.detect, false): return block.map { Unit(lines: [$0], block: index, standsApart: isTableRow(lines[$0].shape)) }
        case (.detect, true): return wrappedUnits(of: block, index: index, width: width)
        }
    }

    private func splitAtBullets(_ block: [Int], index: Int) -> [Unit] {
        var units: [Unit] = []
        for line in block {
            if lines[line].shape.startsWithBullet || units.isEmpty {
                units.append(Unit(lines: [line], block: index))
            } else {
                units[units.count - 1].lines.append(line)
            }
        }
        return units
    }

    private func wrappedUnits(of block: [Int], index: Int, width: Int) -> [Unit] {
        var units: [Unit] = []
        var current: [Int] = []
        // Table rows that cut into a sentence, to follow its paragraph instead.
        var deferred: [Int] = []
        func flush() {
            if !current.isEmpty { units.append(Unit(lines: current, block: index)) }
            units += deferred.map { Unit(lines: [$0], block: index, standsApart: true) }
            current = []
            deferred = []
        }
        for (position, line) in block.enumerated() {
            let shape = lines[line].shape
            let next = position + 1 < block.count ? lines[block[position + 1]].shape : nil
            let previous = position > 0 ? lines[block[position - 1]].shape : nil
            if isTableRow(shape) {
                if !current.isEmpty, let previous, !previous.endsSentence, next?.firstLetterIsLowercase == true {
                    deferred.append(line)
                } else {
                    flush()
                    units.append(Unit(lines: [line], block: index, standsApart: true))
                }
                continue
            }
            if isHeadingInsideBlock(shape, previous: previous, next: next, width: width) {
                flush()
                units.append(Unit(lines: [line], block: index))
                continue
            }
            if shape.startsWithBullet { flush() }
            current.append(line)
            if let next, shape.endsSentence,
               Double(shape.length + 1 + next.firstWordLength) < Self.deliberateBreakRatio * Double(width) {
                flush()
            }
        }
        flush()
        return units
    }

    /// A line of a table or list, which stays a line of its own.
    private func isTableRow(_ shape: LineShape) -> Bool {
        PageFurniture.mayBeFurniture(shape) && PageFurniture.isTabular(shape.text)
    }

    private func isHeadingInsideBlock(_ shape: LineShape, previous: LineShape?, next: LineShape?, width: Int) -> Bool {
        guard shape.readsAsHeading(maximumLength: Int(0.75 * Double(width))), shape.isTitleCase else { return false }
        let standsApart = previous.map(\.endsSentence) ?? true
        let nextStartsAnew = next.map(\.startsWithUppercaseOrDigit) ?? true
        return standsApart && nextStartsAnew
    }

    // MARK: Repeated passages

    /// Drops units that repeat elsewhere, then whole blocks whose lines repeat elsewhere together
    /// (a pull quote printed over several short lines).
    func withoutRepeatedPassages(_ units: [Unit]) -> [Unit] {
        let unitWords = units.map(words)
        let wholeSentences = Set(units.indices.filter { isWholeSentence(units[$0]) })
        let repeatedUnits = RepeatedPassageFilter.repeatedPassages(unitWords, wholeSentences: wholeSentences)
        let kept = units.indices.filter { !repeatedUnits.contains($0) }
        let blocks = Dictionary(grouping: kept, by: { units[$0].block }).sorted { $0.key < $1.key }
        guard blocks.contains(where: { $0.value.count > 1 }) else { return kept.map { units[$0] } }
        let repeatedBlocks = RepeatedPassageFilter.repeatedPassages(blocks.map { $0.value.flatMap { unitWords[$0] } })
        let droppedBlocks = Set(repeatedBlocks.filter { blocks[$0].value.count > 1 }.map { blocks[$0].key })
        return kept.map { units[$0] }.filter { !droppedBlocks.contains($0.block) }
    }

    /// Whether the unit reads as a sentence of its own: a capital first and a stop last.
    private func isWholeSentence(_ unit: Unit) -> Bool {
        guard let first = unit.lines.first, let last = unit.lines.last else { return false }
        return lines[first].shape.startsWithUppercaseOrDigit && lines[last].shape.endsSentence
    }

    /// The unit's words, as the repeated-passage filter compares them.
    private func words(_ unit: Unit) -> [UInt64] {
        unit.lines.flatMap { RepeatedPassageFilter.wordHashes(lines[$0].shape.scalars) }
    }

    // MARK: Joining across blank lines

    /// Joins a paragraph that a page break or a dropped block cut in two.
    func joinBrokenParagraphs(_ units: [Unit], wrapped: Bool, width: Int) -> [Unit] {
        var result: [Unit] = []
        for unit in units {
            if let last = result.last, last.block != unit.block, continues(last, into: unit, wrapped: wrapped, width: width) {
                result[result.count - 1].lines.append(contentsOf: unit.lines)
                result[result.count - 1].block = unit.block
            } else {
                result.append(unit)
            }
        }
        return result
    }

    private func continues(_ unit: Unit, into next: Unit, wrapped: Bool, width: Int) -> Bool {
        guard !unit.standsApart, !next.standsApart, let lastLine = unit.lines.last, let firstLine = next.lines.first else { return false }
        let ending = lines[lastLine].shape, beginning = lines[firstLine].shape
        if ending.endsSentence || ending.lastScalar == ":" || beginning.startsWithBullet { return false }
        if beginning.firstLetterIsLowercase || ending.endsWithWordHyphen { return true }
        // Without wrapping, every line break was the writer's; only text that visibly goes on mends it.
        guard wrapped else { return false }
        return ending.endsOpen || (unit.lines.count >= 2 && Double(ending.length) >= 0.6 * Double(width))
    }

    // MARK: Building text

    private func isHeading(_ unit: Unit, wrapped: Bool, width: Int) -> Bool {
        guard unit.lines.count == 1, let line = unit.lines.first else { return false }
        let shape = lines[line].shape
        guard shape.readsAsHeading(maximumLength: 100) else { return false }
        return !wrapped || shape.isTitleCase || Double(shape.length) < 0.6 * Double(width)
    }

    /// Joins the unit's lines with single spaces (none after a word hyphen) and collapses white space.
    func build(_ unit: Unit) -> MappedText {
        var result = MappedText()
        for (position, index) in unit.lines.enumerated() {
            let line = lines[index]
            if position > 0 {
                let previous = lines[unit.lines[position - 1]]
                if !previous.shape.endsWithWordHyphen {
                    let breakOrigin = text.origins[min(previous.range.upperBound, text.count - 1)]
                    result.append(" ", origin: breakOrigin)
                }
            }
            appendCollapsingWhitespace(line.range, to: &result)
        }
        return result
    }

    private func appendCollapsingWhitespace(_ range: Range<Int>, to result: inout MappedText) {
        var previousWasSpace = false
        for index in range {
            let scalar = text.scalars[index]
            if scalar.isSpace {
                if !previousWasSpace { result.append(" ", origin: text.origins[index]) }
                previousWasSpace = true
            } else {
                result.append(scalar, origin: text.origins[index])
                previousWasSpace = false
            }
        }
    }

    static func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        return lower..<upper
    }
}
