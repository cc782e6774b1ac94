"""Chooses the articles of bbc-dev2: six per category of the BBC News corpus, drawn with a fixed
seed from the articles that bbc-dev and bbc-test do not annotate.

Usage: python3 select_documents.py CORPUS_DIR
"""
import random
import sys
from pathlib import Path

SEED = 20261123
PER_CATEGORY = 6
CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]
ANNOTATED_SPLITS = ["bbc-dev", "bbc-test"]


def annotated(entities_dir: Path) -> set[str]:
    """The articles already annotated, as "category/NNN.txt"."""
    names = set()
    for split in ANNOTATED_SPLITS:
        for path in (entities_dir / split).glob("*.json"):
            category, number = path.stem.rsplit("-", 1)
            names.add(f"{category}/{number}.txt")
    return names


def main() -> None:
    corpus = Path(sys.argv[1])
    taken = annotated(Path(__file__).resolve().parent.parent)
    rng = random.Random(SEED)
    for category in CATEGORIES:
        candidates = sorted(f"{category}/{p.name}" for p in (corpus / category).glob("*.txt"))
        for doc in sorted(rng.sample([c for c in candidates if c not in taken], PER_CATEGORY)):
            print(doc)


if __name__ == "__main__":
    main()
