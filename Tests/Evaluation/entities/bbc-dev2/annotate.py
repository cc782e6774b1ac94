"""Helps annotate articles by GUIDELINES.md: drafts inline markup from the system's output for a
person to review, then turns the reviewed markup into annotation files with code-point offsets.

A mention is written inline as ⟦text|type⟧ or ⟦text|type|Entity name⟧, type one of per, org,
loc, oth. Without an entity name, a one-word person takes the full name of the one person of the
document whose name ends with it, or failing that begins with it; anything else is named by its text.

Usage:
  python3 annotate.py draft CORPUS_DIR DOCS_FILE VERBOSE_EVAL_OUTPUT MARKUP_DIR
      (VERBOSE_EVAL_OUTPUT: `dossier eval-entities --verbose` run on empty annotation files, so
      that every mention found is listed as "+ start-end type text")
  python3 annotate.py mark CORPUS_DIR MENTIONS_DIR MARKUP_DIR
      (MENTIONS_DIR: one file per article, named like its markup, listing its mentions in reading
      order as `text|type` or `text|type|Entity name`, one a line; each is marked at its next
      occurrence as a whole word, so that a person annotating by reading need not copy the text)
  python3 annotate.py build CORPUS_DIR MARKUP_DIR OUT_DIR
"""
import json
import re
import sys
from pathlib import Path

TYPES = {"per": "person", "org": "organization", "loc": "place", "oth": "other"}
CODES = {name: code for code, name in TYPES.items()}
MENTION = re.compile(r"⟦([^|⟧]+)\|(per|org|loc|oth)(?:\|([^⟧]+))?⟧")
FOUND = re.compile(r"^\s+\+ (\d+)-(\d+) (\w+) (.*)$")


def file_stem(doc: str) -> str:
    category, name = doc.split("/")
    return f"{category}-{name.removesuffix('.txt')}"


def draft(corpus: Path, docs_file: Path, eval_output: Path, markup_dir: Path) -> None:
    found: dict[str, list[tuple[int, int, str]]] = {}
    doc = None
    for line in eval_output.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            doc = line[3:].strip()
            found[doc] = []
        elif (match := FOUND.match(line)) and doc:
            found[doc].append((int(match[1]), int(match[2]), match[3]))
    markup_dir.mkdir(parents=True, exist_ok=True)
    for doc in docs_file.read_text().split():
        text = (corpus / doc).read_text(encoding="utf-8")
        pieces, position = [], 0
        for start, end, kind in sorted(found.get(doc, [])):
            pieces += [text[position:start], f"⟦{text[start:end]}|{CODES[kind]}⟧"]
            position = end
        pieces.append(text[position:])
        (markup_dir / f"{file_stem(doc)}.txt").write_text("".join(pieces), encoding="utf-8")


def mark(corpus: Path, mentions_dir: Path, markup_dir: Path) -> None:
    markup_dir.mkdir(parents=True, exist_ok=True)
    for listing in sorted(mentions_dir.glob("*.txt")):
        category, number = listing.stem.rsplit("-", 1)
        text = (corpus / f"{category}/{number}.txt").read_text(encoding="utf-8")
        pieces, position = [], 0
        for line_number, line in enumerate(listing.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            surface, code, *entity = line.split("|")
            at = next_whole_word(text, surface, position)
            if at < 0:
                sys.exit(f"{listing.name}:{line_number}: {surface!r} does not occur after offset {position}")
            pieces += [text[position:at], "⟦" + "|".join([surface, code] + entity) + "⟧"]
            position = at + len(surface)
        pieces.append(text[position:])
        (markup_dir / listing.name).write_text("".join(pieces), encoding="utf-8")


def next_whole_word(text: str, surface: str, start: int) -> int:
    """Where `surface` next occurs from `start` with no letter or digit glued to either end, or -1."""
    at = text.find(surface, start)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        end = at + len(surface)
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(surface, at + 1)
    return -1


def parse(markup: str) -> tuple[str, list[dict]]:
    """The plain text and the mentions of one marked-up article."""
    plain, mentions, position = [], [], 0
    length = 0
    for match in MENTION.finditer(markup):
        before = markup[position:match.start()]
        plain.append(before)
        length += len(before)
        text, code, entity = match[1], match[2], match[3]
        mentions.append({"start": length, "end": length + len(text), "text": text, "type": TYPES[code], "entity": entity})
        plain.append(text)
        length += len(text)
        position = match.end()
    plain.append(markup[position:])
    return "".join(plain), mentions


def name_people(mentions: list[dict]) -> None:
    """Gives one-word people without an entity name the full name they stand for."""
    by_surname, by_first_name = {}, {}
    for mention in mentions:
        words = mention["text"].split()
        if mention["type"] == "person" and len(words) > 1:
            name = mention["entity"] or mention["text"]
            by_surname.setdefault(words[-1], set()).add(name)
            by_first_name.setdefault(words[0], set()).add(name)
    for mention in mentions:
        if mention["entity"] is None:
            names = set()
            if mention["type"] == "person":
                names = by_surname.get(mention["text"]) or by_first_name.get(mention["text"], set())
            mention["entity"] = next(iter(names)) if len(names) == 1 else mention["text"]


def build(corpus: Path, markup_dir: Path, out_dir: Path) -> None:
    for path in sorted(markup_dir.glob("*.txt")):
        category, number = path.stem.rsplit("-", 1)
        doc = f"{category}/{number}.txt"
        original = (corpus / doc).read_text(encoding="utf-8")
        plain, mentions = parse(path.read_text(encoding="utf-8"))
        if plain != original:
            at = next(i for i, (a, b) in enumerate(zip(plain, original)) if a != b) if len(plain) == len(original) else min(len(plain), len(original))
            sys.exit(f"{path.name}: markup changes the text near {at}: {plain[max(0, at - 40):at + 40]!r}")
        if stray := re.search(r"[⟦⟧]", MENTION.sub("", path.read_text(encoding="utf-8"))):
            sys.exit(f"{path.name}: malformed mention near {stray.start()}")
        name_people(mentions)
        for mention in mentions:
            assert original[mention["start"]:mention["end"]] == mention["text"]
        annotation = {"doc": doc, "mentions": mentions}
        (out_dir / f"{path.stem}.json").write_text(json.dumps(annotation, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "draft":
        draft(*map(Path, arguments))
    elif command == "mark":
        mark(*map(Path, arguments))
    elif command == "build":
        build(*map(Path, arguments))
    else:
        sys.exit(__doc__)
