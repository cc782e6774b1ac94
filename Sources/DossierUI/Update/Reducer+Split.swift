import DossierIndex

extension Reducer {
    // MARK: Two documents side by side

    /// `v` on a cross-reference opens its two documents side by side; Tab scrolls the other one.
    static func performSplit(_ command: Command, on state: inout AppState) -> [Effect] {
        switch (command, state.overlay) {
        case (.openSplit, .crossReferences(let panel)?):
            guard let reference = panel.selected else { return [] }
            state.overlay = .split(SplitView(reference: reference, panel: panel))
            return [.loadSplitDocuments(left: reference.here.documentID, right: reference.there.documentID)]
        case (.switchSplitSide, .split(var view)?):
            view.focusesRight.toggle()
            state.overlay = .split(view)
        default:
            break
        }
        return []
    }

    /// Opens both documents at their sentences, unless the view was closed or moved on meanwhile.
    static func receiveSplitDocuments(_ left: DocumentText, _ right: DocumentText, on state: inout AppState) {
        guard case .split(var view) = state.overlay, view.left.sentence.documentID == left.summary.id,
              view.right.sentence.documentID == right.summary.id else { return }
        let layout = state.layout
        let leftText = ScreenLayout.splitText(in: layout.splitLeft), rightText = ScreenLayout.splitText(in: layout.splitRight)
        view.left.open(left, width: leftText.width, visible: leftText.height)
        view.right.open(right, width: rightText.width, visible: rightText.height)
        state.overlay = .split(view)
    }

    /// Lays both documents out again for a new screen size.
    static func fitSplit(_ view: inout SplitView, to layout: ScreenLayout) {
        let leftText = ScreenLayout.splitText(in: layout.splitLeft), rightText = ScreenLayout.splitText(in: layout.splitRight)
        view.left.reader.relayout(width: leftText.width, visible: leftText.height)
        view.right.reader.relayout(width: rightText.width, visible: rightText.height)
    }

    /// Esc: the side-by-side view goes back to its cross-references, any other overlay closes.
    static func closeOverlay(on state: inout AppState) {
        if case .split(let view) = state.overlay {
            state.overlay = .crossReferences(view.panel)
        } else {
            state.overlay = nil
        }
    }
}
