from datetime import date

import pytest

from extract.dates import resolve

PUBLISHED = date(2026, 2, 2)  # a Monday


@pytest.mark.parametrize("expression, future, expected", [
    ("Sunday", False, date(2026, 2, 1)),
    ("Monday", False, date(2026, 2, 2)),
    ("on Friday", True, date(2026, 2, 6)),
    ("on Monday", True, date(2026, 2, 2)),  # a plan for the day of publication
    ("on Sunday", True, date(2026, 2, 8)),
    ("Friday", False, date(2026, 1, 30)),
    ("yesterday", False, date(2026, 2, 1)),
    ("today", False, date(2026, 2, 2)),
    ("January 28", False, date(2026, 1, 28)),
    ("28 January", False, date(2026, 1, 28)),
    ("December 30", False, date(2025, 12, 30)),
    ("May 1", True, date(2026, 5, 1)),
    ("March 3, 2024", False, date(2024, 3, 3)),
    ("last week", False, None),
    ("next month", True, None),
    ("earlier this month", False, None),
])
def test_resolve(expression, future, expected):
    assert resolve(expression, PUBLISHED, future=future) == expected


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve("Sunday", None) is None
    assert resolve("March 3, 2024", None) == date(2024, 3, 3)
