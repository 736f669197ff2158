"""The diplograph ontology, SHACL shapes, lexicons, gazetteer and named queries, as data files.

Code finds them through `path()`, so the same lookup works from a source checkout and from an
installed wheel (the files ship as package data).
"""
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The path of a data file below `ontology/`, e.g. ``path("lexicon", "triggers.tsv")``."""
    return ONTOLOGY_DIR.joinpath(*parts)


def read_table(*parts: str) -> list[list[str]]:
    """The rows of a tab-separated data file, without comments and blank lines.

    A field holding only "-" stands for "no value" and is returned as "".
    """
    rows = []
    for line in path(*parts).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(["" if field.strip() == "-" else field.strip() for field in line.split("\t")])
    return rows
