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
    /// Write a correction into dossier.toml and resolve the entities again.
    case correctEntity(EntityCorrection)
    /// Find the document's claims with cross-references.
    case loadClaimMarkers(documentID: Int64)
    /// Load one claim's cross-references.
    case loadCrossReferences(sentenceID: Int64)
    /// Load the claims view.
    case loadClaimOverview
    /// Write the corpus's briefing to a file (`:export`), over an existing one only when `replacing`.
    case export(path: String, format: ExportFormat, replacing: Bool)
    /// Find the documents with a match for a `:filter` query.
    case filterDocuments(SearchQuery)
    /// List the dated events the timeline shows.
    case loadTimeline(TimelineFilter)
    /// Read the notes file and place the notes in the documents.
    case loadNotes
    /// Change the notes file: read it afresh, apply the change, write it atomically.
    case changeNotes(NoteChange)
    /// Keep the query history for the next session.
    case saveHistory([String])
    /// Load the theme of this name and draw with it.
    case applyTheme(String)
    case redraw
    case quit
}
