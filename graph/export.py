"""`diplograph export`: the store in the formats other tools read.

RDF: Turtle, TriG, N-Triples and N-Quads, streamed from the store in its index order (which
depends only on the triples, so the same graph gives the same bytes), Turtle and TriG with every
prefix bound; JSON-LD (compacted with the context shipped in
`ontology/context.jsonld`, embedded, so nothing is fetched to write or read it). N-Quads and TriG
keep one named graph per article. Networks for Gephi: GraphML and GEXF of the networkx
projection (events, or dyads with `dyads=True`), with only string, number and boolean
attributes. Tables: CSV of events or of actors (RFC 4180 quoting).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

import ontology
from graph.formats import FORMATS, TABLE_NAMES
from graph.namespace import PREFIXES
from graph.network import dyad_graph, event_graph
from graph.store import GraphStore, query

__all__ = ["FORMATS", "TABLES", "export", "jsonld_context"]


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """The JSON-LD context shipped with the ontology (compact keys for the dip: terms)."""
    return json.loads(ontology.path("context.jsonld").read_text(encoding="utf-8"))["@context"]


def export(store: GraphStore, output_format: str, output, dyads: bool = False, table: str = "events") -> None:
    """Write the store's graph to a binary stream in `output_format` (one of FORMATS)."""
    if output_format == "ttl":
        store.dump(output, ox.RdfFormat.TURTLE)
    elif output_format == "nt":
        store.dump(output, ox.RdfFormat.N_TRIPLES)
    elif output_format == "nq":
        ox.serialize(_article_quads(store), output, ox.RdfFormat.N_QUADS)
    elif output_format == "trig":
        ox.serialize(_article_quads(store), output, ox.RdfFormat.TRIG, prefixes=PREFIXES)
    elif output_format == "jsonld":
        graph = store.to_rdflib()
        output.write(graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True,
                                     sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8"))
    elif output_format in ("graphml", "gexf"):
        network = _for_gephi(dyad_graph(event_graph(store.store)) if dyads else event_graph(store.store))
        (nx.write_graphml if output_format == "graphml" else nx.write_gexf)(network, output)
    elif output_format == "csv":
        text = io.StringIO(newline="")
        _table(store, *TABLES[table], text)
        output.write(text.getvalue().encode("utf-8"))
    else:
        raise ValueError(f"unknown export format {output_format!r}; choose from {', '.join(FORMATS)}")


def _article_quads(store: GraphStore) -> Iterator[ox.Quad]:
    for graph in store.article_graphs():
        yield from store.store.quads_for_pattern(None, None, None, graph)


def _for_gephi(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes GraphML and GEXF can hold: no None, no lists or dicts, an id label."""
    copy = graph.__class__()
    for node, data in graph.nodes(data=True):
        copy.add_node(node, **_flat(data))
    if graph.is_multigraph():
        for source, target, key, data in graph.edges(keys=True, data=True):
            copy.add_edge(source, target, key=key, id=key, label=data.get("category", ""), **_flat(data))
    else:
        for source, target, data in graph.edges(data=True):
            copy.add_edge(source, target, label=f"{data.get('events', 0)} events", **_flat(data))
    return copy


def _flat(data: dict) -> dict:
    flat = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{inner}": number for inner, number in sorted(value.items())})
        elif value is None:
            flat[key] = ""
        elif isinstance(value, (str, bool, int, float)):
            flat[key] = value
        else:
            flat[key] = str(value)
    return flat


EVENT_COLUMNS = ["event", "category", "cameo", "status", "source_label", "source", "target_label", "target",
                 "claimant_label", "claimant", "date", "article_title", "article_source", "article", "evidence"]
EVENTS_TABLE = """
SELECT ?event ?category ?cameo ?status ?source_label ?source ?target_label ?target ?claimant_label ?claimant
       ?date ?article_title ?article_source ?article (GROUP_CONCAT(?sentence; separator=" | ") AS ?evidence) WHERE {
  ?event a dip:Event ; dip:category/skos:notation ?category ; dip:status ?st ; dip:source ?source ;
         prov:wasDerivedFrom ?article .
  BIND(STRAFTER(STR(?st), "#") AS ?status)
  OPTIONAL { ?source rdfs:label ?source_label }
  OPTIONAL { ?event dip:cameoCode/skos:notation ?cameo }
  OPTIONAL { ?event dip:target ?target OPTIONAL { ?target rdfs:label ?target_label } }
  OPTIONAL { ?event dip:claimant ?claimant OPTIONAL { ?claimant rdfs:label ?claimant_label } }
  OPTIONAL { ?event dip:date ?date }
  OPTIONAL { ?article schema:headline ?article_title }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article dip:sourceFile ?file }
  BIND(COALESCE(STR(?url), ?file) AS ?article_source)
  OPTIONAL { ?event dip:evidence/dip:text ?sentence }
}
GROUP BY ?event ?category ?cameo ?status ?source_label ?source ?target_label ?target ?claimant_label ?claimant
         ?date ?article_title ?article_source ?article
ORDER BY ?date ?event
"""
ACTOR_COLUMNS = ["actor", "label", "type", "iso_code", "affiliated_with", "aliases", "articles"]
ACTORS_TABLE = """
SELECT ?actor ?label ?type ?iso_code ?affiliated_with (GROUP_CONCAT(DISTINCT ?alias; separator=" | ") AS ?aliases)
       (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?actor rdfs:label ?label ; a ?class .
  ?class rdfs:subClassOf* dip:Actor .
  FILTER NOT EXISTS { ?actor a ?narrower . ?narrower rdfs:subClassOf+ ?class }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  OPTIONAL { ?actor dip:isoCode ?iso_code }
  OPTIONAL { ?actor dip:affiliatedWith ?affiliated_with }
  OPTIONAL { ?actor skos:altLabel ?alias }
  OPTIONAL { ?article schema:mentions ?actor }
}
GROUP BY ?actor ?label ?type ?iso_code ?affiliated_with
ORDER BY ?label ?actor
"""


TABLES = dict(zip(TABLE_NAMES, [(EVENTS_TABLE, EVENT_COLUMNS), (ACTORS_TABLE, ACTOR_COLUMNS)]))


def _table(store: GraphStore, text: str, columns: list[str], output) -> None:
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(columns)
    for row in query(store.store, text):
        writer.writerow(["" if row[column] is None else row[column].value for column in columns])
