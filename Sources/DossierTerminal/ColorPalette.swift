import CNcurses
import DossierUI

/// Gives each style role an ncurses colour pair and attribute set, from a theme and what the
/// terminal can show.
final class ColorPalette {
    private var attributes: [StyleRole: attr_t] = [:]
    private var pairs: [StyleRole: Int16] = [:]
    let resolver: ColorResolver

    /// A palette that draws everything plainly until a theme is applied.
    init(colorCount: Int) {
        resolver = ColorResolver(colorCount: colorCount)
    }

    /// Defines the colour pairs for `theme`; the screen must be redrawn afterwards.
    func apply(_ theme: Theme) {
        let theme = resolver.drawable(theme)
        for (offset, role) in StyleRole.allCases.enumerated() {
            let entry = theme.entry(for: role)
            var attrs = dossier_a_normal()
            let foreground = resolver.resolve(entry.foreground)
            let background = resolver.resolve(entry.background)
            if resolver.hasColor {
                let pair = Int16(offset + 1)
                init_pair(pair, Int16(foreground.index ?? -1), Int16(background.index ?? -1))
                pairs[role] = pair
                if foreground.needsBold { attrs |= dossier_a_bold() }
            }
            if entry.bold { attrs |= dossier_a_bold() }
            if entry.dim { attrs |= dossier_a_dim() }
            if entry.underline { attrs |= dossier_a_underline() }
            if entry.reverse { attrs |= dossier_a_reverse() }
            if entry.italic { attrs |= dossier_a_italic() }
            attributes[role] = attrs
        }
    }

    /// The attributes and pair that draw `style`.
    func look(of style: Style) -> (attributes: attr_t, pair: Int16) {
        var attrs = attributes[style.role] ?? dossier_a_normal()
        if style.bold { attrs |= dossier_a_bold() }
        if style.underline { attrs |= dossier_a_underline() }
        return (attrs, pairs[style.role] ?? 0)
    }
}
