"""The persistent store: Oxigraph on disk, one named graph per article plus one for the ontology.

Articles are added in batches of whole articles, each ingested at once (Oxigraph's bulk loader
writes the batch's sorted index files, and RocksDB takes in those of every index in one atomic
step), so a store holds whole articles or none of one. The same batch adds the article's triples
to the default graph, which is therefore the union of the article graphs as a set: each triple
once. (Oxigraph's `use_default_graph_as_union` would return an actor described by a hundred
articles a hundred times.) The ontology is in the default graph too, so that queries (`query`)
read one graph: naming the ontology's graph beside the default graph made every named query
20-35% slower (measured on 1M triples on disk). So graph.ttl, which Oxigraph writes from the
default graph itself, carries the vocabulary its data uses; `GRAPH ?g` patterns still reach each
article's own triples.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

import ontology
from graph.namespace import ONTOLOGY_IRI, PREFIXES

ONTOLOGY_GRAPH = ox.NamedNode(str(ONTOLOGY_IRI))
XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
T = TypeVar("T")


class StoreBusy(RuntimeError):
    """Another diplograph process holds the store."""


def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term) -> URIRef | BNode | Literal:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype == XSD_STRING:
        return Literal(term.value)  # a simple literal: rdflib keeps it apart from an explicit xsd:string
    return Literal(term.value, datatype=URIRef(term.datatype.value))


class GraphStore:
    """The Oxigraph store of a build's output folder."""

    def __init__(self, path: str | os.PathLike | None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = _read_only(path)
            else:
                self.store = ox.Store(str(path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreBusy(f"the store {path} is in use by another diplograph process") from error
            raise

    def ensure_ontology(self) -> None:
        """Load the ontology into its own named graph and into the default graph, once (a store
        of an earlier version, with the ontology only in its own graph, gets the copy now)."""
        if not has_ontology(self.store):
            triples = list(ox.parse(path=str(ontology.path("diplomacy.ttl")), format=ox.RdfFormat.TURTLE))
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object, graph)
                              for graph in (ONTOLOGY_GRAPH, ox.DefaultGraph()) for t in triples)

    def has_graph(self, name: URIRef) -> bool:
        return self.store.contains_named_graph(ox.NamedNode(str(name)))

    def holds_articles(self) -> bool:
        return any(graph != ONTOLOGY_GRAPH for graph in self.store.named_graphs())

    def add_graph(self, name: URIRef, triples: Iterable[ox.Triple]) -> None:
        """Add one article's triples as its named graph (and to the union), at once."""
        data = ntriples(triples)
        self.add_nquads(named_graph_nquads(name, data) + data)

    def add_nquads(self, data: bytes) -> None:
        """Add articles as N-Quads of their named graphs and of the default graph (written here or
        in a worker by `ntriples` and `named_graph_nquads`), at once. Oxigraph's
        bulk loader, rather than a transaction, because it costs half the CPU (measured: 128-article
        batches of 2,000 articles, 9.8 s in transactions, 5.6 s bulk-loaded) and writes no memory
        tables, which made a build's memory grow with the store. Leniently: Oxigraph wrote the data
        from terms it had checked, so parsing it skips checking each IRI again (5-10% of a load's
        CPU, measured on 2,000 articles in loads of 512)."""
        self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)

    def article_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.store.named_graphs() if g != ONTOLOGY_GRAPH]

    def triples(self) -> Iterator[ox.Triple]:
        """The triples of the union of the article graphs, streamed in the store's index order."""
        for quad in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield quad.triple

    def count(self) -> int:
        rows = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(rows))["n"].value)

    def to_rdflib(self) -> Graph:
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for t in self.triples():
            graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return graph

    def dump(self, output, rdf_format: ox.RdfFormat) -> None:
        """The union graph written by Oxigraph itself, with every prefix bound where the format has
        prefixes. It comes in the store's index order, which on disk depends only on the triples
        (RocksDB keys are the terms' content encodings; diplograph mints no blank nodes): the same
        graph is always written the same way, byte for byte. (An in-memory store keeps insertion
        order instead.)"""
        prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        self.store.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def write_turtle(self, target: str | os.PathLike) -> None:
        """The union graph as Turtle, written atomically. Oxigraph writes the file by its path, not
        through a Python file object, so it does not take the GIL for each piece it writes: the
        view drawn meanwhile on another thread goes at full speed (measured: the Turtle, view and
        SHACL checks that end a 2,000-article build, 4.7 s written through a file object, 3.4 s by
        path)."""
        with atomic_path(target) as temporary:
            self.dump(temporary, ox.RdfFormat.TURTLE)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()


def ntriples(triples: Iterable[ox.Triple]) -> bytes:
    """Triples as N-Triples, each once. Each line ("s p o .") is also an N-Quads line of the
    default graph: the article's copy in the union."""
    return ox.serialize(dict.fromkeys(triples), format=ox.RdfFormat.N_TRIPLES)


def named_graph_nquads(name: URIRef, data: bytes) -> bytes:
    """N-Triples as N-Quads of the named graph `name`: each line given the graph name, half the
    work of serializing every quad."""
    graph = f" <{name}> .\n".encode("utf-8")
    return b"".join(line[:-3] + graph for line in data.splitlines(keepends=True))


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[str]:
    """A temporary file name next to `target`, renamed into place when the block succeeds and
    removed when it fails, so readers see the old file or the new one, never half of one."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    try:
        yield temporary
    except BaseException:
        os.unlink(temporary)
        raise
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)


@contextmanager
def atomic_output(target: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file written atomically (see `atomic_path`)."""
    with atomic_path(target) as temporary, open(temporary, "wb") as handle:
        yield handle


def write_atomic(target: str | os.PathLike, data: str | bytes) -> None:
    with atomic_output(target) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


class NoStore(FileNotFoundError):
    """No store where the user pointed."""


class OutdatedStore(NoStore):
    """A store that an earlier version built, which queries cannot read as it is."""


def store_folder(path: str | os.PathLike) -> Path:
    """The store of an output folder (DIR/store), or DIR itself when it is a store."""
    path = Path(path)
    if (path / "store").is_dir():
        return path / "store"
    if (path / "CURRENT").is_file():  # RocksDB's marker: DIR is the store itself
        return path
    raise NoStore(f"no store at {path}: build one first with 'diplograph build ARTICLES --out {path}'")


def query(store: ox.Store, text: str):
    """A SPARQL query over the union of the articles and the ontology, diplograph's prefixes declared."""
    return store.query(text, prefixes=PREFIXES)


# A triple of the ontology that tells whether the default graph holds it.
ONTOLOGY_MARK = ox.Quad(ox.NamedNode(str(ONTOLOGY_IRI)), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(OWL.Ontology)),
                        ox.DefaultGraph())


def has_ontology(store: ox.Store) -> bool:
    return ONTOLOGY_MARK in store


# A build's compactions delete the files they merge, while a reader opens a store's files when it
# opens the store (those its manifest lists) and when its reads first need them: either can find a
# file gone. RocksDB then calls the store corrupt, which it is not, and opening it anew reads the
# current files (measured: one open in ten failed so while a build ran; the kill test's poller
# failed 1 run in 9 at a first read).
OPEN_ATTEMPTS = 20


def _again_if_a_file_vanished(action: Callable[[], T]) -> T:
    """`action()`, done again (OPEN_ATTEMPTS times in all) while it fails for a vanished file."""
    for attempt in range(1, OPEN_ATTEMPTS + 1):
        try:
            return action()
        except (OSError, RuntimeError) as error:
            if attempt == OPEN_ATTEMPTS or "No such file or directory" not in str(error):
                raise
            time.sleep(0.05)


def _read_only(folder: str | os.PathLike) -> ox.Store:
    return _again_if_a_file_vanished(lambda: ox.Store.read_only(str(folder)))


def read_store(path: str | os.PathLike, read: Callable[[ox.Store], T]) -> T:
    """`read(store)` on the store of an output folder opened for reading, done again on a newly
    opened store when a file vanished meanwhile."""
    return _again_if_a_file_vanished(lambda: read(_checked(path, ox.Store.read_only(str(store_folder(path))))))


def open_read_only(path: str | os.PathLike) -> ox.Store:
    """The store of an output folder, opened for reading; while a build writes it, as it was when
    opened."""
    return _checked(path, _read_only(store_folder(path)))


def _checked(path: str | os.PathLike, store: ox.Store) -> ox.Store:
    """A store opened for reading, refused if an earlier diplograph version built it."""
    if not has_ontology(store) and any(True for _ in store.named_graphs()):
        raise OutdatedStore(f"the store {path} was built by an earlier diplograph version; update it with "
                            f"'diplograph build ARTICLES --out {Path(path)}' (nothing is extracted again)")
    return store
