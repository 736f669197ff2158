"""Event dates from the words near a trigger, resolved against the publication date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9


def resolve(expression: str, published: date | None, future: bool = False) -> date | None:
    """The day an expression names, or None when it names no single day.

    Weekdays are the latest such day on or before publication ("on Sunday" in an article of
    Monday 2 February 2026 is 1 February), or the first on or after it for a future act; "today",
    "yesterday", "tomorrow"; "May 1", "1 May", "January 5, 2026".
    """
    text = expression.casefold().strip()
    words = re.findall(r"[a-z]+|\d+", text)
    if published is not None:
        if any(w in ("last", "next", "this", "every", "each") for w in words[:1]) and not any(
                w in WEEKDAYS for w in words):
            return None
        for number, name in enumerate(WEEKDAYS):
            if name in words:
                if future:  # a plan for "Friday" told on a Friday is for that day
                    return published + timedelta(days=(number - published.weekday()) % 7)
                return published - timedelta(days=(published.weekday() - number) % 7)
        if "today" in words or "tonight" in words:
            return published
        if "yesterday" in words:
            return published - timedelta(days=1)
        if "tomorrow" in words:
            return published + timedelta(days=1)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    day = next((n for n in numbers if 1 <= n <= 31), None)
    year = next((n for n in numbers if n > 1900), None)
    if month is None or day is None:
        return None
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if not future and candidate > published + timedelta(days=1):
            year -= 1
        elif future and candidate < published - timedelta(days=1):
            year += 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


# prepositions whose date object is the day an act happens or takes effect
DATE_PREPS = ("on", "from", "starting", "beginning", "effective")


def date_phrases(verb: Token) -> list[str]:
    """Time expressions attached to a verb: "on Sunday", "Monday", "on May 1", "from May 1",
    "starting Aug. 1"."""
    phrases = []
    for child in verb.children:
        if child.dep_ in ("prep", "advcl") and child.lower_ in DATE_PREPS:  # "starting" may be a verb
            for pobj in child.children:
                if pobj.ent_type_ == "DATE":
                    phrases.append(" ".join(t.text for t in pobj.subtree))
        elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ == "DATE":
            phrases.append(" ".join(t.text for t in child.subtree))
    return phrases
