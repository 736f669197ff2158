"""The networkx projection of the RDF graph: actors as nodes, one edge per event.

`event_graph` gives a MultiDiGraph (edge attributes: category, status, claimant, date (the
event's own, else its article's publication date), evidence, article); `dyad_graph` aggregates
it per pair of actors with event counts per category and a
net cooperation/conflict score from the category weights declared in the ontology.
"""
from __future__ import annotations

import heapq
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

import ontology
from graph.namespace import PREFIXES, SCHEMA, compact_iri
from graph.store import query, to_ox

__all__ = ["event_graph", "dyad_graph", "category_weights", "find_actor", "ActorNotFound"]

# Each OPTIONAL part is one pattern (or a nested pair), which Oxigraph evaluates as a lookup per
# row, so the rows stream and `most_recent` bounds the memory. Written as sub-SELECTs, which
# Oxigraph joins by hash, it ran faster (2.3 against 3.6 s on a store of 2,000 articles) but held
# every event's properties in hash tables: 289 against 154 MB on one of 10,000 (measured). What
# is the same for many events is read once: a claimant's label is its node's, an article's
# headline and address are looked up once for the events kept (3.6 -> 1.7 s on 2,000 articles).
EVENTS_QUERY = """
SELECT ?event ?category ?status ?source ?target ?claimant ?date ?evidence ?article WHERE {
  ?event a dip:Event ; dip:category ?cat ; dip:status ?st ; dip:source ?source ; prov:wasDerivedFrom ?article .
  BIND(STRAFTER(STR(?cat), "#") AS ?category)
  BIND(STRAFTER(STR(?st), "#") AS ?status)
  OPTIONAL { ?event dip:target ?target }
  OPTIONAL { ?event dip:claimant ?claimant }
  OPTIONAL { ?event dip:date ?eventDate }
  OPTIONAL { ?article schema:datePublished ?published }
  BIND(COALESCE(?eventDate, ?published) AS ?date)
  OPTIONAL { ?event dip:evidence ?evidenceNode OPTIONAL { ?evidenceNode dip:text ?evidence } }
}"""
ACTORS_QUERY = """
SELECT ?actor ?label ?type ?iso ?affiliation WHERE {
  ?actor rdfs:label ?label ; a ?type .
  ?type rdfs:subClassOf* dip:Actor .
  OPTIONAL { ?actor dip:isoCode ?iso }
  OPTIONAL { ?actor dip:affiliatedWith ?affiliation }
}"""


@lru_cache(maxsize=1)
def category_weights() -> dict[str, float]:
    """Category notation -> cooperation (+) / conflict (-) weight, read from the ontology."""
    store = ox.Store()
    store.load(path=str(ontology.path("diplomacy.ttl")), format=ox.RdfFormat.TURTLE)
    rows = store.query("SELECT ?n ?w WHERE { ?c skos:inScheme dip:PloverCategories ; skos:notation ?n ; dip:weight ?w }",
                       prefixes=PREFIXES)
    return {row["n"].value: float(row["w"].value) for row in rows}


def _value(term) -> str | None:
    return term.value if term is not None else None


def event_graph(store: ox.Store, most_recent: int | None = None) -> nx.MultiDiGraph:
    """Actors and their events from a diplograph store (the union of its articles, with the ontology).

    With `most_recent`, only that many events, the latest by date, are kept: the rows stream
    past a heap, so memory is bounded by the limit, not by the size of the store.
    """
    graph = nx.MultiDiGraph()
    specificity = {"Person": 3, "State": 3, "InternationalOrganization": 2, "ArmedGroup": 2, "CivilianGroup": 2,
                   "GovernmentBody": 2, "Organization": 1, "Actor": 0}
    for row in query(store, ACTORS_QUERY):
        node = row["actor"].value
        kind = row["type"].value.rsplit("#", 1)[-1]
        current = graph.nodes[node].get("kind") if node in graph else None
        if current is None or specificity.get(kind, 0) > specificity.get(current, 0):
            graph.add_node(node, label=row["label"].value, kind=kind, iso=_value(row["iso"]) or "",
                           affiliation=_value(row["affiliation"]) or "")
    weights = category_weights()
    kept: dict[str, dict] = {}
    oldest: list[tuple[str, str]] = []  # a heap of (date, event) over the kept events
    for row in query(store, EVENTS_QUERY):
        event = row["event"].value
        if event in kept:
            continue  # an event with several pieces of evidence comes back once per piece
        when = _value(row["date"]) or ""
        if most_recent is not None:
            if len(oldest) >= most_recent and (when, event) <= oldest[0]:
                continue
            heapq.heappush(oldest, (when, event))
            if len(oldest) > most_recent:
                kept.pop(heapq.heappop(oldest)[1])
        category = row["category"].value
        kept[event] = dict(source=row["source"].value, target=_value(row["target"]), category=category,
                           status=row["status"].value, claimant=_value(row["claimant"]), date=when,
                           evidence=_value(row["evidence"]) or "", article=row["article"].value,
                           weight=weights.get(category, 0.0))
    articles: dict[str, tuple[str, str]] = {}
    for event, data in kept.items():
        if data["article"] not in articles:
            article = ox.NamedNode(data["article"])
            articles[data["article"]] = (_first_value(store, article, HEADLINE), _first_value(store, article, URL))
        data["title"], data["url"] = articles[data["article"]]
        claimant = data["claimant"]
        data["claimant"] = graph.nodes[claimant]["label"] if claimant in graph else ""
        source, target = data.pop("source"), data.pop("target")
        data["untargeted"] = target is None
        target = target or source  # an event with no target is a loop on its source
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=node.rsplit("/", 1)[-1], kind="Actor", iso="", affiliation="")
        graph.add_edge(source, target, key=event, **data)
    return graph


HEADLINE, URL = to_ox(SCHEMA.headline), to_ox(SCHEMA.url)


def _first_value(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> str:
    """A property's value in the union, or "" when it has none."""
    quad = next(store.quads_for_pattern(subject, predicate, None, ox.DefaultGraph()), None)
    return quad.object.value if quad is not None else ""


def dyad_graph(events: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per pair of actors: event counts per category and the net score
    (sum of category weights; denied events do not count)."""
    dyads = nx.Graph()
    dyads.add_nodes_from(events.nodes(data=True))
    for source, target, data in events.edges(data=True):
        if source == target:
            continue
        if not dyads.has_edge(source, target):
            dyads.add_edge(source, target, events=0, score=0.0, counts={})
        edge = dyads[source][target]
        edge["events"] += 1
        edge["counts"][data["category"]] = edge["counts"].get(data["category"], 0) + 1
        if data["status"] != "denied":
            edge["score"] += data["weight"]
    return dyads


class ActorNotFound(LookupError):
    """No actor of the graph answers to the name a user gave."""


def find_actor(graph: nx.Graph, name: str) -> str:
    """The node a user means by its label, ISO code, or prefixed or full IRI (case-insensitive);
    among several, the one with the most events."""
    wanted = name.strip().casefold()
    matches = [node for node, data in graph.nodes(data=True)
               if wanted in (data.get("label", "").casefold(), node.casefold(), data.get("iso", "").casefold(),
                             compact_iri(node).casefold())]
    if not matches:
        raise ActorNotFound(f"no actor named {name!r} in the graph")
    return max(matches, key=lambda node: (graph.degree(node), node))
