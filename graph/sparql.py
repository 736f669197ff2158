"""Asking the graph: named queries, parameters bound as RDF terms, a store or any SPARQL endpoint.

Named queries are `.rq` files in `ontology/queries/`. Their first comment lines say what they do
and which parameters they take:

    # Events between two actors, either way round, in date order.
    # param a actor: one actor (a name, an ISO code, or an IRI)

Parameters never become query text of their own: each is turned into an RDF term (an actor's
IRI, a typed date, a literal) and written by rdflib's N-Triples serializer into a `VALUES` block
at the head of the query's WHERE group, where patterns and FILTERs see it as a pre-bound
variable. A value holding quotes, braces or SPARQL stays one literal. The same text goes to the
local store or to a remote endpoint, so both answer alike. (Oxigraph's own `substitutions`
demand that the variable be projected, which aggregating queries cannot do.)
"""
from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

import ontology
from graph.namespace import PREFIXES, compact_iri
from graph.safety import CheckedQuery, MalformedQuery, checked_form
from graph.store import from_ox, query
from graph.tables import aligned

__all__ = ["NamedQuery", "named_queries", "Parameter", "QueryError", "Result", "Source", "StoreSource",
           "EndpointSource", "bind_parameters", "with_values", "run", "write_result", "RESULT_FORMATS"]

PARAMETER_LINE = re.compile(r"#\s*param\s+(\w+)\s+(actor|date|integer|string|iri)\s*:\s*(.+)")
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


class QueryError(RuntimeError):
    """A query that could not be answered: bad parameters, an unknown actor, an endpoint error."""


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # actor, date, integer, string or iri
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in ontology/queries, by file stem."""
    queries = {}
    for file in sorted(ontology.path("queries").glob("*.rq")):
        text = file.read_text(encoding="utf-8")
        comments = [line for line in text.splitlines() if line.startswith("#")]
        parameters = tuple(Parameter(*match.groups()) for match in map(PARAMETER_LINE.match, comments) if match)
        description = next((line.lstrip("# ").strip() for line in comments if not PARAMETER_LINE.match(line)), "")
        queries[file.stem] = NamedQuery(file.stem, description, parameters, text)
    return queries


@dataclass
class Result:
    """What a query gave: `form` is SELECT, ASK, CONSTRUCT or DESCRIBE; `value` the pyoxigraph
    QuerySolutions, QueryBoolean or iterator of Triples."""

    form: str
    value: object


class Source:
    """Somewhere to send queries: the local store or a SPARQL endpoint."""

    def query(self, text: str, checked: CheckedQuery) -> Result:
        raise NotImplementedError


class StoreSource(Source):
    """A diplograph store, whose default graph is the union of the article graphs and the ontology."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def query(self, text: str, checked: CheckedQuery) -> Result:
        try:
            if checked.names_dataset:  # the query's own FROM decides what it reads
                value = self.store.query(text, prefixes=PREFIXES)
            else:
                value = query(self.store, text)
        except SyntaxError as error:
            raise MalformedQuery(f"malformed SPARQL: {error}") from None
        return Result(checked.form, value)


class EndpointSource(Source):
    """Any SPARQL 1.1 Protocol endpoint, asked with POST; results come back as pyoxigraph objects."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url
        self.timeout = timeout

    def query(self, text: str, checked: CheckedQuery) -> Result:
        form = checked.form
        prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
        body = prologue + text
        accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
        request = urllib.request.Request(self.url, data=urllib.parse.urlencode({"query": body}).encode(),
                                         headers={"Accept": accept,
                                                  "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()
            raise QueryError(f"the endpoint answered {error.code}: {detail[:500]}") from None
        except (urllib.error.URLError, OSError) as error:
            raise QueryError(f"cannot reach the endpoint {self.url}: {error}") from None
        if accept == "application/n-triples":
            return Result(form, ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
        return Result(form, ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON))


def with_values(text: str, bindings: dict[str, object]) -> str:
    """The query with a VALUES block of the bindings at the head of its WHERE group."""
    if not bindings:
        return text
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    position = _where_group_start(text)
    return f"{text[:position]} VALUES ({names}) {{ ({terms}) }} {text[position:]}"


_SKIPPED = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                      r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')


def _where_group_start(text: str) -> int:
    """Offset just inside the WHERE group's opening brace: the first top-level group, or the
    second in a CONSTRUCT whose template comes first. Comments, strings and IRIs are skipped."""
    blanked = _SKIPPED.sub(lambda match: " " * len(match.group()), text)
    openings, depth = [], 0
    for match in re.finditer(r"[{}]", blanked):
        if match.group() == "{":
            if depth == 0:
                openings.append(match.start())
            depth += 1
        else:
            depth -= 1
    if not openings:
        raise MalformedQuery("malformed SPARQL: the query has no WHERE group")
    form_start = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", blanked, re.IGNORECASE)
    template_first = (form_start is not None and form_start.group(1).upper() == "CONSTRUCT"
                      and not blanked[form_start.end():openings[0]].strip().upper().startswith("WHERE"))
    return (openings[1] if template_first and len(openings) > 1 else openings[0]) + 1


def bind_parameters(source: Source, parameters: tuple[Parameter, ...], given: dict[str, str]) -> dict[str, object]:
    """The RDF terms for a named query's parameters, from the user's `key=value` strings."""
    unknown = set(given) - {parameter.name for parameter in parameters}
    if unknown:
        expected = ", ".join(parameter.name for parameter in parameters) or "none"
        raise QueryError(f"unknown parameter(s) {', '.join(sorted(unknown))}; this query takes: {expected}")
    missing = [parameter.name for parameter in parameters if parameter.name not in given]
    if missing:
        raise QueryError(f"missing parameter(s): {', '.join(missing)} (give them as --param NAME=VALUE)")
    return {parameter.name: _term(source, parameter, given[parameter.name]) for parameter in parameters}


def _term(source: Source, parameter: Parameter, value: str):
    if parameter.kind == "actor":
        return resolve_actor(source, value)
    if parameter.kind == "iri":
        iri = _iri(value)
        if iri is None:
            raise QueryError(f"{parameter.name}: {value!r} is not an IRI (write <...>, http(s)://..., or prefix:name)")
        return iri
    if parameter.kind == "date":
        try:
            return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"{parameter.name}: {value!r} is not a date (YYYY-MM-DD)") from None
    if parameter.kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"{parameter.name}: {value!r} is not a whole number")
        return Literal(int(value), datatype=XSD.integer)
    return Literal(value)


IRI_CHARACTERS = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')


def _iri(value: str) -> URIRef | None:
    """An IRI written as <...>, as an absolute http(s) IRI, or with one of diplograph's prefixes;
    None for anything else, including text with characters an IRI cannot hold."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    elif not re.match(r"https?://", value):
        prefix, colon, local = value.partition(":")
        if not (colon and prefix in PREFIXES):
            return None
        value = PREFIXES[prefix] + local
    return URIRef(value) if IRI_CHARACTERS.fullmatch(value) else None


ACTOR_LOOKUP = """
SELECT ?actor (COUNT(?article) AS ?mentions) WHERE {
  ?actor rdfs:label|skos:altLabel|dip:isoCode ?name .
  FILTER(LCASE(STR(?name)) = ?wanted)
  OPTIONAL { ?article schema:mentions ?actor }
}
GROUP BY ?actor
ORDER BY DESC(?mentions) ?actor
"""


def resolve_actor(source: Source, value: str) -> URIRef:
    """The actor a user means: an IRI as given, else the actor whose name, alias or ISO code it is
    (case-insensitive); when several share it, the one mentioned by the most articles."""
    iri = _iri(value)
    if iri is not None:
        return iri
    lookup = with_values(ACTOR_LOOKUP, {"wanted": Literal(value.strip().lower())})
    rows = list(source.query(lookup, CheckedQuery("SELECT", names_dataset=False)).value)
    if not rows:
        raise QueryError(f"no actor named {value!r} in the graph (try a name, an ISO code such as CUB, or an IRI)")
    return from_ox(rows[0]["actor"])


def run(source: Source, text: str, given: dict[str, str] | None = None,
        parameters: tuple[Parameter, ...] | None = None, allow_service: bool = False) -> Result:
    """Check a query, bind its parameters and run it.

    `parameters` declares the query's parameters (a named query's); without it each `given`
    value binds the variable of its name as a plain literal, or an IRI when written as one.
    """
    checked = checked_form(text, allow_service=allow_service)
    given = given or {}
    if parameters is None:
        parameters = tuple(Parameter(name, "iri" if _iri(value) else "string", "") for name, value in given.items())
    return source.query(with_values(text, bind_parameters(source, parameters, given)), checked)


def write_result(result: Result, output, output_format: str | None = None, terminal: bool = False) -> int | None:
    """Write a result to a binary stream and return the number of rows or triples (None when streamed).

    SELECT and ASK: `table`, or a SPARQL results format (json, csv, tsv, xml); by default a table
    on a terminal, else tsv. CONSTRUCT and DESCRIBE: Turtle (`ttl`, the default) or N-Triples (`nt`).
    """
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        output_format = output_format or "ttl"
        if output_format not in GRAPH_FORMATS:
            raise QueryError(f"{result.form} gives a graph: use --format ttl or nt")
        triples = list(result.value)
        graph_format = GRAPH_FORMATS[output_format]
        ox.serialize(triples, output, graph_format, prefixes=PREFIXES if graph_format == ox.RdfFormat.TURTLE else None)
        return len(triples)
    output_format = output_format or ("table" if terminal else "tsv")
    if output_format != "table" and output_format not in RESULT_FORMATS:
        raise QueryError(f"{result.form} gives {'rows' if result.form == 'SELECT' else 'true or false'}: "
                         "use --format table, json, csv, tsv or xml")
    if result.form == "ASK" and output_format in ("table", "csv", "tsv"):
        output.write(b"true\n" if bool(result.value) else b"false\n")
        return 1
    if output_format == "table":
        return _write_table(result, output)
    result.value.serialize(output, RESULT_FORMATS[output_format])
    return None


def _write_table(result: Result, output) -> int:
    names = [variable.value for variable in result.value.variables]
    rows = [[compact(solution[name]) for name in names] for solution in result.value]
    lines = aligned(names, rows)
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    output.write(("\n".join(lines) + "\n").encode("utf-8"))
    return len(rows)


def compact(term) -> str:
    """A term as a short readable string: prefixed IRIs, literal values on one line."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return " ".join(term.value.split())


def solutions(result: Result) -> Iterator[dict[str, str]]:
    """The rows of a SELECT result as dicts of compact strings (for tests and callers in Python)."""
    names = [variable.value for variable in result.value.variables]
    for solution in result.value:
        yield {name: compact(solution[name]) for name in names}
