"""Synthetic extraction records shaped like diplograph's own output, for the query, export and
view benchmarks: states from the gazetteer, people who serve them, events of every PLOVER
category and status, evidence sentences. Reproducible from a seed number.

`graph.rdf.article_triples` turns them into RDF exactly as a build does, so the triples have
the shape, IRIs and literals of a real store.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from extract.lexicon import gazetteer
from extract.records import Actor, Article, ArticleExtraction, Event, Evidence, Mention
from graph.network import category_weights

GIVEN = ["Ana", "Boris", "Chen", "Dalia", "Emre", "Farah", "Goran", "Hana", "Ivan", "Jonas", "Kemal", "Lena",
         "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tamar", "Umar", "Vera", "Wei", "Yusuf"]
FAMILY = ["Abe", "Barros", "Costa", "Dimitrov", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski",
          "Lopez", "Moreau", "Nowak", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tanaka", "Uzun", "Varga"]
ROLES = ["foreign minister", "president", "prime minister", "defence minister", "ambassador", "spokesperson"]
STATUSES = ["asserted"] * 6 + ["denied", "intended", "intended", "claimed"]


def extractions(articles: int, actors: int = 1000, seed: int = 7) -> Iterator[ArticleExtraction]:
    """`articles` synthetic articles over a world of about `actors` actors (states and people)."""
    rng = random.Random(seed)
    states = sorted((actor for actor in gazetteer().actors.values() if actor.kind == "State"), key=lambda a: a.key)
    people = []
    for number in range(max(actors - len(states), 0)):
        state = rng.choice(states)
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {number}"
        people.append(Actor(key=f"person:p{number}-{state.iso.lower()}", kind="Person", label=name,
                            affiliation=state.iso, role=rng.choice(ROLES)))
    world = states[:actors] + people
    categories = sorted(category_weights())
    start = date(2025, 1, 1)
    for number in range(articles):
        cast = rng.sample(world, k=min(len(world), rng.randint(3, 7)))
        published = start + timedelta(days=rng.randrange(600))
        article = Article(id=f"{number:08x}synthetic", file_name=f"article-{number}.txt", text="",
                          title=f"Synthetic report {number}", published=published,
                          url=f"https://news.example/{number}")
        events = []
        for _ in range(rng.randint(4, 12)):
            source, target = rng.sample(cast, k=2)
            status = rng.choice(STATUSES)
            sentence = f"{source.label} and {target.label} met on {published.isoformat()}, officials said ({rng.random():.6f})."
            events.append(Event(category=rng.choice(categories), source=source.key, target=target.key, status=status,
                                claimant=rng.choice(cast).key if status != "asserted" else None,
                                date=published - timedelta(days=rng.randrange(3)), confidence=0.7,
                                evidence=(Evidence(sentence, 0, len(sentence), "met"),)))
        events = list({event.key: event for event in events}.values())
        mentions = [Mention(actor.key, actor.label, 0, len(actor.label)) for actor in cast]
        yield ArticleExtraction(article=article, actors={actor.key: actor for actor in cast}, mentions=mentions,
                                events=events)


DISTINCT_TRIPLES_PER_ARTICLE = 116  # measured: actors recur across articles, so the union grows slower


def articles_for(triples: int) -> int:
    """How many synthetic articles make about `triples` distinct triples."""
    return max(triples // DISTINCT_TRIPLES_PER_ARTICLE, 1)


def synthetic_store(articles: int, actors: int = 2000, seed: int = 7, path=None):
    """A diplograph store (on disk at `path`, else in memory) of `articles` synthetic articles,
    built as `build` builds one."""
    from graph import iri
    from graph.rdf import article_triples
    from graph.store import GraphStore

    store = GraphStore(path)
    store.ensure_ontology()
    for extraction in extractions(articles, actors=actors, seed=seed):
        store.add_graph(iri.article(extraction.article.id), article_triples(extraction))
    return store
