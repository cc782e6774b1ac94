#!/usr/bin/env python3
"""Turns the marked-up articles in marked/ into the timex fixtures the tests and `dossier eval-timex` read.

A marked article writes each annotated expression as [[surface|value|mod|endValue]] (mod and
endValue may be left out or empty). The script removes the marks and writes NAME.txt, the
article as it reads, and NAME.json, its expressions with code-point offsets into NAME.txt.

Usage: make_timex_fixtures.py  (run from anywhere; it writes Tests/DossierIndexTests/Fixtures/timex)
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE.parent.parent / "DossierIndexTests" / "Fixtures" / "timex"
MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)(?:\|([^|\]]*))?(?:\|([^|\]]*))?\]\]")


def unmark(marked):
    """The plain text and its expressions, with offsets in code points (Python string indices)."""
    text, expressions, position = [], [], 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[position:match.start()]
        text.append(before)
        length += len(before)
        surface, value, mod, end_value = match.groups()
        expression = {"start": length, "end": length + len(surface), "text": surface, "value": value}
        if mod:
            expression["mod"] = mod
        if end_value:
            expression["endValue"] = end_value
        expressions.append(expression)
        text.append(surface)
        length += len(surface)
        position = match.end()
    text.append(marked[position:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        raise ValueError("a mark was not closed or not understood")
    return plain, expressions


def main():
    for split in ("dev", "heldout"):
        folder = OUTPUT / split
        folder.mkdir(parents=True, exist_ok=True)
        for source in sorted((HERE / "marked" / split).glob("*.txt")):
            plain, expressions = unmark(source.read_text(encoding="utf-8"))
            for expression in expressions:
                assert plain[expression["start"]:expression["end"]] == expression["text"]
            (folder / source.name).write_text(plain, encoding="utf-8")
            annotation = {"doc": source.name, "timexes": expressions}
            (folder / (source.stem + ".json")).write_text(json.dumps(annotation, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{split}/{source.name}: {len(expressions)} expressions")


if __name__ == "__main__":
    main()
