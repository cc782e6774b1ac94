import DossierIndex

/// Work the reducer asks for but does not do itself: queries, files, and requests to the terminal.
public enum Effect: Sendable, Equatable {
    /// Read a document for the reader, then focus `focus` and go to `target` if given.
    case openDocument(Int64, focus: Pane?, target: ReaderTarget? = nil)
    /// Read a document the index does not hold yet from its file.
    case openFile(DocumentSummary, focus: Pane?)
    /// Make the search engine afresh, before the first search needs it or after the index grew.
    case reloadSearchIndex
    /// The user's answer to the indexing question: index the large folder or not.
    case answerIndexing(Bool)
    /// Run the prompt's query; answers to older generations are dropped.
    case search(SearchQuery, generation: Int)
    /// Find every hit of `query` in a document.
    case loadHits(documentID: Int64, query: SearchQuery, target: ReaderTarget?)
    /// List the documents with hits of `query`.
    case findDocumentsWithHits(SearchQuery)
    /// List the entities of a document or of the corpus.
    case loadEntities(EntityListScope)
    /// Load an entity's aliases, companions and mentions.
    case loadEntity(EntitySummary)
    /// Find the entities whose names the text of a merge could mean, for Tab; the most mentioned when it is empty.
    case completeEntityName(String)
    /// Write a correction into dossier.toml and resolve the entities again; a rename to another
    /// entity's name is first put to the user as a merge, unless they already answered.
    case correctEntity(EntityCorrection, answered: Bool = false)
    /// Write a document's date into dossier.toml and value its dates again.
    case setDocumentDate(path: String, date: String)
    /// Find the document's claims with cross-references.
    case loadClaimMarkers(documentID: Int64)
    /// Load one claim's cross-references.
    case loadCrossReferences(sentenceID: Int64, includingHidden: Bool)
    /// Read a cross-reference's two documents for the side-by-side view.
    case loadSplitDocuments(left: Int64, right: Int64)
    /// Load the claims view.
    case loadClaimOverview(order: Corpus.ClaimOrder, entityID: Int64?, days: ClosedRange<Int>?)
    /// Write the corpus's briefing to a file (`:export`), over an existing one only when `replacing`.
    case export(path: String, format: ExportFormat, replacing: Bool)
    /// Find the documents with a match for a `:filter` query.
    case filterDocuments(SearchQuery)
    /// List the dated events the timeline shows.
    case loadTimeline(TimelineFilter)
    /// Read the notes file and place the notes in the documents.
    case loadNotes
    /// Change the notes file: read it afresh, apply the change with any unsaved before it, write it atomically.
    case changeNotes(NoteChange)
    /// Keep the pane sizes set for a terminal size (``PaneLayout/key(for:focus:)``) for the next session.
    case savePaneSizes(PaneSizes, key: String)
    /// Write the unsaved notes again; when `quitting`, answer with a file to offer for them if they still cannot be.
    case saveNotes(quitting: Bool)
    /// Write the unsaved notes to a new file the user named.
    case writeUnsavedNotes(path: String)
    /// Keep the query history for the next session.
    case saveHistory([String])
    /// Load the theme of this name and draw with it.
    case applyTheme(String)
    case redraw
    case quit
}
