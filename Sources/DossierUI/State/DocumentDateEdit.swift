import DossierIndex

/// A date being typed for a document, to be written to `[documents."PATH"]` in dossier.toml.
public struct DocumentDateEdit: Sendable, Equatable {
    public var document: DocumentSummary
    public var editor: LineEditor

    /// Starts with the document's date in force, ready to be corrected.
    public init(document: DocumentSummary) {
        self.document = document
        editor = LineEditor(document.date ?? "")
    }

    /// "Date of Ad sales boost profit (2005-02-14, 2005-02 or 2005): ".
    public var label: String {
        "Date of \(DisplayWidth.truncate(document.title.isEmpty ? document.path : document.title, to: 40)) (2005-02-14, 2005-02 or 2005): "
    }

    /// The typed date as ISO 8601, or why it is none.
    public func date() -> Result<String, EntityEditProblem> {
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        guard let date = MetadataDate.normalize(text) else {
            return .failure(EntityEditProblem(text.isEmpty ? "Type a date such as 2005-02-14, 2005-02 or 2005"
                                                           : "“\(text)” is not a date; write 2005-02-14, 2005-02 or 2005"))
        }
        return .success(date)
    }
}
