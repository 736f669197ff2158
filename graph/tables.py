"""Aligned text tables for the terminal: the query command's rows and the analysis sections."""
from __future__ import annotations


def aligned(header: list[str], rows: list[list]) -> list[str]:
    """The header, a rule, and the rows, each column as wide as its widest cell."""
    cells = [header] + [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    return [lines[0], "  ".join("-" * width for width in widths), *lines[1:]]
