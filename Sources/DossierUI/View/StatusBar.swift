/// The last line: where you are and what you can press, or the latest message.
public struct StatusBar {
    public let state: AppState

    /// Commands whose keys the bar advertises, in order.
    static let hintedCommands: [(Command, KeyScope, String)] = [
        (.focusNext, .global, "pane"), (.openDocument, .documents, "open"), (.openSearch, .global, "search"),
        (.toggleHelp, .global, "help"), (.quit, .global, "quit"),
    ]
    /// The hints while a search is active.
    static let searchCommands: [(Command, KeyScope, String)] = [
        (.nextHit, .global, "next"), (.previousHit, .global, "previous"), (.clearSearch, .global, "clear"), (.toggleHelp, .global, "help"),
    ]

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.statusBar))
        let (text, style, isMessage) = left
        // A message, a question, a note or indexing progress is never cut for the hints: they go
        // first. Where you are gives way to them.
        let leftFirst = isMessage || state.indexing.summary != nil
        let hints = !leftFirst ? self.hints.joined(separator: Self.hintGap)
            : Self.fit(self.hints, into: area.width - DisplayWidth.of(text) - 1 - DisplayWidth.of(Self.hintGap))
        let hintsWidth = DisplayWidth.of(hints)
        buffer.write(text, x: area.x, y: area.y, style: style, limit: max(0, area.width - (hints.isEmpty ? 0 : hintsWidth + 2)))
        if !hints.isEmpty, hintsWidth + 2 <= area.width {
            buffer.write(hints, x: area.maxX - hintsWidth - 1, y: area.y, style: Style(.statusBar))
        }
    }

    /// The text on the left, its style, and whether it is shown whole: an indexing question, else the
    /// message, else the note on the sentence under the reader's cursor, else what is chosen or
    /// searched, else where you are.
    var left: (text: String, style: Style, isMessage: Bool) {
        if let question = state.indexing.question { return (" " + question.prompt, Style(.statusBar, bold: true), true) }
        if let message = state.message { return (" " + message.text, Style(.statusBar, bold: message.kind != .info), true) }
        if let note = noteUnderCursor { return (" ✎ " + note, Style(.statusBar, bold: true), true) }
        if let active = state.entities.active {
            return (" " + Self.describe(active, in: state.reader.document?.summary.id), Style(.statusBar, bold: true), false)
        }
        if let active = state.search.active {
            return (" " + Self.describe(active, in: state.reader.document?.summary.id), Style(.statusBar, bold: true), false)
        }
        return (" " + location, Style(.statusBar), false)
    }

    /// The text of the note on the sentence `B` and `a` would act on, while the reader has the keys.
    var noteUnderCursor: String? {
        guard state.hasFocus(.reader), let (document, ordinal) = Reducer.readerSentence(state),
              let placed = state.notes.note(onSentence: ordinal, in: document), placed.note.hasText else { return nil }
        return placed.note.text
    }

    /// Columns between two hints.
    static let hintGap = "  "

    /// As many of `hints` as fit `width` columns, leaving out the first ones first: the last are
    /// the help and quit keys, which a new user needs most.
    static func fit(_ hints: [String], into width: Int) -> String {
        var kept = hints[...]
        while !kept.isEmpty, DisplayWidth.of(kept.joined(separator: hintGap)) > width { kept.removeFirst() }
        return kept.joined(separator: hintGap)
    }

    /// "/arms embargo · hit 2 of 3 here · 4 documents"
    static func describe(_ active: ActiveSearch, in document: Int64?) -> String {
        var parts = ["/" + active.query.text]
        if active.documentID == document, !active.hits.isEmpty {
            parts.append(active.current.map { "hit \($0 + 1) of \(active.hits.count) here" } ?? "\(active.hits.count) hit\(active.hits.count == 1 ? "" : "s") here")
        } else if active.documentID == document {
            parts.append("no hits here")
        }
        if let documents = active.documentsWithHits { parts.append("\(documents.count) document\(documents.count == 1 ? "" : "s")") }
        return parts.joined(separator: " · ")
    }

    /// "seeds · 5 documents · Reader · jump 2/5 · claim 2 of 7: 3 sources, a conflict", or while
    /// indexing "bbc-news · 2,226 documents · entities: 41% · 3,200 docs/s · 12 s left · Reader".
    var location: String {
        var parts = [state.corpusName, "\(state.documents.count.formatted()) document\(state.documents.count == 1 ? "" : "s")"]
        if let indexing = state.indexing.summary { parts.append(indexing) }
        parts.append(state.focus.title)
        if let jump = state.jumps.position { parts.append(jump) }
        let claims = state.claims
        if let current = claims.current, let marker = claims.markers[current], let index = claims.ordinals.firstIndex(of: current) {
            let sources = "\(marker.sources) source\(marker.sources == 1 ? "" : "s")"
            parts.append("claim \(index + 1) of \(claims.markers.count): \(sources)\(marker.hasConflict ? ", a conflict" : ""), Enter shows them")
        } else if !claims.markers.isEmpty, claims.documentID == state.reader.document?.summary.id {
            parts.append("\(claims.markers.count) linked claim\(claims.markers.count == 1 ? "" : "s"), ] goes to them")
        }
        return parts.joined(separator: " · ")
    }

    /// "Ebrahim Raisi · mention 2 of 8 · 3 documents · also Raisi, Ibrahim Raisi · with Vladimir Putin, Moscow",
    /// where it is first, since a narrow bar cuts the end.
    static func describe(_ active: ActiveEntity, in document: Int64?) -> String {
        var parts = [active.entity.name]
        if let current = active.current, active.mentions.indices.contains(current), active.mentions[current].documentID == document {
            parts.append("mention \(current + 1) of \(active.mentions.count)")
        } else {
            parts.append("\(active.mentions.filter { $0.documentID == document }.count) here of \(active.mentions.count)")
        }
        let documents = active.mentionCounts.count
        parts.append("\(documents) document\(documents == 1 ? "" : "s")")
        let others = active.aliases.filter { $0 != active.entity.name }
        if !others.isEmpty { parts.append("also " + others.prefix(3).joined(separator: ", ")) }
        if !active.companions.isEmpty { parts.append("with " + active.companions.prefix(3).map(\.name).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    /// "Tab pane", "Enter open", "? help", "q quit", from the keymap in force.
    var hints: [String] {
        let highlighting = state.search.active != nil || state.entities.active != nil
        return (highlighting ? Self.searchCommands : Self.hintedCommands).compactMap { command, scope, label in
            state.keymap.keys(for: command, in: scope).first.map { "\($0.displayName) \(label)" }
        }
    }
}
