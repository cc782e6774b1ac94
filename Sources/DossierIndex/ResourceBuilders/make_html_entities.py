#!/usr/bin/env python3
"""Writes Resources/html-entities.tsv: every named character reference of HTML5.

Source: the WHATWG HTML Standard's table of named character references, as shipped in Python's
standard library (html.entities.html5). One line per name: the name as written after '&'
(with or without its ';') and the code points it stands for, in hexadecimal.
"""
import html.entities
import pathlib

out = pathlib.Path(__file__).resolve().parent.parent / "Resources" / "html-entities.tsv"
lines = ["# HTML5 named character references (WHATWG HTML Standard), from Python's html.entities.html5"]
for name in sorted(html.entities.html5):
    value = html.entities.html5[name]
    lines.append(name + "\t" + " ".join("%X" % ord(c) for c in value))
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(lines) - 1} entities to {out}")
