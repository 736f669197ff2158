"""Records to RDF triples, following `ontology/diplomacy.ttl`. Pure functions, no I/O.

The triples are pyoxigraph's, which the store loads and serializes as they are: the terms come
from the namespace module and `iri` (rdflib's) through the store's cached conversion, literals
are made here. Made as rdflib literals and converted, they cost a build some 5% of its parse.
"""
from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from extract.records import Actor, ArticleExtraction
from graph import iri
from graph.namespace import DIP, SCHEMA, WD, cameo_concept
from graph.store import to_ox

ACTOR_CLASSES = {"State": DIP.State, "Person": DIP.Person, "Organization": DIP.Organization,
                 "InternationalOrganization": DIP.InternationalOrganization, "GovernmentBody": DIP.GovernmentBody,
                 "ArmedGroup": DIP.ArmedGroup, "CivilianGroup": DIP.CivilianGroup}
DATE, DECIMAL, INTEGER, ANY_URI = (to_ox(datatype) for datatype in (XSD.date, XSD.decimal, XSD.integer, XSD.anyURI))


# control characters other than tab, newline and carriage return, mapped to nothing
CONTROL_CHARACTERS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def text(value: str) -> ox.Literal:
    """A string literal that any serializer can write: control characters other than tab,
    newline and carriage return are not allowed in XML 1.0 and break some tools, so they go."""
    return ox.Literal(value.translate(CONTROL_CHARACTERS))


def article_triples(extraction: ArticleExtraction, run=None) -> Iterator[ox.Triple]:
    """Everything one article contributes: the article node, its actors, its events and evidence."""
    return _terms(_article_triples(extraction, run))


def run_triples(run, model: str, version: str) -> Iterator[ox.Triple]:
    """The extraction run as a prov:Activity."""
    return _terms(_run_triples(run, model, version))


def _terms(triples) -> Iterator[ox.Triple]:
    """Triples of rdflib IRIs (converted, cached) and pyoxigraph literals as pyoxigraph's."""
    for subject, predicate, value in triples:
        yield ox.Triple(to_ox(subject), to_ox(predicate), value if isinstance(value, ox.Literal) else to_ox(value))


def _actor_triples(actor: Actor, extra_aliases: set[str] = frozenset()):
    node = iri.actor(actor.key)
    yield node, RDF.type, ACTOR_CLASSES.get(actor.kind, DIP.Organization)
    yield node, RDFS.label, text(actor.label)
    for alias in sorted(set(actor.aliases) | set(extra_aliases)):
        if alias != actor.label:
            yield node, SKOS.altLabel, text(alias)
    if actor.iso:
        yield node, DIP.isoCode, ox.Literal(actor.iso)
    if actor.wikidata:
        yield node, OWL.sameAs, WD[actor.wikidata]
    if actor.affiliation and actor.kind != "State":
        yield node, DIP.affiliatedWith, iri.actor(f"state:{actor.affiliation}")
    if actor.kind == "Person" and actor.role:
        post = iri.post(actor.key, actor.role)
        yield node, DIP.holdsPost, post
        yield post, RDF.type, DIP.Post
        yield post, DIP.roleTitle, text(actor.role)
        if actor.organization:
            yield post, DIP.postIn, iri.actor(actor.organization)
        elif actor.affiliation:
            yield post, DIP.postIn, iri.actor(f"state:{actor.affiliation}")


def _article_triples(extraction: ArticleExtraction, run):
    article = extraction.article
    node = iri.article(article.id)
    yield node, RDF.type, DIP.Article
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, RDF.type, PROV.Entity
    yield node, DIP.sourceFile, text(article.file_name)
    if article.title:
        yield node, SCHEMA.headline, text(article.title)
    if article.published:
        yield node, SCHEMA.datePublished, ox.Literal(article.published.isoformat(), datatype=DATE)
    if article.url:
        yield node, SCHEMA.url, ox.Literal(article.url, datatype=ANY_URI)
    if article.author:
        yield node, SCHEMA.author, text(article.author)
    if run is not None:
        yield node, PROV.wasGeneratedBy, run
    surface: dict[str, set[str]] = {}
    for mention in extraction.mentions:
        surface.setdefault(mention.actor, set()).add(mention.text)
    for key, actor in extraction.actors.items():
        yield node, SCHEMA.mentions, iri.actor(key)
        yield from _actor_triples(actor, surface.get(key, set()))
    for name in dict.fromkeys([*extraction.places, *(e.location for e in extraction.events if e.location)]):
        place = iri.location(name)
        yield node, DIP.mentionsPlace, place
        yield place, RDF.type, DIP.Location
        yield place, RDFS.label, text(name)
    for event in extraction.events:
        event_node = iri.event(article.id, event)
        yield event_node, RDF.type, DIP.Event
        yield event_node, DIP.category, DIP[event.category]
        if event.cameo and (concept := cameo_concept(event.cameo)) is not None:
            yield event_node, DIP.cameoCode, concept
        if event.mode:
            yield event_node, DIP.mode, text(event.mode)
        yield event_node, DIP.source, iri.actor(event.source)
        if event.target:
            yield event_node, DIP.target, iri.actor(event.target)
        yield event_node, DIP.status, DIP[event.status]
        if event.claimant:
            yield event_node, DIP.claimant, iri.actor(event.claimant)
        if event.date:
            yield event_node, DIP.date, ox.Literal(event.date.isoformat(), datatype=DATE)
        if event.location:
            yield event_node, DIP.location, iri.location(event.location)
        yield event_node, DIP.confidence, ox.Literal(f"{event.confidence:.2f}", datatype=DECIMAL)
        yield event_node, PROV.wasDerivedFrom, node
        for evidence in event.evidence:
            evidence_node = iri.evidence(article.id, evidence.start, evidence.end, evidence.trigger)
            yield event_node, DIP.evidence, evidence_node
            yield evidence_node, RDF.type, DIP.Evidence
            yield evidence_node, DIP.text, text(evidence.sentence)
            yield evidence_node, DIP.beginIndex, ox.Literal(str(evidence.start), datatype=INTEGER)
            yield evidence_node, DIP.endIndex, ox.Literal(str(evidence.end), datatype=INTEGER)
            yield evidence_node, DIP.inArticle, node
            yield evidence_node, DIP.trigger, text(evidence.trigger)


def _run_triples(run, model: str, version: str):
    yield run, RDF.type, DIP.ExtractionRun
    yield run, RDF.type, PROV.Activity
    yield run, RDFS.label, ox.Literal(f"diplograph {version} with {model}")
    yield run, DIP.model, ox.Literal(model)
    yield run, DIP.softwareVersion, ox.Literal(version)
