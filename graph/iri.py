"""The one place that mints IRIs. Deterministic and readable: the same input builds the same IRIs.

States by ISO code, persons, organizations and locations by a normalized slug, events by a hash
of what identifies them; every part is percent-encoded, so any Unicode name gives a valid IRI.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from extract.lexicon import slug
from extract.records import Event
from graph.namespace import DATA

SAFE = "-._~"


def _part(text: str) -> str:
    return quote(text, safe=SAFE) or "_"


def actor(key: str) -> URIRef:
    """`state:CUB` -> .../id/state/CUB; `person:nicolas-maduro-ven` -> .../id/person/nicolas-maduro-ven."""
    kind, _, ident = key.partition(":")
    return DATA[f"{_part(kind)}/{_part(ident)}"]


def article(article_id: str) -> URIRef:
    return DATA[f"article/{_part(article_id)}"]


def event(article_id: str, event: Event) -> URIRef:
    basis = "\x1f".join([article_id, event.category, event.source, event.target or "", event.status,
                         event.evidence[0].sentence if event.evidence else ""])
    return DATA[f"event/{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:20]}"]


def evidence(article_id: str, start: int, end: int, trigger: str) -> URIRef:
    """A sentence as the evidence of one event: two events read from one sentence have their own
    evidence nodes, each naming its own trigger."""
    return DATA[f"evidence/{_part(article_id)}-{start}-{end}-{_part(trigger)}"]


def post(person_key: str, role: str) -> URIRef:
    digest = hashlib.sha1(f"{person_key}\x1f{role}".encode("utf-8")).hexdigest()[:12]
    return DATA[f"post/{_part(person_key.partition(':')[2])}-{digest}"]


def run(model: str, version: str) -> URIRef:
    basis = f"{model}\x1f{version}".encode("utf-8")
    return DATA[f"run/{hashlib.sha1(basis).hexdigest()[:16]}"]


def location(name: str) -> URIRef:
    return DATA[f"location/{_part(slug(name))}"]
