"""What diplograph writes, by name: the files a build rewrites from the store, and the formats and
tables of `diplograph export`. Declared apart from `graph.build` and `graph.export`, so that the
command line and the server name them without importing those. The command line then imports
neither networkx nor rdflib: a build's workers import its module again, and a two-worker build's
workers start 0.3-0.4 s sooner (measured on a 2,000-article build: the build's imports before it
starts the fork server 0.6 -> 0.5 s, the server's own 0.9 -> 0.65 s)."""

FORMATS = ("ttl", "jsonld", "nt", "nq", "trig", "graphml", "gexf", "csv")
TABLE_NAMES = ("events", "actors")  # the CSV tables

# What a build rewrites from the whole store, besides report.json; `diplograph serve` serves them.
TURTLE_FILE, VIEW_FILE = "graph.ttl", "graph.html"
OUTPUTS = (TURTLE_FILE, VIEW_FILE)
