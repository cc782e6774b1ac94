import CNcurses
import DossierIndex
import DossierUI
import Foundation

/// Runs the explorer: reads terminal events, feeds them through the keymap and the reducer, runs
/// the effects, and paints each new frame.
public final class Explorer {
    /// How often the screen is redrawn while only indexing progress can change it.
    static let indexingRedrawMilliseconds: Int32 = 100

    private let background: BackgroundEffects
    private let indexing: BackgroundIndexing?
    private var state: AppState
    private let themes: ThemeLoader
    private var palette: ColorPalette?
    private var painter: ScreenPainter?
    /// Clicks and the wheel are the explorer's, not the terminal's.
    private let usesMouse: Bool
    /// The signal that ended the session, if one did.
    public private(set) var endingSignal: Int32?
    /// The notes, kept here too so that notes still unsaved when a signal ends the session are written somewhere.
    private let notes: NoteKeeper
    private let corpusRoot: URL
    /// A line for the shell once the terminal is restored, such as where unsaved notes went.
    public var exitMessage: String? { state.exitMessage }

    /// Shows `documents` (the index's list as it stands) at once; when `indexer` is given, it
    /// brings the index up to date in the background from the first frame on, asking first
    /// before a large folder when `askBeforeLargeFolders`.
    /// `themeName` is the theme to start with; `T` steps through the others `themes` finds.
    /// `indexingNotices` says, once the sync is done, what the user should hear about the corpus
    /// besides files left out (corrections in dossier.toml that named nothing, say).
    public init(corpus: Corpus, documents: [DocumentSummary], indexer: CorpusIndexer? = nil, askBeforeLargeFolders: Bool = true,
                indexingNotices: @escaping @Sendable () -> [String] = { [] },
                themes: ThemeLoader, themeName: String, keymap: Keymap = .standard, notices: [String] = [],
                history: SearchHistoryFile? = nil, paneSizes: PaneSizesFile? = nil, mouse: Bool = true) throws {
        usesMouse = mouse
        let runner = EffectRunner(corpus: corpus, history: history, paneSizes: paneSizes)
        notes = runner.notes
        corpusRoot = corpus.root
        let background = BackgroundEffects(runner: runner)
        self.background = background
        indexing = indexer.map { indexer in
            BackgroundIndexing(corpus: corpus, indexer: indexer, askBeforeLargeFolders: askBeforeLargeFolders, notices: indexingNotices) {
                background.post($0)
            }
        }
        self.themes = themes
        let name = corpus.root.lastPathComponent
        state = AppState(corpusName: name.isEmpty ? corpus.root.path : name, documents: documents,
                         screen: Size(width: 0, height: 0), keymap: keymap)
        if indexer != nil {
            state.indexing.status = try corpus.indexStatus()
            state.indexing.isUnderWay = true
        }
        state.search.history = SearchHistory(entries: history?.load() ?? [])
        state.themes = ThemeCycle(names: themes.names, current: themeName)
        state.panes = PaneLayout(saved: paneSizes?.load() ?? [:])
        if let warning = StatusMessage.warning(for: notices) { state.message = warning }
    }

    /// Takes over the terminal until the user quits or a signal ends the session.
    public func run() throws {
        // The indexing is stopped after the terminal is handed back, so leaving never waits for it;
        // the index keeps every batch committed before `q`.
        defer { indexing?.stop() }
        let terminal = try Terminal.start(mouse: usesMouse)
        defer { terminal.stop() }
        let palette = ColorPalette(colorCount: terminal.colorCount)
        self.palette = palette
        painter = ScreenPainter(palette: palette)
        applyTheme(named: state.themes.current)
        state.screen = terminal.size
        if let first = state.documents.first { run([Reducer.open(first, focus: nil)]) }
        painter?.paint(Screen.render(state))
        background.submit(.reloadSearchIndex)
        indexing?.start()
        var changed = false
        while state.isRunning {
            let actions = background.takeActions()
            actions.forEach(dispatch)
            guard state.isRunning else { break }
            // A wake-up that brought nothing new draws nothing: drawing costs more than waiting.
            if changed || !actions.isEmpty { painter?.paint(Screen.render(state)) }
            // While answers are on their way, wake up often to show them; while indexing, often
            // enough to show its progress; otherwise wait for a key.
            let timeout = background.isBusy ? 10 : state.indexing.isUnderWay ? Self.indexingRedrawMilliseconds : nil
            let event = terminal.nextEvent(timeout: timeout)
            if let event { handle(event) }
            changed = event != nil
        }
        if endingSignal != nil { keepUnsavedNotes() }
    }

    /// A signal leaves no time to ask: notes still unsaved are tried once more, then written to a new
    /// file in the state folder, and the exit message says where.
    private func keepUnsavedNotes() {
        guard notes.unsavedCount > 0, !notes.retry().unsavedIDs.isEmpty else { return }
        let url = NoteKeeper.rescueURL(for: corpusRoot)
        do {
            let count = try notes.writeUnsaved(to: url)
            state.exitMessage = "\(count) unsaved note\(count == 1 ? "" : "s") written to \(url.path); "
                + "copy \(count == 1 ? "it" : "them") into \(NoteStore.relativePath) once that can be written"
        } catch {
            state.exitMessage = "\(notes.unsavedCount) notes could not be saved anywhere: \(error)"
        }
    }

    private func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key):
            dispatch(.key(key))
        case .mouse(let mouse):
            dispatch(.mouse(mouse))
        case .resize(let size):
            painter?.invalidate()
            dispatch(.resize(size))
        case .signal(SIGCONT):
            painter?.invalidate()
        case .signal(let signal):
            endingSignal = signal
            state.isRunning = false
        case .inputClosed:
            endingSignal = SIGHUP
            state.isRunning = false
        }
    }

    private func dispatch(_ action: Action) {
        run(Reducer.reduce(&state, action))
    }

    /// Redefines the colours and repaints everything, since cells already drawn keep their old colours.
    private func applyTheme(named name: String) {
        let loaded = themes.load(named: name)
        palette?.apply(loaded.theme)
        painter?.invalidate()
        if let problem = loaded.problem { dispatch(.notice(problem)) }
    }

    private func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .redraw: painter?.invalidate()
            case .applyTheme(let name): applyTheme(named: name)
            case .quit: state.isRunning = false
            case .answerIndexing(let yes): indexing?.answer(yes)
            default: background.submit(effect)
            }
        }
    }
}
