import DossierIndex

/// Something that happened: a command from a key, a new terminal size, or the answer to an effect.
public enum Action: Sendable, Equatable {
    /// A key press, looked up in the keymap for the scopes in force.
    case key(Key)
    case command(Command)
    case resize(Size)
    case mouse(MouseEvent)
    /// A document was read; `focus` is the pane to focus afterwards, and `target` where to go in it.
    case documentOpened(DocumentText, focus: Pane?, target: ReaderTarget?)
    /// The answer to the prompt's search number `generation`.
    case searchResults(SearchResults, generation: Int)
    /// Every hit of the committed search in one document.
    case hitsLoaded(documentID: Int64, query: SearchQuery, hits: [SearchHit], target: ReaderTarget?)
    /// The documents holding hits of the committed search, in list order.
    case documentsWithHits(query: SearchQuery, [Int64])
    /// The entities to list for a scope, most mentioned first.
    case entitiesLoaded(EntityListScope, [EntitySummary])
    /// The names Tab found for the text `typed` of a merge.
    case entityNamesFound(typed: String, [String])
    /// Everything about the entity chosen in the sidebar.
    case entityLoaded(ActiveEntity)
    /// A document's date was written to dossier.toml and applied: the document as it is now.
    case documentDated(DocumentSummary)
    /// A correction was written to dossier.toml and applied; `message` says what it did.
    case entitiesCorrected(message: String, notes: [String])
    /// Gutter markers for a document's claims with cross-references, by sentence ordinal.
    case claimMarkersLoaded(documentID: Int64, [Int: ClaimMarker])
    /// A claim's cross-references.
    case crossReferencesLoaded(sentenceID: Int64, [CrossReference])
    /// A cross-reference's two documents, for the side-by-side view.
    case splitDocumentsLoaded(left: DocumentText, right: DocumentText)
    /// Every claim with cross-references, for the claims view.
    case claimOverviewLoaded([ClaimOverview])
    /// The documents with a match for a `:filter` query.
    case documentFilterLoaded(SearchQuery, [Int64])
    /// The timeline's events for a filter, in time order.
    case timelineLoaded(TimelineFilter, [TimelineEvent])
    /// The notes as read or saved, placed in the documents as they are now, with those not saved and why.
    case notesLoaded(NotesUpdate)
    /// The unsaved notes were written to the file the user named before quitting, or why not.
    case unsavedNotesWritten(path: String, Result<Int, NoteStoreError>)
    /// A rename would give an entity the name another already has: ask whether to merge them.
    case renameWouldMerge(EntitySummary, into: String, newName: String)
    case notice(StatusMessage)
    /// What the background indexing reported.
    case indexing(IndexingEvent)
}
