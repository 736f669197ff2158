"""`diplograph analyze`: what networkx answers better than SPARQL.

Centrality (degree, PageRank, betweenness), the most cooperative and most conflictual dyads
(net score from the categories' weights in the ontology), a dyad's timeline, paths between two
actors and communities, all over the projection in `graph.network`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

import networkx as nx

from graph.network import dyad_graph, find_actor
from graph.tables import aligned

__all__ = ["Centrality", "Dyad", "TimelineEntry", "Step", "Analysis", "central_actors", "dyads",
           "timeline", "path", "communities", "analyze", "format_table"]


@dataclass(frozen=True)
class Centrality:
    actor: str
    label: str
    kind: str
    events: int
    pagerank: float
    betweenness: float


@dataclass(frozen=True)
class Dyad:
    a: str
    b: str
    events: int
    score: float
    categories: dict[str, int]


@dataclass(frozen=True)
class TimelineEntry:
    date: str
    source: str
    category: str
    target: str
    status: str
    claimant: str
    evidence: str
    event: str


@dataclass(frozen=True)
class Step:
    """One hop of a path: from an actor to the next, and the events that link them."""
    source: str
    target: str
    categories: list[str]


@dataclass
class Analysis:
    central: list[Centrality] = field(default_factory=list)
    cooperative: list[Dyad] = field(default_factory=list)
    conflictual: list[Dyad] = field(default_factory=list)
    communities: list[list[str]] = field(default_factory=list)
    timeline: list[TimelineEntry] | None = None
    path: list[Step] | None = None

    def as_dict(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value is not None}


def _label(graph: nx.Graph, node: str) -> str:
    return graph.nodes[node].get("label", node)


def central_actors(events: nx.MultiDiGraph, top: int = 10) -> list[Centrality]:
    """The actors with the most events, with their PageRank and betweenness."""
    if events.number_of_nodes() == 0:
        return []
    simple = nx.DiGraph(events)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    pagerank = nx.pagerank(simple) if simple.number_of_edges() else {node: 0.0 for node in simple}
    betweenness = nx.betweenness_centrality(simple.to_undirected(), k=min(500, len(simple)) if len(simple) > 2000 else None,
                                            seed=1)
    ranked = sorted(events.nodes, key=lambda node: (-events.degree(node), -pagerank.get(node, 0.0), node))[:top]
    return [Centrality(node, _label(events, node), events.nodes[node].get("kind", "Actor"), events.degree(node),
                       round(pagerank.get(node, 0.0), 4), round(betweenness.get(node, 0.0), 4)) for node in ranked]


def dyads(events: nx.MultiDiGraph, top: int = 10) -> tuple[list[Dyad], list[Dyad]]:
    """The most cooperative (highest net score) and most conflictual (lowest) pairs of actors."""
    pairs = dyad_graph(events)
    every = [Dyad(_label(pairs, a), _label(pairs, b), data["events"], round(data["score"], 2), dict(sorted(data["counts"].items())))
             for a, b, data in pairs.edges(data=True)]
    cooperative = sorted((d for d in every if d.score > 0), key=lambda d: (-d.score, -d.events, d.a, d.b))[:top]
    conflictual = sorted((d for d in every if d.score < 0), key=lambda d: (d.score, -d.events, d.a, d.b))[:top]
    return cooperative, conflictual


def _acts_for(events: nx.MultiDiGraph, node: str, actor: str) -> bool:
    """Whether a node is the actor, or serves it (a person or body affiliated with a state)."""
    return node == actor or events.nodes[node].get("affiliation") == actor


def timeline(events: nx.MultiDiGraph, a: str, b: str) -> list[TimelineEntry]:
    """Every event between two actors (and those who act for them), either way round, by date."""
    first, second = find_actor(events, a), find_actor(events, b)
    entries = []
    for source, target, key, data in events.edges(keys=True, data=True):
        if data.get("untargeted"):
            continue
        if ((_acts_for(events, source, first) and _acts_for(events, target, second))
                or (_acts_for(events, source, second) and _acts_for(events, target, first))):
            entries.append(TimelineEntry(data["date"], _label(events, source), data["category"], _label(events, target),
                                         data["status"], data["claimant"], data["evidence"], key))
    return sorted(entries, key=lambda entry: (entry.date or "9999", entry.event))


def path(events: nx.MultiDiGraph, a: str, b: str) -> list[Step]:
    """A shortest chain of events linking two actors, whatever the direction of each event."""
    first, second = find_actor(events, a), find_actor(events, b)
    undirected = nx.Graph(events.to_undirected())
    try:
        nodes = nx.shortest_path(undirected, first, second)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for source, target in zip(nodes, nodes[1:]):
        linking = [*(events.get_edge_data(source, target) or {}).values(), *(events.get_edge_data(target, source) or {}).values()]
        steps.append(Step(_label(events, source), _label(events, target), sorted({data["category"] for data in linking})))
    return steps


def communities(events: nx.MultiDiGraph, top: int = 10) -> list[list[str]]:
    """Groups of actors that deal mostly with each other (Louvain, fixed seed), largest first."""
    undirected = nx.Graph(events.to_undirected())
    undirected.remove_edges_from(nx.selfloop_edges(undirected))
    undirected.remove_nodes_from([node for node in list(undirected) if undirected.degree(node) == 0])
    if undirected.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(undirected, seed=1)
    groups = [sorted(_label(events, node) for node in group) for group in found if len(group) > 1]
    return sorted(groups, key=lambda group: (-len(group), group))[:top]


def analyze(events: nx.MultiDiGraph, top: int = 10, between: tuple[str, str] | None = None,
            path_between: tuple[str, str] | None = None) -> Analysis:
    """Everything `diplograph analyze` reports; a timeline or a path only when asked."""
    cooperative, conflictual = dyads(events, top)
    return Analysis(central=central_actors(events, top), cooperative=cooperative, conflictual=conflictual,
                    communities=communities(events, top),
                    timeline=timeline(events, *between) if between else None,
                    path=path(events, *path_between) if path_between else None)


def format_table(analysis: Analysis) -> str:
    """The analysis as aligned text tables, one section each."""
    sections = [_table("Most central actors", ["actor", "type", "events", "pagerank", "betweenness"],
                       [[c.label, c.kind, c.events, f"{c.pagerank:.4f}", f"{c.betweenness:.4f}"] for c in analysis.central])]
    for title, rows in (("Most cooperative dyads", analysis.cooperative), ("Most conflictual dyads", analysis.conflictual)):
        sections.append(_table(title, ["actor", "actor", "events", "score", "categories"],
                               [[d.a, d.b, d.events, f"{d.score:+.1f}", ", ".join(f"{c} {n}" for c, n in d.categories.items())]
                                for d in rows]))
    sections.append(_table("Communities", ["size", "actors"], [[len(group), ", ".join(group)] for group in analysis.communities]))
    if analysis.timeline is not None:
        sections.append(_table("Timeline", ["date", "source", "category", "target", "status", "according to"],
                               [[e.date, e.source, e.category, e.target, e.status, e.claimant] for e in analysis.timeline]))
    if analysis.path is not None:
        sections.append(_table("Path", ["from", "to", "linked by"],
                               [[step.source, step.target, ", ".join(step.categories)] for step in analysis.path]))
    return "\n\n".join(sections)


def _table(title: str, header: list[str], rows: list[list]) -> str:
    lines = [title, *aligned(header, rows)]
    if not rows:
        lines.append("(none)")
    return "\n".join(lines)
