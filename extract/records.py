"""The typed records the stages exchange: ingest -> extraction -> graph."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article as read from a file.

    `text` is the body only (no header block, byline or page furniture); evidence offsets
    refer to it. `id` is stable: from the URL when there is one, else from the normalized text.
    """

    id: str
    file_name: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None


@dataclass(frozen=True)
class Actor:
    """A political actor. `key` is its identity across articles ("state:CUB", "person:...")."""

    key: str
    kind: str  # a class of the ontology: State, Person, InternationalOrganization, ...
    label: str
    iso: str | None = None  # ISO 3166-1 alpha-3, for states
    affiliation: str | None = None  # ISO code of the state a person or organization serves
    wikidata: str | None = None
    role: str | None = None  # a person's title, lower-cased
    organization: str | None = None  # key of the organization a person's post is in
    aliases: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Mention:
    """A stretch of article text that names an actor."""

    actor: str  # Actor.key
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """A sentence an event was read from, with offsets into `Article.text`."""

    sentence: str
    start: int
    end: int
    trigger: str


@dataclass(frozen=True)
class Event:
    """Who did what to whom, coded in PLOVER, as the article reports it."""

    category: str  # PLOVER category notation, e.g. "CONSULT"
    source: str  # Actor.key
    target: str | None
    status: str  # asserted | denied | intended | claimed
    cameo: str = ""
    mode: str = ""
    claimant: str | None = None
    date: date | None = None
    location: str | None = None  # the name of the place it happened, when that place is no actor
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    @property
    def key(self) -> tuple[str, str, str | None, str]:
        """What makes two statements the same event within an article."""
        return (self.category, self.source, self.target, self.status)


@dataclass
class ArticleExtraction:
    """Everything read from one article."""

    article: Article
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # names of places that are only places


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as an article, and why."""

    source: str  # file path, with ":LINE" for a line of a JSONL file
    reason: str
