import DossierIndex

extension Reducer {
    // MARK: The `:` command line

    /// Enter runs the command, Tab completes it, Up and Down walk the commands typed before.
    static func performCommandLinePrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .acceptPrompt:
            let text = state.commandLine.editor.text
            state.commandLine.isOpen = false
            state.commandLine.history.record(text)
            switch ExCommand.parse(text) {
            case .success(let parsed): return run(parsed, on: &state)
            case .failure(let problem): state.message = StatusMessage(problem.message, kind: .warning)
            }
        case .cancelPrompt:
            state.commandLine.isOpen = false
        case .nextResult, .previousResult:
            state.commandLine.complete(by: command == .nextResult ? 1 : -1,
                                       using: ExCommandCompleter(documents: state.documents, themes: state.themes.names))
        case .olderQuery:
            if let older = state.commandLine.history.older(than: state.commandLine.editor.text) { state.commandLine.editor.replace(with: older) }
        case .newerQuery:
            if let newer = state.commandLine.history.newer() { state.commandLine.editor.replace(with: newer) }
        default:
            break
        }
        return []
    }

    private static func run(_ command: ExCommand, on state: inout AppState) -> [Effect] {
        switch command {
        case .open(let name): return open(named: name, on: &state)
        case .filter(let text): return filterDocuments(text, on: &state)
        case .theme(let name):
            guard state.themes.names.contains(name) else {
                state.message = StatusMessage("No theme is called \(name); Tab lists them", kind: .warning)
                return []
            }
            state.themes.current = name
            state.message = StatusMessage("Theme: \(name)")
            return [.applyTheme(name)]
        case let .export(path, format, replacing):
            state.message = StatusMessage("Exporting to \(path)…")
            return [.export(path: path, format: format, replacing: replacing)]
        case .help: state.overlay = .help(top: 0)
        case .quit: return perform(.quit, on: &state)
        case .keymap(let command): return perform(command, on: &state)
        }
        return []
    }

    /// Opens the one document whose path or title contains `name`, or says why none was chosen.
    private static func open(named name: String, on state: inout AppState) -> [Effect] {
        let needle = QueryHighlighter.fold(name)
        let matches = state.documents.filter { QueryHighlighter.fold($0.path).contains(needle) || QueryHighlighter.fold($0.title).contains(needle) }
        let exact = matches.filter { $0.path == name || $0.title == name }
        guard let document = exact.first ?? (matches.count == 1 ? matches.first : nil) else {
            state.message = StatusMessage(matches.isEmpty ? "No document matches “\(name)”"
                                                          : "“\(name)” matches \(matches.count) documents; Tab lists them", kind: .warning)
            return []
        }
        if state.reader.document?.summary.id != document.id { recordJump(on: &state) }
        return [Reducer.open(document, focus: .reader)]
    }

    /// Narrows the document list to those matching `text`; no text lists them all again.
    private static func filterDocuments(_ text: String, on state: inout AppState) -> [Effect] {
        guard !text.isEmpty else {
            state.documentFilter = nil
            selectOpenDocument(on: &state)
            state.message = StatusMessage("Every document listed again")
            return []
        }
        let query = QueryParser.parse(text)
        state.documentFilter = DocumentFilter(query: query)
        return [.filterDocuments(query)]
    }

    static func receiveDocumentFilter(_ documents: [Int64], for query: SearchQuery, on state: inout AppState) {
        guard state.documentFilter?.query == query else { return }
        state.documentFilter?.documents = Set(documents)
        selectOpenDocument(on: &state)
        state.message = StatusMessage("\(documents.count) of \(state.documents.count) documents match \(query.text); :filter alone lists them all")
    }
}
