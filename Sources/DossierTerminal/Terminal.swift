import CNcurses
import DossierUI
import Foundation

/// The one owner of the ncurses screen: enters curses mode, reads events, and hands the terminal
/// back in its original state on every way out.
public final class Terminal {
    private var screen: OpaquePointer?
    /// Signals that end the explorer; they are recorded and answered by the input loop.
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Signals of a crash; the handler restores the terminal before the default action.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    private init(screen: OpaquePointer) {
        self.screen = screen
    }

    /// Throws unless standard input and output are a terminal, so the explorer can refuse before doing any work.
    public static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
    }

    /// Takes over the terminal. Throws when standard input and output are not a terminal or
    /// `TERM` names a terminal ncurses does not know.
    /// With `mouse`, clicks and the wheel are reported as events.
    public static func start(mouse: Bool = true) throws -> Terminal {
        try requireTerminal()
        setlocale(LC_ALL, "")
        // Wide characters need a UTF-8 locale; when the user's is not, use C.UTF-8 for characters only.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        // A lone Escape should act at once, not after ncurses' default of a second.
        setenv("ESCDELAY", "25", 0)
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input) else {
            throw TerminalError.cannotStart(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(dossier_stdscr(), true)
        for (sequence, code) in KeyDecoder.homeAndEndSequences { define_key(sequence, code) }
        intrflush(dossier_stdscr(), false)
        curs_set(0)
        if mouse { dossier_enable_mouse() }
        if has_colors() {
            start_color()
            use_default_colors()
        }
        for signal in endingSignals + [SIGCONT] { dossier_catch_signal(signal) }
        for signal in crashSignals { dossier_restore_terminal_on_crash(signal) }
        atexit { endwin() }
        return Terminal(screen: screen)
    }

    /// How many colours the terminal can show; 0 when it has none.
    public var colorCount: Int { has_colors() ? Int(dossier_colors()) : 0 }

    public var size: Size { Size(width: Int(dossier_cols()), height: Int(dossier_lines())) }

    /// Waits for the next event, at most `timeout` milliseconds when given.
    /// Returns nil when the wait ended with nothing to report.
    public func nextEvent(timeout milliseconds: Int32? = nil) -> TerminalEvent? {
        if let signal = takePendingSignal() { return .signal(signal) }
        wtimeout(dossier_stdscr(), milliseconds ?? -1)
        var value: wint_t = 0
        // A key that was read is returned even when a signal came in meanwhile (SIGCONT after `fg`
        // does); the signal stays pending for the next call.
        switch wget_wch(dossier_stdscr(), &value) {
        case dossier_key_code_yes():
            if Int32(value) == KEY_RESIZE { return .resize(size) }
            if Int32(value) == dossier_key_mouse() { return readMouse() }
            return KeyDecoder.decode(functionKey: Int32(value)).map(TerminalEvent.key)
        case OK:
            return KeyDecoder.decode(character: UInt32(value)).map(TerminalEvent.key)
        default:
            if let signal = takePendingSignal() { return .signal(signal) }
            // A blocking read that fails without a signal means the terminal is gone (its window
            // closed); waiting for keys again would spin.
            return milliseconds == nil && inputIsClosed ? .inputClosed : nil
        }
    }

    /// The mouse event ncurses has waiting, if it is one Dossier uses.
    private func readMouse() -> TerminalEvent? {
        var x: Int32 = 0, y: Int32 = 0
        let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
        return kinds[dossier_read_mouse(&x, &y)].map { .mouse(MouseEvent($0, x: Int(x), y: Int(y))) }
    }

    /// Standard input has hung up or failed, as it does when the terminal window goes away.
    private var inputIsClosed: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func takePendingSignal() -> Int32? {
        let signal = dossier_take_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Leaves curses mode and restores the terminal; safe to call more than once.
    public func stop() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        for signal in Self.endingSignals + [SIGCONT] + Self.crashSignals { Foundation.signal(signal, SIG_DFL) }
    }

    deinit {
        stop()
    }
}
