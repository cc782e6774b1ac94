import CNcurses
import DossierUI

/// Draws buffers on the terminal, sending only the cells that changed since the last frame.
final class ScreenPainter {
    private var previous: Buffer?
    private let palette: ColorPalette

    init(palette: ColorPalette) {
        self.palette = palette
    }

    /// Forgets the last frame so the next one is drawn whole, after a resize, Ctrl-L or a resume.
    func invalidate() {
        previous = nil
        clearok(dossier_curscr(), true)
    }

    func paint(_ buffer: Buffer) {
        if previous?.size != buffer.size { werase(dossier_stdscr()) }
        for change in buffer.changes(since: previous) {
            var x = change.x
            for cell in change.cells {
                if !cell.isContinuation { draw(cell, x: x, y: change.y) }
                x += 1
            }
        }
        wnoutrefresh(dossier_stdscr())
        doupdate()
        previous = buffer
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let look = palette.look(of: cell.style)
        // A cell holds one base character and at most four combining marks (CCHARW_MAX).
        var characters = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        _ = dossier_put_cell(Int32(y), Int32(x), characters, look.attributes, look.pair)
    }
}
