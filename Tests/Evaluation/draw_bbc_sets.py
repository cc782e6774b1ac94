#!/usr/bin/env python3
"""Draws the BBC articles of the annotated evaluation sets with a fixed seed.

Run from the project folder: python3 Tests/Evaluation/draw_bbc_sets.py ../shared/corpora/bbc-news
It writes ARTICLES.txt into each set's folder and rewrites Tests/Evaluation/HELDOUT.txt, the list
of every held-out article: resource builders that count anything over bbc-news must leave those
out. The draw never changes an earlier set: each set is drawn from what the sets before it left,
in the order below, and an article whose text is a copy of one already drawn is never drawn.
"""
import hashlib
import pathlib
import random
import re
import sys

SEED = 20261204
HERE = pathlib.Path(__file__).resolve().parent
# (folder, size, held out); existing hand-picked sets first, then the drawn ones.
EXISTING = [("entities/bbc-dev", False), ("entities/bbc-dev2", False), ("entities/bbc-test", True)]
DRAWN = [("entities/bbc-heldout", 40, True), ("entities/bbc-dev3", 30, False),
         ("timex/bbc-heldout", 24, True), ("timex/bbc-dev", 20, False),
         ("entities/bbc-train", 240, False)]
# Sets drawn after the cross-reference pairs were judged also leave out their held-out articles.
AVOIDS_XREF_HELDOUT = {"entities/bbc-train"}


def fingerprint(text):
    """The article's words, lowercased: copies that differ only in spacing share it."""
    return hashlib.sha1(" ".join(re.findall(r"\w+", text.lower())).encode()).hexdigest()


def existing_articles(folder):
    return sorted(p.stem.replace("-", "/", 1) + ".txt" for p in (HERE / folder).glob("*.json"))


def main(corpus):
    corpus = pathlib.Path(corpus)
    articles = sorted(str(p.relative_to(corpus)) for p in corpus.glob("*/*.txt"))
    prints = {a: fingerprint((corpus / a).read_text(encoding="utf-8", errors="replace")) for a in articles}
    taken_prints = set()
    heldout = []
    for folder, is_heldout in EXISTING:
        chosen = existing_articles(folder)
        taken_prints |= {prints[a] for a in chosen}
        if is_heldout:
            heldout += chosen
    extra = HERE / "xrefs" / "heldout-articles.txt"
    xref_heldout = {l.strip() for l in extra.read_text().splitlines() if l.strip()} if extra.exists() else set()
    xref_prints = {prints[a] for a in xref_heldout if a in prints}
    rng = random.Random(SEED)
    for folder, size, is_heldout in DRAWN:
        avoided = xref_prints if folder in AVOIDS_XREF_HELDOUT else set()
        pool = [a for a in articles if prints[a] not in taken_prints and prints[a] not in avoided]
        chosen = []
        for article in rng.sample(pool, len(pool)):
            if prints[article] in taken_prints:
                continue
            chosen.append(article)
            taken_prints.add(prints[article])
            if len(chosen) == size:
                break
        chosen.sort()
        (HERE / folder).mkdir(parents=True, exist_ok=True)
        (HERE / folder / "ARTICLES.txt").write_text("".join(a + "\n" for a in chosen))
        if is_heldout:
            heldout += chosen
    # Copies of a held-out article are held out too: counting them would count its words.
    heldout_prints = {prints[a] for a in heldout}
    heldout = sorted(set(heldout) | {a for a in articles if prints[a] in heldout_prints})
    heldout = sorted(set(heldout) | xref_heldout)
    (HERE / "HELDOUT.txt").write_text("".join(a + "\n" for a in heldout))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/bbc-news")
