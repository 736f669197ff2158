"""The interactive HTML view: one self-contained page, drawn by vis-network, that works offline.

pyvis assembles the nodes, edges and options; the page is written from diplograph's own template
because pyvis's templates load bootstrap and vis from CDNs even in `in_line` mode and insert the
heading and titles as raw HTML. Here vis-network (the copy pyvis ships) is inlined, the data is a
JSON island, and every text from an article reaches the page through `textContent` only.
"""
from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path
from string import Template

import networkx as nx
from pyvis.network import Network

from graph.network import category_weights, find_actor
from graph.store import write_atomic

KIND_STYLE = {  # colour and shape per actor type
    "State": ("#1f77b4", "dot"), "Person": ("#ff7f0e", "diamond"),
    "InternationalOrganization": ("#2ca02c", "square"), "ArmedGroup": ("#d62728", "triangle"),
    "CivilianGroup": ("#9467bd", "triangleDown"), "GovernmentBody": ("#17becf", "square"),
    "Organization": ("#8c564b", "square"), "Actor": ("#7f7f7f", "dot"),
}
STATUS_DASHES = {"asserted": False, "denied": [10, 6], "intended": [2, 5], "claimed": [2, 5]}
# Above this many events, parallel edges are drawn as one edge per dyad and category.
AGGREGATE_ABOVE = 3000


def _vis_asset(name: str) -> str:
    return (files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def category_colour(weight: float) -> str:
    """Red for conflict, grey for neutral, green for cooperation, by the category's weight."""
    if weight < 0:
        strength = min(1.0, -weight / 9)
        return f"rgb({int(150 + 100 * strength)},{int(120 - 90 * strength)},{int(120 - 90 * strength)})"
    if weight > 0:
        strength = min(1.0, weight / 7)
        return f"rgb({int(120 - 90 * strength)},{int(150 + 60 * strength)},{int(120 - 60 * strength)})"
    return "rgb(150,150,150)"


def filter_graph(graph: nx.MultiDiGraph, focus: str | None = None, hops: int = 1,
                 categories: set[str] | None = None, statuses: set[str] | None = None,
                 since: date | None = None, until: date | None = None) -> nx.MultiDiGraph:
    """The part of an event graph a view shows."""
    kept = nx.MultiDiGraph()
    kept.add_nodes_from(graph.nodes(data=True))
    for u, v, k, data in graph.edges(keys=True, data=True):
        if categories and data["category"] not in categories:
            continue
        if statuses and data["status"] not in statuses:
            continue
        when = date.fromisoformat(data["date"]) if data["date"] else None
        if (since and (when is None or when < since)) or (until and (when is None or when > until)):
            continue
        kept.add_edge(u, v, key=k, **data)
    if focus:
        centre = find_actor(kept, focus)
        around = nx.single_source_shortest_path_length(kept.to_undirected(as_view=True), centre, cutoff=hops)
        kept = kept.subgraph(around).copy()
    else:
        kept.remove_nodes_from([n for n in list(kept) if kept.degree(n) == 0])
    return kept


def render(graph: nx.MultiDiGraph, heading: str = "diplograph") -> str:
    """The HTML page of an event graph."""
    weights = category_weights()
    net = Network(directed=True)
    degrees = dict(graph.degree())
    ids = list(graph.nodes)
    nodes = []
    for node in ids:
        data = graph.nodes[node]
        colour, shape = KIND_STYLE.get(data.get("kind", "Actor"), KIND_STYLE["Actor"])
        tip = [data.get("label", node), f"type: {data.get('kind', 'Actor')}"]
        if data.get("iso"):
            tip.append(f"ISO: {data['iso']}")
        tip.append(f"events: {degrees.get(node, 0)}")
        nodes.append({"id": node, "label": data.get("label", node), "color": colour, "shape": shape,
                      "value": 1 + degrees.get(node, 0), "tip": tip})
    net.add_nodes([n["id"] for n in nodes])  # bulk: pyvis's add_node per node is quadratic
    net.nodes = nodes
    edges = []
    aggregate = graph.number_of_edges() > AGGREGATE_ABOVE
    grouped: dict[tuple, list[dict]] = {}
    for u, v, k, data in graph.edges(keys=True, data=True):
        grouped.setdefault((u, v, data["category"], data["status"]) if aggregate else (u, v, k), []).append(data)
    for key, items in grouped.items():
        data = items[0]
        colour = category_colour(weights.get(data["category"], 0.0))
        tip = [f"{data['category']} ({data['status']})" + (f" x{len(items)}" if len(items) > 1 else "")]
        for item in items[:3]:
            tip += [f"date: {item['date']}" if item["date"] else "date: not stated"]
            if item["claimant"]:
                tip.append(f"according to: {item['claimant']}")
            tip += [f"\u201c{item['evidence']}\u201d", f"article: {item['title']}" + (f" <{item['url']}>" if item["url"] else "")]
        edges.append({"from": key[0], "to": key[1], "label": data["category"], "category": data["category"],
                      "status": data["status"], "color": colour, "dashes": STATUS_DASHES.get(data["status"], False),
                      "arrows": "to", "width": 1 + min(len(items), 8), "tip": tip})
    net.edges = edges
    large = len(nodes) > 1000
    options = {
        "physics": {"enabled": True, "solver": "barnesHut", "stabilization": {"enabled": True, "iterations": 150 if large else 400},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 160}},
        "nodes": {"scaling": {"min": 8, "max": 40}, "font": {"size": 14}},
        "edges": {"smooth": not large, "font": {"size": 10, "align": "middle"}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large},
    }
    categories = sorted({e["category"] for e in edges}, key=lambda c: -weights.get(c, 0.0))
    payload = {
        "heading": heading, "nodes": net.nodes, "edges": net.edges, "options": options,
        "categories": categories, "statuses": sorted({e["status"] for e in edges}),
        "categoryColours": {c: category_colour(weights.get(c, 0.0)) for c in categories},
        "legendNodes": [{"label": kind, "colour": colour} for kind, (colour, _) in KIND_STYLE.items()],
        "legendEdges": ["green: cooperation, red: conflict", "solid: asserted", "dashed: denied",
                        "dotted: intended or claimed", "width: number of events"],
    }
    data = json.dumps(payload, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    template = Template((Path(__file__).parent / "view.html").read_text(encoding="utf-8"))
    return template.substitute(vis_css=_vis_asset("vis-network.css"), vis_js=_vis_asset("vis-network.min.js"), data=data)


def write_view(graph: nx.MultiDiGraph, target: str | Path, heading: str = "diplograph") -> None:
    write_atomic(target, render(graph, heading))
