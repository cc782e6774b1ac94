/// The table of key bindings; key handling, the help overlay and the status-bar hints all read it.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command for `key`, looking in the given scopes first to last.
    public func command(for key: Key, in scopes: [KeyScope]) -> Command? {
        for scope in scopes {
            if let binding = bindings.last(where: { $0.key == key && $0.scope == scope }) { return binding.command }
        }
        return nil
    }

    /// The keys bound to `command` in `scope`, in table order.
    public func keys(for command: Command, in scope: KeyScope) -> [Key] {
        bindings.filter { $0.command == command && $0.scope == scope }.map(\.key)
    }

    /// Binds `key` to `command` in `scope`, replacing what the key did there.
    public mutating func bind(_ key: Key, to command: Command, in scope: KeyScope) {
        bind([KeyBinding(key, scope, command)])
    }

    /// Applies many bindings at once, each replacing what its key did in its scope (the last of two
    /// for the same key and scope wins), in time linear in the bindings.
    public mutating func bind(_ new: [KeyBinding]) {
        struct Slot: Hashable {
            var key: Key
            var scope: KeyScope
        }
        var taken = Set<Slot>()
        let kept = new.reversed().filter { taken.insert(Slot(key: $0.key, scope: $0.scope)).inserted }.reversed()
        bindings.removeAll { taken.contains(Slot(key: $0.key, scope: $0.scope)) }
        bindings += kept
    }

    /// Dossier's bindings out of the box.
    public static let standard: Keymap = {
        var bindings: [KeyBinding] = []
        func bind(_ keys: [Key], _ scope: KeyScope, _ command: Command) {
            bindings += keys.map { KeyBinding($0, scope, command) }
        }
        bind([.tab], .global, .focusNext)
        bind([.backTab], .global, .focusPrevious)
        bind([.character("1")], .global, .focusDocuments)
        bind([.character("2")], .global, .focusReader)
        bind([.character("3")], .global, .focusEntities)
        bind([.character("4")], .global, .focusTimeline)
        bind([.character("j"), .down], .global, .cursorDown)
        bind([.character("k"), .up], .global, .cursorUp)
        bind([.character("g"), .home], .global, .cursorTop)
        bind([.character("G"), .end], .global, .cursorBottom)
        bind([.control("d")], .global, .halfPageDown)
        bind([.control("u")], .global, .halfPageUp)
        bind([.pageDown], .global, .pageDown)
        bind([.pageUp], .global, .pageUp)
        bind([.character("/")], .global, .openSearch)
        bind([.character("n")], .global, .nextHit)
        bind([.character("N")], .global, .previousHit)
        bind([.escape], .global, .clearSearch)
        bind([.character("?")], .global, .toggleHelp)
        bind([.character(":")], .global, .openCommandLine)
        bind([.control("l")], .global, .redraw)
        bind([.character("T")], .global, .nextTheme)
        bind([.character("q")], .global, .quit)
        bind([.character("z")], .global, .toggleZoom)
        bind([.character("<")], .global, .narrowPane)
        bind([.character(">")], .global, .widenPane)
        bind([.character("]")], .global, .nextClaim)
        bind([.character("[")], .global, .previousClaim)
        bind([.character("c")], .global, .showClaims)
        bind([.control("o"), .backspace], .global, .jumpBack)
        bind([.control("n")], .global, .jumpForward)
        bind([.character("'")], .global, .showNotes)
        bind([.character("W")], .global, .saveNotes)
        bind([.enter, .character("x")], .reader, .openCrossReferences)
        bind([.enter], .crossReferences, .openSelected)
        bind([.character("h")], .crossReferences, .toggleHiddenLinks)
        bind([.escape, .character("q"), .character("x")], .crossReferences, .closeOverlay)
        bind([.enter], .claims, .openSelected)
        bind([.character("s")], .claims, .sortClaims)
        bind([.character("e")], .claims, .narrowClaimsToEntity)
        bind([.character("p")], .claims, .narrowClaimsToSpan)
        bind([.escape, .character("q"), .character("c")], .claims, .closeOverlay)
        bind([.enter], .notes, .openSelected)
        bind([.character("a")], .notes, .annotate)
        bind([.escape, .character("q"), .character("'")], .notes, .closeOverlay)
        bind([.enter], .documents, .openDocument)
        bind([.character("D")], .documents, .setDocumentDate)
        bind([.character("D")], .reader, .setDocumentDate)
        bind([.enter], .timeline, .openSelected)
        bind([.character("d")], .timeline, .timelineDocument)
        bind([.character("e")], .timeline, .timelineEntity)
        bind([.character("r")], .timeline, .timelineSpan)
        bind([.character("B")], .reader, .bookmark)
        bind([.character("a")], .reader, .annotate)
        bind([.character(" ")], .reader, .pageDown)
        bind([.character("b")], .reader, .pageUp)
        bind([.character("*")], .entities, .toggleEntityScope)
        bind([.character("/")], .entities, .filterEntities)
        bind([.enter], .entities, .chooseEntity)
        bind([.character("m")], .entities, .mergeEntity)
        bind([.character("r")], .entities, .renameEntity)
        bind([.character("t")], .entities, .retypeEntity)
        bind([.character("x")], .entities, .ignoreEntity)
        bind([.enter], .prompt, .acceptPrompt)
        bind([.escape], .prompt, .cancelPrompt)
        bind([.up], .prompt, .olderQuery)
        bind([.down], .prompt, .newerQuery)
        bind([.control("n"), .tab, .pageDown], .prompt, .nextResult)
        bind([.control("p"), .backTab, .pageUp], .prompt, .previousResult)
        bind([.tab], .search, .groupResults)
        bind([.character("y"), .character("Y")], .confirm, .confirmYes)
        bind([.character("n"), .character("N")], .confirm, .confirmNo)
        bind([.escape], .confirm, .cancelPrompt)
        bind([.backspace], .prompt, .deleteBackward)
        bind([.delete, .control("d")], .prompt, .deleteForward)
        bind([.control("w")], .prompt, .deleteWord)
        bind([.control("u")], .prompt, .deleteToStart)
        bind([.left, .control("b")], .prompt, .cursorLeft)
        bind([.right, .control("f")], .prompt, .cursorRight)
        bind([.home, .control("a")], .prompt, .cursorStart)
        bind([.end, .control("e")], .prompt, .cursorEnd)
        bind([.escape, .character("?"), .character("q")], .help, .closeOverlay)
        return Keymap(bindings: bindings)
    }()
}
