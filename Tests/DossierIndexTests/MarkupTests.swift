import Testing
@testable import DossierIndex

@Suite("HTML and Markdown")
struct MarkupTests {
    @Test func htmlTagsAreStrippedAndEntitiesDecoded() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Report</title><style>p { color: red; }</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a></nav><h1>The &ldquo;Big&rdquo; Story</h1>
        <p>Trade rose&nbsp;to $4&#x20;billion &mdash; a record.<br>It was&#8217;t expected.</p>
        <!-- a comment --><p class="x">Second <b>bold</b> paragraph &amp; more</p></body></html>
        """
        let result = try paragraphs(html, format: .html)
        #expect(result == ["The “Big” Story", "Trade rose to $4 billion — a record. It was’t expected.", "Second bold paragraph & more"])
    }

    @Test func unknownEntitiesAndStrayBracketsStay() throws {
        #expect(try paragraphs("<p>Prices &bogus; rose &amp fell when x < y held.</p>", format: .html) == ["Prices &bogus; rose & fell when x < y held."])
    }

    @Test func markdownSyntaxIsRemoved() throws {
        let markdown = """
        # Title Here

        Some *emphasis*, **strong** and `code`, a [link](https://example.org) and snake_case.

        - first item
        - second item

        > A quoted line.
        """
        let result = try paragraphs(markdown, format: .markdown)
        #expect(result == ["Title Here", "Some emphasis, strong and code, a link and snake_case.", "- first item", "- second item", "A quoted line."])
    }

    @Test func markdownParagraphLinesAreJoined() throws {
        #expect(try paragraphs("One line\nand its continuation.\n\nNext paragraph.", format: .markdown) == ["One line and its continuation.", "Next paragraph."])
    }
}

@Suite("Plain text with stray character references")
struct EntityRepairTests {
    @Test func completeReferencesAreDecoded() throws {
        #expect(try paragraphs("Welsh singer Bryn F&#244;n met AT&amp;T staff &#x2014; briefly.") == ["Welsh singer Bryn F\u{F4}n met AT&T staff — briefly."])
    }

    @Test func ampersandsThatAreNotReferencesStay() throws {
        #expect(try paragraphs("Marks & Spencer and R&D budgets rose; &c and &amp stay.") == ["Marks & Spencer and R&D budgets rose; &c and &amp stay."])
    }
}
