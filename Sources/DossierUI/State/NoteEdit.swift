import Foundation

/// A note being typed: the sentence it is for, and the text so far.
public struct NoteEdit: Sendable, Equatable {
    public var target: Target
    /// The sentence, for the prompt's label.
    public var sentence: String
    public var editor: LineEditor

    /// What Enter saves to: a new note on a sentence of the open document, or a note that exists.
    public enum Target: Sendable, Equatable {
        case sentence(documentID: Int64, ordinal: Int)
        case note(id: String)
    }

    public init(target: Target, sentence: String, text: String = "") {
        self.target = target
        self.sentence = sentence
        editor = LineEditor(text)
    }

    /// The change Enter asks the note store for, without the spaces around the text.
    public var noteChange: NoteChange {
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        switch target {
        case let .sentence(documentID, ordinal): return .add(documentID: documentID, ordinal: ordinal, text: text)
        case .note(let id): return .edit(id: id, text: text)
        }
    }

    /// "Note on “The delegations, led by…”: ".
    public var label: String {
        "Note on “\(DisplayWidth.truncate(sentence, to: 32))”: "
    }
}
